import {
  type Anchor,
  type ArgumentMap,
  addAnchor,
  addPremise,
  addStatement,
  analyseRoles,
  anchorAt,
  type CrossAuthorFile,
  connect,
  deleteElements,
  type Edit,
  planDeletion,
  trimSpan,
} from "../../core";
import { summarizeDangling, withCrossFile } from "../crossAuthor";
import type { MessageKey } from "../i18n";
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
 * How a new statement joins the argument: as the premise of a new inference aimed at a target, or as one more
 * (linked) premise of an inference that is there already.
 */
export type Placement = { connect: "support" | "attack"; target: string } | { linkedTo: string };

/**
 * Where a new statement of this kind goes, from what is selected and else the natural default:
 * - a premise supports the selected statement (the central claim when nothing is); with a junction selected it
 *   joins that inference as a linked premise, since a support aimed at an inference means nothing;
 * - a counterclaim attacks the selected statement or inference (an undercut), else the central claim; a
 *   selected statement on the contra side is not attacked (that would make a rebuttal), so two counterclaims
 *   made in a row both attack the central claim;
 * - a rebuttal answers the selected statement only when that is on the contra side (a counterclaim, or what
 *   argues for one); anything else selected would make it one more counterclaim, so it answers the latest
 *   counterclaim instead;
 * - a central claim stands alone.
 */
export function placementFor(map: ArgumentMap, kind: StatementKind, selection: readonly string[]): Placement | undefined {
  if (kind === "central") return undefined;
  const isStatement = (id: string) => map.statements.some((s) => s.id === id);
  const isInference = (id: string) => map.inferences.some((i) => i.id === id);
  const selected = selection.find((id) => isStatement(id) || isInference(id));
  const central = map.statements.find((s) => s.central)?.id;
  if (kind === "rebuttal") {
    const { roles, sides } = analyseRoles(map);
    const answered = selection.find((id) => isStatement(id) && sides.get(id) === "contra");
    const target = answered ?? [...map.statements].reverse().find((s) => roles.get(s.id) === "counterclaim")?.id;
    return target ? { connect: "attack", target } : undefined;
  }
  if (kind === "counterclaim") {
    const onContraSide = selected !== undefined && isStatement(selected) && analyseRoles(map).sides.get(selected) === "contra";
    const target = selected && !onContraSide ? selected : central;
    return target ? { connect: "attack", target } : undefined;
  }
  if (selected && isInference(selected)) return { linkedTo: selected };
  const target = selected ?? central;
  return target ? { connect: "support", target } : undefined;
}

/** Add a statement of this kind and connect it where placementFor says, as one edit (one undo step). */
export function addStatementOfKind(
  map: ArgumentMap,
  kind: StatementKind,
  input: { text: string; anchors: Anchor[] },
  selection: readonly string[],
): Edit {
  const added = addStatement(map, { ...input, central: kind === "central" });
  const placement = placementFor(map, kind, selection);
  if (!added.ok || !placement) return added;
  const statement = added.created[0] as string;
  if ("linkedTo" in placement) {
    const linked = addPremise(added.map, placement.linkedTo, statement);
    return linked.ok ? { ...linked, created: [statement] } : added;
  }
  const connected = connect(added.map, { kind: placement.connect, premises: [statement], target: placement.target });
  return connected.ok ? { ...connected, created: [statement, ...connected.created] } : added;
}

export function makeStatementFromSelection(kind: StatementKind): void {
  const state = get();
  const doc = activeDoc(state);
  const range = state.textSelection;
  if (!doc?.history || !range) return;
  const span = trimSpan(doc.text, range.start, range.end);
  if (span.end <= span.start) return;
  const anchor = anchorAt(doc.text, span.start, span.end);
  makeStatement(kind, initialWording(anchor.exact), [anchor]);
  document.getSelection()?.removeAllRanges();
  useApp.setState({ textSelection: null });
}

export function addImplicitPremise(text: string): void {
  makeStatement("implicit", text, []);
}

/**
 * Make a statement of this kind in the active map and select it, as a user expects of what they just made:
 * Enter edits its wording, the details show it, a span selected next attaches to it, and after a counterclaim
 * the next rebuttal answers it.
 */
export function makeStatement(kind: StatementKind, text: string, anchors: Anchor[]): void {
  const selection = get().selection;
  const before = kind === "central" ? activeDoc(get())?.history?.present.statements.find((s) => s.central) : undefined;
  const created = applyEdit("label_add_statement", (m) => addStatementOfKind(m, kind, { text, anchors }, selection));
  const first = created[0];
  // Not `hovered`: the pointer is not on the new box, and nothing would clear it (see canvas/hoverGuard.ts).
  if (first) useApp.setState({ selection: [first] });
  // A map has one central claim, so a new one demotes the old, and every role under it changes: say so.
  if (first && before) {
    useApp.setState({ notice: { tone: "info", key: "structure_centralReplaced", values: { before: shortWording(before.text) } } });
  }
}

function shortWording(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
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

/**
 * Delete the selection; when that takes connections with it, or links and issue positions of the cross-author
 * file point at the statements, ask first and say what. Those links stay in the file, flagged as pointing at a
 * deleted statement (undoing the deletion mends them), never silently dropped.
 */
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
  const ask = (confirm: { key: MessageKey; values: Record<string, string | number> }) =>
    useApp.setState({ confirm: { ...confirm, onConfirm: run } });
  const decide = (file: CrossAuthorFile | undefined) => {
    const dangling = file && plan.statements.length > 0 ? summarizeDangling(file, map.id, plan.statements, get().language) : null;
    if (dangling) ask({ key: "compare_confirmDeleteLinked", values: { statements: plan.statements.length, ...dangling } });
    else if (plan.statements.length > 0 && extra > 0)
      ask({ key: confirmDeleteKey(plan.statements.length, extra), values: { statements: plan.statements.length, inferences: extra } });
    else run();
  };
  if (plan.statements.length === 0) decide(undefined);
  else withCrossFile(decide);
}

/** The question before a deletion, in the singular or plural of each count. */
export function confirmDeleteKey(statements: number, inferences: number): MessageKey {
  const what = statements === 1 ? "statement" : "statements";
  const also = inferences === 1 ? "connection" : "connections";
  return `canvas_confirmDelete_${what}_${also}`;
}
