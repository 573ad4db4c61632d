import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeMany, mergeOutlines, moveOutline, outlineBounds, separation } from "./outline";

const box = (top: number, bottom: number, left: number, right: number) => ({ top, bottom, left, right });

describe("outlines", () => {
  it("put a subtree beside another as close as their widest shared height allows", () => {
    const left = [box(0, 50, -100, 100), box(50, 200, -300, 300)];
    const right = [box(0, 50, -20, 20), box(80, 120, -200, 200)];
    // At 0–50 the boxes need 100 + 20 + 10; at 80–120 the wide bands need 300 + 200 + 10.
    expect(separation(left, right, 10)).toBe(510);
  });

  it("let a shallow subtree sit above a deep neighbour's lower branches", () => {
    const deep = [box(0, 50, -50, 50), box(100, 300, -400, 400)];
    const shallow = [box(0, 60, -50, 50)];
    expect(separation(deep, shallow, 10)).toBe(110);
  });

  it("keep boxes apart sideways when they come within the clearance above each other", () => {
    const upper = [box(0, 100, 0, 100)];
    const lower = [box(110, 200, 0, 100)];
    expect(separation(upper, lower, 10)).toBe(Number.NEGATIVE_INFINITY);
    expect(separation(upper, lower, 10, 20)).toBe(110);
  });

  it("merge into the leftmost and rightmost extent at every height, joining equal neighbouring bands", () => {
    const a = [box(0, 10, 0, 10), box(10, 20, 0, 10)];
    const b = [box(5, 15, 20, 30)];
    expect(mergeOutlines(a, b)).toEqual([box(0, 5, 0, 10), box(5, 15, 0, 30), box(15, 20, 0, 10)]);
    expect(mergeMany([{ outline: a }, { outline: b, dx: 100, dy: 100 }])).toEqual([box(0, 20, 0, 10), box(105, 115, 120, 130)]);
  });

  it("move and measure", () => {
    const moved = moveOutline([box(0, 10, -5, 5)], 3, 4);
    expect(moved).toEqual([box(4, 14, -2, 8)]);
    expect(outlineBounds([box(0, 10, -5, 5), box(10, 30, -50, 2)])).toEqual(box(0, 30, -50, 5));
  });
});

describe("merging two outlines in one walk", () => {
  it("agrees with the sweep over both, for outlines of any shape", () => {
    const outline = fc
      .array(fc.record({ gap: fc.nat(30), height: fc.nat(40), left: fc.integer({ min: -200, max: 200 }), width: fc.nat(300) }), {
        maxLength: 8,
      })
      .map((parts) => {
        let y = 0;
        return parts.map((p) => {
          const band = { top: y + p.gap, bottom: y + p.gap + p.height, left: p.left, right: p.left + p.width };
          y = band.bottom;
          return band;
        });
      });
    fc.assert(
      fc.property(outline, outline, fc.integer({ min: -100, max: 100 }), fc.integer({ min: -100, max: 100 }), (a, b, dx, dy) => {
        expect(mergeOutlines(a, b, dx, dy)).toEqual(mergeMany([{ outline: a }, { outline: b, dx, dy }]));
      }),
    );
  });
});
