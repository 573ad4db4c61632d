import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo, useContext } from "react";
import type { StatementFlowNode } from "../canvas/buildGraph";
import { useT } from "../i18n";
import { ColumnContext } from "./columnContext";
import { refKey, useCompare } from "./compareStore";
import { pressDot, startLinkDrag } from "./linkGesture";

/**
 * A statement in a compare column: read-only, coloured by role as on the main canvas, with a dot to drag a
 * link from (or to click, then click the other end — the same for keyboard users with Enter).
 */
export const CompareStatementNode = memo(function CompareStatementNode({ data, selected }: NodeProps<StatementFlowNode>) {
  const t = useT();
  const { map, side } = useContext(ColumnContext);
  const { statement, role } = data;
  const ref = { map, statement: statement.id };
  const starting = useCompare((s) => s.linkStart?.map === map && s.linkStart.statement === statement.id);
  const classes = ["statement", "compare-statement", `role-${role}`];
  if (statement.anchors.length === 0) classes.push("is-implicit");
  if (selected) classes.push("is-selected");
  if (starting) classes.push("is-link-start");
  return (
    <article className={classes.join(" ")} data-compare-ref={refKey(ref)} aria-label={statement.text}>
      <Handle type="target" position={Position.Bottom} className="handle handle-in" isConnectable={false} />
      <header>
        <span className="role">{t(`role_${role}`)}</span>
        {statement.anchors.length === 0 && <span className="implicit">{t("implicit")}</span>}
        {statement.speaker && <span className="speaker">{statement.speaker}</span>}
      </header>
      <p className="wording">{statement.text}</p>
      <Handle type="source" position={Position.Top} className="handle handle-out" isConnectable={false} />
      <button
        type="button"
        className={`link-dot side-${side} nodrag nopan`}
        aria-label={t("compare_linkFrom", { statement: statement.text })}
        title={t("compare_linkFrom", { statement: statement.text })}
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          e.stopPropagation();
          e.preventDefault();
          startLinkDrag(ref, e);
        }}
        onClick={(e) => {
          e.stopPropagation();
          // A pointer press is handled on pointer up; detail 0 is a key press (Enter or Space).
          if (e.detail === 0) pressDot(ref);
        }}
      />
    </article>
  );
});
