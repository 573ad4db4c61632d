import { type NodeHandle, Position } from "@xyflow/react";
import { JUNCTION_SIZE } from "../../core";

/** The handle on a junction's side where an undercut (an attack on the inference itself) arrives. */
export const UNDERCUT_HANDLE = "undercut";

/** `.react-flow__handle.handle` in styles.css: 10 px across, centred on the edge of the box it sits on. */
const HANDLE = 10;
/** The undercut's end on the junction's rim (UNDERCUT_END in JunctionNode.tsx). */
const UNDERCUT_END = 2;

/**
 * Where a statement box's handles are, as React Flow measures them in the page: the incoming one centred on the
 * bottom edge, the outgoing one on the top edge. Given with the node, they let React Flow draw a line to a box it
 * has not drawn (see NodeCache: a large map's boxes come with their size and handles).
 */
export function statementHandles(size: { width: number; height: number }): NodeHandle[] {
  const x = size.width / 2 - HANDLE / 2;
  return [
    { type: "target", position: Position.Bottom, x, y: size.height - HANDLE / 2, width: HANDLE, height: HANDLE },
    { type: "source", position: Position.Top, x, y: -HANDLE / 2, width: HANDLE, height: HANDLE },
  ];
}

/**
 * A junction's handles in the order of JunctionNode's markup: React Flow ends a line that names no handle (a
 * premise's) at the first target handle, the bottom one; an undercut names the one on the right.
 */
export function junctionHandles(): NodeHandle[] {
  const x = JUNCTION_SIZE / 2 - HANDLE / 2;
  return [
    { type: "target", position: Position.Bottom, x, y: JUNCTION_SIZE - HANDLE / 2, width: HANDLE, height: HANDLE },
    { type: "source", position: Position.Top, x, y: -HANDLE / 2, width: HANDLE, height: HANDLE },
    {
      id: UNDERCUT_HANDLE,
      type: "target",
      position: Position.Right,
      x: JUNCTION_SIZE - UNDERCUT_END / 2,
      y: JUNCTION_SIZE / 2 - UNDERCUT_END / 2,
      width: UNDERCUT_END,
      height: UNDERCUT_END,
    },
  ];
}
