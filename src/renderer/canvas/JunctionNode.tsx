import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo } from "react";
import { useT } from "../i18n";
import type { JunctionFlowNode } from "./buildGraph";

/**
 * The inference itself (AIF's RA or CA node): premises meet here before the arrow goes on to the conclusion.
 * Dropping a connection on it adds a linked premise (support) or makes an undercut (attack).
 */
export const JunctionNode = memo(function JunctionNode({ data, selected }: NodeProps<JunctionFlowNode>) {
  const t = useT();
  const { inference } = data;
  return (
    <div
      className={`junction junction-${inference.kind}${selected ? " is-selected" : ""}${inference.premises.length > 1 ? " is-linked" : ""}`}
      role="img"
      aria-label={`${t(inference.kind)} ${inference.id}`}
      title={inference.note ?? t(inference.kind)}
    >
      <Handle type="target" position={Position.Bottom} className="handle handle-in" />
      {inference.kind === "attack" ? "−" : "+"}
      <Handle type="source" position={Position.Top} className="handle handle-out" isConnectable={false} />
    </div>
  );
});
