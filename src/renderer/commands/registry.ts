import { applyLayout } from "../../core";
import { compareCommands } from "../compare/commands";
import { redoCross, saveCross, undoCross } from "../crossAuthor";
import { modalIsOpen } from "../dialogs/modalIsOpen";
import { editorClipboardCommands, editorViewCommands } from "../editor/commands";
import { isMacPlatform, keyLabel } from "../editor/keys";
import { exportCommands } from "../export/commands";
import { type MessageKey, translate } from "../i18n";
import { layoutInWorker } from "../layout/layoutClient";
import { matrixCommands } from "../matrix/commands";
import { presentCommands } from "../present/commands";
import { activeMap, useApp } from "../store/appStore";
import { applyEdit, notifyError, redoActive, saveActive, undoActive } from "../store/documentActions";
import { addImplicitPremise, deleteSelection, makeStatementFromSelection } from "../store/statementActions";
import type { Command } from "./command";
import { typingIn } from "./typingIn";

export type { Command } from "./command";

/** The compare view and the matrix edit the cross-author file; the map behind them must not change unseen. */
function inCrossView(): boolean {
  const view = useApp.getState().view;
  return view === "compare" || view === "matrix";
}

/** A command that edits the active map does nothing while a cross-author view covers the map. */
function onMap(run: () => void): () => void {
  return () => {
    if (!inCrossView()) run();
  };
}

const fileAndEditCommands: Command[] = [
  { id: "save", label: "save", keys: ["Mod+S"], run: () => void (inCrossView() ? saveCross() : saveActive()), global: true },
  { id: "undo", label: "undo", keys: ["Mod+Z"], run: () => (inCrossView() ? undoCross() : undoActive()) },
  { id: "redo", label: "redo", keys: ["Mod+Shift+Z", "Mod+Y"], run: () => (inCrossView() ? redoCross() : redoActive()) },
  ...editorClipboardCommands,
  { id: "delete", label: "delete", keys: ["Delete", "Backspace"], run: onMap(deleteSelection) },
  { id: "edit", label: "editor_editWording", keys: ["Enter", "F2"], run: onMap(editSelected) },
];

const statementCommands: Command[] = [
  { id: "make-central", label: "makeCentral", keys: ["Alt+1"], run: onMap(() => makeStatementFromSelection("central")) },
  { id: "make-premise", label: "makePremise", keys: ["Alt+2"], run: onMap(() => makeStatementFromSelection("premise")) },
  { id: "make-counterclaim", label: "makeCounterclaim", keys: ["Alt+3"], run: onMap(() => makeStatementFromSelection("counterclaim")) },
  { id: "make-rebuttal", label: "makeRebuttal", keys: ["Alt+4"], run: onMap(() => makeStatementFromSelection("rebuttal")) },
  {
    id: "implicit",
    label: "addImplicit",
    keys: ["Alt+5"],
    run: onMap(() => addImplicitPremise(translate(useApp.getState().language, "newImplicitText"))),
  },
];

const viewCommands: Command[] = [
  ...editorViewCommands,
  { id: "layout", label: "layout", keys: ["Mod+L"], run: onMap(() => void layoutAll().catch(notifyError)) },
  { id: "zoom-fit", label: "zoomFit", keys: ["Mod+0"], run: () => useApp.setState((s) => ({ fitRequest: s.fitRequest + 1 })) },
  { id: "view-map", label: "map", keys: ["Mod+1"], run: () => useApp.setState({ view: "map" }) },
  { id: "view-outline", label: "outline", keys: ["Mod+2"], run: () => useApp.setState({ view: "outline" }) },
  ...matrixCommands,
  { id: "toggle-theme", label: "theme", keys: ["Mod+Shift+L"], run: toggleTheme },
  { id: "map-only", label: "mapOnlyHint", keys: ["Mod+Shift+M"], run: toggleMapOnly },
];

/** The table in the groups the shortcut help shows; features contribute theirs from their own folders. */
export const commandGroups: { title: MessageKey; commands: Command[] }[] = [
  { title: "editor_group_edit", commands: fileAndEditCommands },
  { title: "editor_group_statements", commands: statementCommands },
  { title: "editor_group_view", commands: viewCommands },
  { title: "editor_group_compare", commands: compareCommands },
  { title: "editor_group_export", commands: exportCommands },
  { title: "editor_group_present", commands: presentCommands },
];

/** Every command of the app, once. */
export const commands: Command[] = commandGroups.flatMap((group) => group.commands);

/**
 * Keys the browser itself turns into clipboard events; taking them on keydown would stop the copy of words in
 * the reader or a field. editor/clipboardEvents.ts answers the events for the map.
 */
const LEFT_TO_THE_BROWSER = new Set(editorClipboardCommands.map((c) => c.id));

/** The keys of a command as a tooltip shows them, e.g. "Save (Ctrl+S)"; an empty string without keys. */
export function shortcutOf(id: string): string {
  const keys = commands.find((c) => c.id === id)?.keys[0];
  return keys ? keyLabel(keys, isMacPlatform()) : "";
}

