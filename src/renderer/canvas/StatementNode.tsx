import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo, useEffect, useRef, useState } from "react";
import { updateStatement } from "../../core";
import { useT } from "../i18n";
import { useApp } from "../store/appStore";
import { applyEdit, cancelActiveGesture, endGesture } from "../store/documentActions";
import type { StatementFlowNode } from "./buildGraph";

/** One statement: its role, its speaker when not the author, its wording; double-click or Enter to edit in place. */
export const StatementNode = memo(function StatementNode({ data, selected }: NodeProps<StatementFlowNode>) {
  const t = useT();
  const { statement, role } = data;
  // The benchmarks count renders per keystroke (bench/README.md, type_renders); outside them the hook is absent.
  (globalThis as { __argumapRender?: (id: string) => void }).__argumapRender?.(statement.id);
  const [editing, setEditing] = useState(false);
  const hovered = useApp((s) => s.hovered === statement.id);
  const editRequest = useApp((s) => s.editRequest === statement.id);
  useEffect(() => {
    if (editRequest) {
      setEditing(true);
      useApp.setState({ editRequest: null });
    }
  }, [editRequest]);
  const implicit = statement.anchors.length === 0;
  const classes = ["statement", `role-${role}`, implicit ? "is-implicit" : "", hovered ? "is-hovered" : "", selected ? "is-selected" : ""];
  return (
    <article
      className={classes.join(" ")}
      aria-label={statement.text}
      data-statement={statement.id}
      onMouseEnter={() => useApp.setState({ hovered: statement.id })}
      onMouseLeave={() => useApp.setState({ hovered: null })}
      onDoubleClick={() => setEditing(true)}
    >
      <Handle type="target" position={Position.Bottom} className="handle handle-in" />
      <header>
        <span className="role">{t(`role_${role}`)}</span>
        {implicit && <span className="implicit">{t("implicit")}</span>}
        {statement.speaker && <span className="speaker">{statement.speaker}</span>}
      </header>
      {editing ? (
        <WordingEditor id={statement.id} text={statement.text} onDone={() => setEditing(false)} />
      ) : (
        <p className="wording">{statement.text}</p>
      )}
      <Handle type="source" position={Position.Top} className="handle handle-out" />
    </article>
  );
});

function WordingEditor({ id, text, onDone }: { id: string; text: string; onDone: () => void }) {
  const t = useT();
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (backToBox: boolean) => {
    // Closed from the keyboard, the focus goes back to the box, so Tab, Enter and the arrows go on from it.
    const box = backToBox ? ref.current?.closest<HTMLElement>(".react-flow__node") : null;
    endGesture();
    onDone();
    if (box) requestAnimationFrame(() => box.focus({ preventScroll: true }));
  };
  return (
    <textarea
      ref={ref}
      className="wording-editor nodrag nowheel"
      aria-label={t("wording")}
      value={text}
      rows={Math.max(2, Math.ceil(text.length / 32))}
      onChange={(e) => applyEdit("label_edit_statement", (m) => updateStatement(m, id, { text: e.target.value }), `wording:${id}`)}
      onBlur={() => finish(false)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === "Escape") {
          // Escape leaves the wording as it was before the editor opened, as in any text field of a dialog.
          e.preventDefault();
          cancelActiveGesture(`wording:${id}`);
          finish(true);
        } else if (e.key === "Enter" && !e.shiftKey) {
          e.preventDefault();
          finish(true);
        }
      }}
    />
  );
}
