import { describe, expect, it } from "vitest";
import { centredIn, fitToWorkArea, MINIMUM_SIZE, parseWindowState, serializeWindowState, type WindowState } from "./windowState";

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe("parseWindowState", () => {
  it("reads back what serializeWindowState wrote", () => {
    const state: WindowState = { bounds: { x: 2000, y: 40, width: 1500, height: 1000 }, maximized: true };
    expect(parseWindowState(serializeWindowState(state))).toEqual(state);
  });

  it("rounds fractional bounds (scaled displays report them)", () => {
    expect(parseWindowState('{"bounds":{"x":10.4,"y":20.6,"width":1000.5,"height":700},"maximized":false}')?.bounds).toEqual({
      x: 10,
      y: 21,
      width: 1001,
      height: 700,
    });
  });

  it.each([
    ["a missing file", undefined],
    ["text that is not JSON", "{bounds"],
    ["JSON null", "null"],
    ["no maximized flag", '{"bounds":{"x":0,"y":0,"width":800,"height":600}}'],
    ["a size of zero", '{"bounds":{"x":0,"y":0,"width":0,"height":600},"maximized":false}'],
    ["a coordinate that is not a number", '{"bounds":{"x":"0","y":0,"width":800,"height":600},"maximized":false}'],
  ])("gives undefined for %s", (_what, text) => {
    expect(parseWindowState(text)).toBeUndefined();
  });
});

describe("fitToWorkArea", () => {
  it("leaves a window that fits where it was", () => {
    const bounds = { x: 2100, y: 50, width: 1600, height: 1000 };
    expect(fitToWorkArea(bounds, rightMonitor)).toEqual(bounds);
  });

  it("pulls a window saved on an unplugged monitor back onto the display", () => {
    expect(fitToWorkArea({ x: 2100, y: 50, width: 1600, height: 1000 }, laptop)).toEqual({ x: 320, y: 40, width: 1600, height: 1000 });
  });

  it("shrinks a window larger than the work area to fit it", () => {
    expect(fitToWorkArea({ x: -50, y: -50, width: 3000, height: 2000 }, laptop)).toEqual(laptop);
  });

  it("grows a window below the minimum size to the minimum", () => {
    const fitted = fitToWorkArea({ x: 100, y: 100, width: 200, height: 100 }, laptop);
    expect(fitted).toEqual({ x: 100, y: 100, width: MINIMUM_SIZE.width, height: MINIMUM_SIZE.height });
  });

  it("keeps the title bar below a work area that starts lower (a top panel)", () => {
    expect(fitToWorkArea({ x: 0, y: 0, width: 1000, height: 700 }, { x: 0, y: 32, width: 1920, height: 1048 }).y).toBe(32);
  });
});

describe("centredIn", () => {
  it("centres the default size on a large display", () => {
    expect(centredIn(rightMonitor)).toEqual({ x: 1920 + 580, y: 250, width: 1400, height: 900 });
  });

  it("never makes the first window larger than a small display", () => {
    expect(centredIn({ x: 0, y: 0, width: 1280, height: 720 })).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
  });
});
