import { useReactFlow, useStoreApi } from "@xyflow/react";
import { type RefObject, useEffect, useRef } from "react";
import { useArrivals } from "./arrivals";
import type { FlowNode } from "./buildGraph";
import { viewportShowing } from "./reveal";

/** React Flow measures a new box a frame or two after it is drawn; past this many frames it is given up. */
const MAX_FRAMES = 60;
const PAN_DURATION = 300;

/**
 * Brings what the last edit made into view and moves the keyboard focus to its first statement (see arrivals.ts).
 * The view pans smoothly, and zooms out only when the new boxes cannot fit at the user's zoom.
 */
export function useRevealArrivals(canvas: RefObject<HTMLElement | null>): void {
  const flow = useReactFlow<FlowNode>();
  const store = useStoreApi<FlowNode>();
  const arrival = useArrivals((s) => s.arrival);
  // What arrived before this canvas was shown (in the outline, in another document) is not news here.
  const before = useRef(useArrivals.getState().arrival);
  useEffect(() => {
    if (!arrival || arrival === before.current) return;
    let frame = 0;
    const measured = () =>
      arrival.ids.every((id) => {
        const node = flow.getInternalNode(id);
        return node === undefined || (node.measured.width !== undefined && node.measured.height !== undefined);
      });
    const reveal = (tries: number) => {
      const present = arrival.ids.filter((id) => flow.getInternalNode(id));
      if ((present.length === 0 || !measured()) && tries < MAX_FRAMES) {
        frame = requestAnimationFrame(() => reveal(tries + 1));
        return;
      }
      if (present.length === 0) return;
      const { width, height, transform, minZoom } = store.getState();
      const view = { x: transform[0], y: transform[1], zoom: transform[2] };
      const next = viewportShowing(view, { width, height }, flow.getNodesBounds(present), minZoom);
      if (next) void flow.setViewport(next, { duration: PAN_DURATION });
      const statement = present.find((id) => flow.getInternalNode(id)?.type === "statement");
      if (statement) focusBox(statement, 0);
    };
    // A large map draws only the boxes in view: a box panned into view is in the page a frame or two later.
    const focusBox = (id: string, tries: number) => {
      const box = canvas.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
      if (!box) {
        if (tries < MAX_FRAMES) frame = requestAnimationFrame(() => focusBox(id, tries + 1));
        return;
      }
      // React Flow centres a box that gets the focus from the keyboard, at once; the view pans smoothly instead.
      const autoPan = store.getState().autoPanOnNodeFocus;
      store.setState({ autoPanOnNodeFocus: false });
      box.focus({ preventScroll: true });
      store.setState({ autoPanOnNodeFocus: autoPan });
    };
    reveal(0);
    return () => cancelAnimationFrame(frame);
  }, [arrival]);
}
