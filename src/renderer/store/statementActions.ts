import {
  type ArgumentMap,
  addAnchor,
  addStatement,
  analyseRoles,
  anchorAt,
  connect,
  deleteElements,
  planDeletion,
  trimSpan,
} from "../../core";
import { activeDoc, activeMap, useApp } from "./appStore";
import { applyEdit } from "./documentActions";

export type StatementKind = "central" | "premise" | "counterclaim" | "rebuttal" | "implicit";

const get = useApp.getState;

/** The wording a new statement starts with: the selected words on one line, for the user to shorten. */
export function initialWording(words: string): string {
  const flat = words.replace(/\s+/g, " ").trim();
  return flat.length > 220 ? `${flat.slice(0, 217)}…` : flat;
}

/**
 * What a new statement of this kind argues for or against: the selected statement, else the natural default
 * (the central claim for premises and counterclaims, the latest counterclaim for a rebuttal).
 */
export function targetFor(map: ArgumentMap, kind: StatementKind, selection: readonly string[]): string | undefined {
  const selected = selection.find((id) => map.statements.some((s) => s.id === id) || map.inferences.some((i) => i.id === id));
  if (selected) return selected;
  if (kind === "premise" || kind === "counterclaim" || kind === "implicit") return map.statements.find((s) => s.central)?.id;
  if (kind === "rebuttal") {
    const { roles } = analyseRoles(map);
    return [...map.statements].reverse().find((s) => roles.get(s.id) === "counterclaim")?.id;
  }
  return undefined;
}

export function makeStatementFromSelection(kind: StatementKind): void {
  const state = get();
  const doc = activeDoc(state);
  const range = state.textSelection;
  if (!doc?.history || !range) return;
  const span = trimSpan(doc.text, range.start, range.end);
  if (span.end <= span.start) return;
  const anchor = anchorAt(doc.text, span.start, span.end);
  createStatement(kind, initialWording(anchor.exact), [anchor]);
  document.getSelection()?.removeAllRanges();
  useApp.setState({ textSelection: null });
}

export function addImplicitPremise(text: string): void {
  createStatement("implicit", text, []);
}

function createStatement(kind: StatementKind, text: string, anchors: ReturnType<typeof anchorAt>[]): void {
  const state = get();
  const map = activeMap(state);
  if (!map) return;
  const target = kind === "central" ? undefined : targetFor(map, kind, state.selection);
  const created = applyEdit("label_add_statement", (m) => {
    const added = addStatement(m, { text, anchors, central: kind === "central" });
    if (!added.ok || !target) return added;
    const statement = added.created[0] as string;
    const linked = connect(added.map, {
      kind: kind === "premise" || kind === "implicit" ? "support" : "attack",
      premises: [statement],
      target,
    });
    return linked.ok ? { ...linked, created: [statement, ...linked.created] } : added;
  });
  const first = created[0];
  if (first) useApp.setState({ selection: target ? [target] : [first], hovered: first });
}

export function attachSelectionToStatement(): void {
  const state = get();
  const doc = activeDoc(state);
  const range = state.textSelection;
  const id = state.selection[0];
  if (!doc?.history || !range || !id) return;
  const span = trimSpan(doc.text, range.start, range.end);
  applyEdit("label_add_span", (m) => addAnchor(m, id, anchorAt(doc.text, span.start, span.end)));
  document.getSelection()?.removeAllRanges();
  useApp.setState({ textSelection: null });
}

/** Delete the selection; when that takes connections with it, ask first and say how many. */
export function deleteSelection(): void {
  const state = get();
  const map = activeMap(state);
  if (!map || state.selection.length === 0) return;
  const ids = state.selection;
  const plan = planDeletion(map, ids);
  const extra = plan.inferences.filter((id) => !ids.includes(id)).length;
  const run = () => {
    applyEdit("label_delete", (m) => deleteElements(m, ids));
    useApp.setState({ selection: [] });
  };
  if (plan.statements.length > 0 && extra > 0) {
    useApp.setState({
      confirm: { key: "confirmDelete", values: { statements: plan.statements.length, inferences: extra }, onConfirm: run },
    });
  } else {
    run();
  }
}