export function runCommand(id: string): void {
  commands.find((c) => c.id === id)?.run();
}

/**
 * Edit the wording of the selected statement. With several selected, the one with the keyboard focus (the box
 * last clicked or tabbed to); a new statement has the focus too (canvas/arrivals.ts), so React Flow, which selects
 * the focused box on Enter before this runs, does not turn Enter towards the box clicked before it.
 */
function editSelected(): void {
  const { selection } = useApp.getState();
  const map = activeMap(useApp.getState());
  if (!map) return;
  const focused = document.activeElement?.closest<HTMLElement>(".react-flow__node")?.dataset.id;
  const candidates = focused && selection.includes(focused) ? [focused, ...selection] : selection;
  const id = candidates.find((c) => map.statements.some((s) => s.id === c));
  if (id) useApp.setState({ editRequest: id });
}

/** The map fills the window, or gives the room back; either way it is fitted again once the panes have moved. */
function toggleMapOnly(): void {
  useApp.setState((s) => ({ mapOnly: !s.mapOnly }));
  requestAnimationFrame(() => requestAnimationFrame(() => useApp.setState((s) => ({ fitRequest: s.fitRequest + 1 }))));
}

function toggleTheme(): void {
  const theme = useApp.getState().theme === "dark" ? "light" : "dark";
  localStorage.setItem("argumap.theme", theme);
  useApp.setState({ theme });
}

/** Lay out the selection when several boxes are selected, else the whole map; one undo step either way. */
async function layoutAll(): Promise<void> {
  const state = useApp.getState();
  const map = activeMap(state);
  if (!map) return;
  const only = state.selection.length > 1 ? state.selection : undefined;
  const positions = await layoutInWorker(map, only);
  applyEdit("label_layout", (m) => applyLayout(m, positions));
  if (!only) useApp.setState((s) => ({ fitRequest: s.fitRequest + 1 }));
}

/** "Mod+Shift+Z" for this key event, with Mod for Ctrl (or Cmd on a Mac). */
export function comboOf(event: KeyboardEvent, isMac: boolean): string {
  const parts: string[] = [];
  if (isMac ? event.metaKey : event.ctrlKey) parts.push("Mod");
  if (event.altKey) parts.push("Alt");
  if (event.shiftKey && event.key.length > 1) parts.push("Shift");
  else if (event.shiftKey && /^[a-z]$/i.test(event.key)) parts.push("Shift");
  const key = event.code.startsWith("Digit") ? event.code.slice(5) : event.key.length === 1 ? event.key.toUpperCase() : event.key;
  parts.push(key);
  return parts.join("+");
}

/** Where a key was pressed, as far as the command table cares. */
export interface KeyPlace {
  /** A modal dialog is open: it owns the keyboard. */
  modal: boolean;
  /** In a field where keys type. */
  typing: boolean;
  /** On a button, link or summary, which Enter and Space press. */
  pressable: boolean;
}

/**
 * Commands that change nothing but the look stay at hand behind a modal dialog: a presenter in a dark room
 * switches the theme while the presentation is shown.
 */
const HARMLESS_BEHIND_A_DIALOG = new Set(["toggle-theme"]);

/** The command a key combination runs there, if any; `swallow` says the browser must not act on the key either. */
export function commandForKey(combo: string, place: KeyPlace): { command?: Command; swallow: boolean } {
  const command = commands.find((c) => c.keys.includes(combo));
  if (!command || LEFT_TO_THE_BROWSER.has(command.id)) return { swallow: false };
  if (place.typing && !command.global) return { swallow: false };
  // Enter and Space press a focused button, link or summary; a shortcut must not take them from keyboard users.
  if (place.pressable && (combo === "Enter" || combo === " ")) return { swallow: false };
  // Behind a modal dialog nothing may change, and the browser must not take the key either (F5 reloads, Ctrl+S saves the page).
  if (place.modal && !HARMLESS_BEHIND_A_DIALOG.has(command.id)) return { swallow: true };
  return { command, swallow: true };
}

/**
 * The app's shortcuts on `target`. A modal dialog stops the keys pressed inside it (export/useModalFocus.ts);
 * this refuses the rest while one is open: a key pressed with the focus lost to the page behind must not
 * delete, add or undo there either.
 */
export function installKeyboard(target: Window): () => void {
  const isMac = isMacPlatform();
  const onKey = (event: KeyboardEvent) => {
    const place: KeyPlace = {
      modal: modalIsOpen(target.document),
      typing: typingIn(event.target),
      pressable: event.target instanceof HTMLElement && /^(BUTTON|A|SUMMARY)$/.test(event.target.tagName),
    };
    const { command, swallow } = commandForKey(comboOf(event, isMac), place);
    if (swallow) event.preventDefault();
    command?.run();
  };
  target.addEventListener("keydown", onKey);
  return () => target.removeEventListener("keydown", onKey);
}
