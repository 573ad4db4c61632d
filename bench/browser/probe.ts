/**
 * Instruments a page for the benchmarks: injected before any script of the page runs (Playwright's
 * addInitScript), the same into the app and into the bare React Flow page, so both are timed by one clock.
 * The Node side calls it through `globalThis.argumapBench`, typed by bench/probeApi.ts.
 */
import type { ProbeApi } from "../probeApi";

interface OpenWatch {
  startedAt?: number;
  paintedAt?: number;
}

let open: OpenWatch | null = null;
const renders = new Map<string, number>();

/** The app's StatementNode calls this on each render when it exists (bench only): see type_renders. */
(globalThis as { __argumapRender?: (id: string) => void }).__argumapRender = (id) => {
  renders.set(id, (renders.get(id) ?? 0) + 1);
};

/** Calls `then` after the rendering of the current frame: a task posted from requestAnimationFrame runs after it. */
function afterPaint(then: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then();
    channel.port2.postMessage(null);
  });
}

const probe: ProbeApi = {
  /**
   * The next pointer press starts the clock; it stops after the first frame painted with all `nodes` and
   * `edges` in the DOM. React Flow draws an edge only once both its nodes are measured, so all edges present
   * means every box is measured, placed and visible. When a canvas draws only what is in view
   * (onlyRenderVisibleElements) fewer ever appear: then the clock stops at the paint of the last change, once
   * boxes and edges have stayed the same for half a second of frames.
   */
  armOpen(nodes: number, edges: number): void {
    const watch: OpenWatch = {};
    open = watch;
    const nodeElements = document.getElementsByClassName("react-flow__node");
    const edgeElements = document.getElementsByClassName("react-flow__edge");
    let seen = "";
    let steady = 0;
    let changedPaint: number | undefined;
    const poll = () => {
      const counts = `${nodeElements.length}/${edgeElements.length}`;
      const complete = nodeElements.length >= nodes && edgeElements.length >= edges;
      if (counts !== seen || complete) {
        seen = counts;
        steady = 0;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          changedPaint = performance.now();
          if (complete) watch.paintedAt = changedPaint;
        };
        channel.port2.postMessage(null);
        if (complete) return;
      } else if (++steady >= 30 && nodeElements.length > 0 && edgeElements.length > 0 && changedPaint !== undefined) {
        watch.paintedAt = changedPaint;
        return;
      }
      requestAnimationFrame(poll);
    };
    window.addEventListener(
      "pointerdown",
      (event) => {
        watch.startedAt = event.timeStamp;
        requestAnimationFrame(poll);
      },
      { capture: true, once: true },
    );
  },

  /** Milliseconds from the press to the painted map, or null while it is not painted yet. */
  openTime(): number | null {
    if (!open?.startedAt || !open.paintedAt) return null;
    return open.paintedAt - open.startedAt;
  },

  /** Resolves after the next frame has been painted, twice over, so that pending renders have landed. */
  settle(): Promise<void> {
    return new Promise((resolve) => afterPaint(() => afterPaint(resolve)));
  },

  resetRenders(): void {
    renders.clear();
  },

  /** Statement renders since the last reset: how many renders, and of how many different statements. */
  renders(): { renders: number; statements: number; byStatement: Record<string, number> } {
    let total = 0;
    for (const n of renders.values()) total += n;
    return { renders: total, statements: renders.size, byStatement: Object.fromEntries(renders) };
  },

  /** The box of the React Flow pane, to give the bare page the same canvas size as the app's. */
  paneBox(): { width: number; height: number } | null {
    const pane = document.querySelector(".react-flow");
    if (!pane) return null;
    const box = pane.getBoundingClientRect();
    return { width: Math.round(box.width), height: Math.round(box.height) };
  },

  /**
   * A point on a statement box that a click there would reach (not under the minimap or the controls), the
   * visible box nearest the middle of the pane; with its id, so that the other page can use the same box.
   */
  nodePoint(preferred?: string): { id: string; x: number; y: number } | null {
    const pane = document.querySelector(".react-flow")?.getBoundingClientRect();
    if (!pane) return null;
    const middle = { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 };
    const candidates = preferred
      ? [document.querySelector(`.react-flow__node[data-id="${preferred}"]`)]
      : [...document.querySelectorAll(".react-flow__node")].filter((n) => n.getAttribute("data-id")?.startsWith("s"));
    let best: { id: string; x: number; y: number; distance: number } | null = null;
    for (const node of candidates) {
      if (!node) continue;
      const box = node.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + Math.min(box.height / 2, 8);
      if (!node.contains(document.elementFromPoint(x, y))) continue;
      const distance = Math.hypot(x - middle.x, y - middle.y);
      if (!best || distance < best.distance) best = { id: node.getAttribute("data-id") ?? "", x, y, distance };
    }
    return best && { id: best.id, x: best.x, y: best.y };
  },

  /** A point of the empty pane (a press there pans), near the middle, with room to move right and down. */
  panePoint(): { x: number; y: number } | null {
    const pane = document.querySelector(".react-flow")?.getBoundingClientRect();
    if (!pane) return null;
    for (let fy = 0.2; fy < 0.8; fy += 0.05) {
      for (let fx = 0.1; fx < 0.6; fx += 0.025) {
        const x = pane.left + pane.width * fx;
        const y = pane.top + pane.height * fy;
        if (document.elementFromPoint(x, y)?.classList.contains("react-flow__pane")) return { x, y };
      }
    }
    return null;
  },
};

(globalThis as { argumapBench?: ProbeApi }).argumapBench = probe;
