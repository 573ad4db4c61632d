import { Handle, type NodeProps, Position, useConnection } from "@xyflow/react";
import { memo } from "react";
import type { ArgumentMap, Inference, Statement } from "../../core";
import { type MessageKey, useT } from "../i18n";
import { activeMap, useApp } from "../store/appStore";
import { type JunctionFlowNode, UNDERCUT_HANDLE } from "./buildGraph";

/**
 * The inference itself (AIF's RA or CA node): premises meet here before the arrow goes on to the conclusion.
 * Dropping a connection on it adds a linked premise (support) or makes an undercut (attack). Its name says
 * what it connects, so a screen reader (and a test) can tell one junction from another.
 *
 * While a connection is being dragged, its drop handle grows over the whole junction and a margin around it:
 * React Flow connects to the handle under the pointer, else to the nearest handle centre, and at 18 px the
 * junction's own (unconnectable) outgoing handle is as near as the incoming one, so a drop on the junction
 * would otherwise miss half the time. At rest the handle is small, so the junction can be dragged by its body.
 */
export const JunctionNode = memo(function JunctionNode({ data, selected }: NodeProps<JunctionFlowNode>) {
  const t = useT();
  const { inference } = data;
  // Two strings, not one object, so the store re-renders the junction only when its words change.
  const key = useApp((s) => describe(activeMap(s), inference).key);
  const target = useApp((s) => describe(activeMap(s), inference).target);
  const label = t(key, { target, count: inference.premises.length });
  const linked = inference.premises.length > 1;
  const connecting = useConnection((c) => c.inProgress);
  return (
    <div
      className={`junction junction-${inference.kind}${selected ? " is-selected" : ""}${linked ? " is-linked" : ""}`}
      role="img"
      aria-label={label}
      title={inference.note ? `${label}\n${inference.note}` : label}
    >
      <Handle
        type="target"
        position={Position.Bottom}
        className={`handle handle-in${connecting ? " is-drop-zone" : ""}`}
        style={connecting ? DROP_ZONE : undefined}
      />
      {inference.kind === "attack" ? "−" : "+"}
      <Handle type="source" position={Position.Top} className="handle handle-out" isConnectable={false} />
      <Handle
        type="target"
        id={UNDERCUT_HANDLE}
        position={Position.Right}
        className="handle handle-undercut"
        style={UNDERCUT_END}
        isConnectable={false}
      />
    </div>
  );
});

const SHORT = 60;

/** The drop handle while a connection is dragged: a ring over the junction, 36 px across, clear of the claim above. */
const DROP_ZONE = {
  width: 36,
  height: 36,
  left: "50%",
  top: "50%",
  bottom: "auto",
  transform: "translate(-50%, -50%)",
  borderRadius: "50%",
  background: "transparent",
  border: "2px dashed var(--accent)",
} as const;

/**
 * Where the undercut's arrow ends: a point on the junction's rim. Its handle comes after the bottom one in the
 * markup, because React Flow ends an edge that names no handle (a premise's) at the first target handle.
 */
const UNDERCUT_END = { width: 2, height: 2, minWidth: 0, minHeight: 0, border: "none", background: "transparent" } as const;

/** What the junction connects: the kind of connection and the wording of the claim it ends on. */
function describe(map: ArgumentMap | undefined, inference: Inference): { key: MessageKey; target: string } {
  const index = map ? indexOf(map) : undefined;
  const wording = (id: string) => {
    const text = index?.statements.get(id)?.text ?? "";
    return text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text;
  };
  const attacked = index?.inferences.get(inference.target);
  if (attacked) {
    return {
      key: inference.kind === "attack" ? "structure_junctionUndercut" : "structure_junctionSupport",
      target: wording(attacked.target),
    };
  }
  if (inference.kind === "attack") return { key: "structure_junctionAttack", target: wording(inference.target) };
  return {
    key: inference.premises.length > 1 ? "structure_junctionLinked" : "structure_junctionSupport",
    target: wording(inference.target),
  };
}

interface MapIndex {
  statements: Map<string, Statement>;
  inferences: Map<string, Inference>;
}

/**
 * Every junction's selector runs on every change of the store; an index built once per map keeps that a lookup,
 * not a search through thousands of statements per junction.
 */
const indexes = new WeakMap<ArgumentMap, MapIndex>();

function indexOf(map: ArgumentMap): MapIndex {
  let index = indexes.get(map);
  if (!index) {
    index = { statements: new Map(map.statements.map((s) => [s.id, s])), inferences: new Map(map.inferences.map((i) => [i.id, i])) };
    indexes.set(map, index);
  }
  return index;
}
