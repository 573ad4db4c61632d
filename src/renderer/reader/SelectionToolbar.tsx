import { useT } from "../i18n";
import { activeDoc, useApp } from "../store/appStore";
import { attachSelectionToStatement, makeStatementFromSelection, type StatementKind } from "../store/statementActions";

const KINDS: { kind: StatementKind; label: "makeCentral" | "makePremise" | "makeCounterclaim" | "makeRebuttal"; shortcut: string }[] = [
  { kind: "central", label: "makeCentral", shortcut: "1" },
  { kind: "premise", label: "makePremise", shortcut: "2" },
  { kind: "counterclaim", label: "makeCounterclaim", shortcut: "3" },
  { kind: "rebuttal", label: "makeRebuttal", shortcut: "4" },
];

/** Appears when words of the text are selected: make them a statement of a role, or a further span of the selected statement. */
export function SelectionToolbar() {
  const t = useT();
  const selection = useApp((s) => s.textSelection);
  const readOnly = useApp((s) => !activeDoc(s)?.history);
  const oneStatementSelected = useApp(
    (s) => s.selection.length === 1 && (activeDoc(s)?.history?.present.statements.some((x) => x.id === s.selection[0]) ?? false),
  );
  if (!selection || readOnly) return null;
  return (
    <div className="selection-toolbar" role="toolbar" aria-label={t("selectionToolbar")}>
      {KINDS.map(({ kind, label, shortcut }) => (
        <button
          key={kind}
          type="button"
          className={`make make-${kind}`}
          title={`${t(label)} (Alt+${shortcut})`}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => makeStatementFromSelection(kind)}
        >
          {t(label)}
        </button>
      ))}
      {oneStatementSelected && (
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={attachSelectionToStatement}>
          {t("addSpanToStatement")}
        </button>
      )}
    </div>
  );
}
