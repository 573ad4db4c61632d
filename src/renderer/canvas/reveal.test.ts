import { describe, expect, it } from "vitest";
import { REVEAL_MARGIN, viewportShowing } from "./reveal";

const pane = { width: 656, height: 830 };
const box = (x: number, y: number) => ({ x, y, width: 240, height: 80 });
/** Where the box is on the screen under a viewport. */
const onScreen = (b: ReturnType<typeof box>, v: { x: number; y: number; zoom: number }) => ({
  left: b.x * v.zoom + v.x,
  top: b.y * v.zoom + v.y,
  right: (b.x + b.width) * v.zoom + v.x,
  bottom: (b.y + b.height) * v.zoom + v.y,
});

describe("bringing new boxes into view", () => {
  it("leaves the view alone when the box is in view already", () => {
    expect(viewportShowing({ x: 200, y: 300, zoom: 1 }, pane, box(0, 0), 0.05)).toBeUndefined();
  });

  it("pans just far enough, at the same zoom, to show a box below the view", () => {
    const view = { x: 200, y: 300, zoom: 1 };
    const next = viewportShowing(view, pane, box(0, 500), 0.05);
    expect(next?.zoom).toBe(1);
    expect(next?.x).toBe(200);
    const seen = onScreen(box(0, 500), next ?? view);
    expect(seen.bottom).toBe(pane.height - REVEAL_MARGIN);
  });

  it("pans left to show a box to the right of the view, keeping the zoom the user chose", () => {
    const view = { x: 200, y: 300, zoom: 0.8 };
    const next = viewportShowing(view, pane, box(600, 0), 0.05);
    expect(next?.zoom).toBe(0.8);
    expect(next?.y).toBe(300);
    expect(onScreen(box(600, 0), next ?? view).right).toBeCloseTo(pane.width - REVEAL_MARGIN);
  });

  it("zooms out only when the boxes cannot fit at the present zoom", () => {
    const view = { x: 0, y: 0, zoom: 2 };
    const wide = { x: 0, y: 0, width: 1200, height: 80 };
    const next = viewportShowing(view, pane, wide, 0.05);
    expect(next?.zoom).toBeLessThan(2);
    const left = wide.x * (next?.zoom ?? 0) + (next?.x ?? 0);
    expect(left).toBeGreaterThanOrEqual(REVEAL_MARGIN - 0.001);
    expect(left + wide.width * (next?.zoom ?? 0)).toBeLessThanOrEqual(pane.width - REVEAL_MARGIN + 0.001);
  });
});
