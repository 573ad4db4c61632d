import { applyLayout } from "../../core";
import { compareCommands } from "../compare/commands";
import { editorCommands } from "../editor/commands";
import { exportCommands } from "../export/commands";
import { translate } from "../i18n";
import { layoutInWorker } from "../layout/layoutClient";
import { presentCommands } from "../present/commands";
import { activeMap, useApp } from "../store/appStore";
import { applyEdit, redoActive, saveActive, undoActive } from "../store/documentActions";
import { addImplicitPremise, deleteSelection, makeStatementFromSelection } from "../store/statementActions";
import type { Command } from "./command";

export type { Command } from "./command";

/** Every command of the app, once; features contribute theirs from their own folders. */
export const commands: Command[] = [
  { id: "save", label: "save", keys: ["Mod+S"], run: () => void saveActive(), global: true },
  { id: "undo", label: "undo", keys: ["Mod+Z"], run: undoActive },
  { id: "redo", label: "redo", keys: ["Mod+Shift+Z", "Mod+Y"], run: redoActive },
  { id: "delete", label: "delete", keys: ["Delete", "Backspace"], run: deleteSelection },
  { id: "make-central", label: "makeCentral", keys: ["Alt+1"], run: () => makeStatementFromSelection("central") },
  { id: "make-premise", label: "makePremise", keys: ["Alt+2"], run: () => makeStatementFromSelection("premise") },
  { id: "make-counterclaim", label: "makeCounterclaim", keys: ["Alt+3"], run: () => makeStatementFromSelection("counterclaim") },
  { id: "make-rebuttal", label: "makeRebuttal", keys: ["Alt+4"], run: () => makeStatementFromSelection("rebuttal") },
  {
    id: "implicit",
    label: "addImplicit",
    keys: ["Alt+5"],
    run: () => addImplicitPremise(translate(useApp.getState().language, "newImplicitText")),
  },
  { id: "edit", label: "wording", keys: ["Enter", "F2"], run: editSelected },
  { id: "layout", label: "layout", keys: ["Mod+L"], run: () => void layoutAll() },
  { id: "zoom-fit", label: "zoomFit", keys: ["Mod+0"], run: () => useApp.setState((s) => ({ fitRequest: s.fitRequest + 1 })) },
  { id: "toggle-theme", label: "theme", keys: ["Mod+Shift+L"], run: toggleTheme },
  { id: "view-map", label: "map", keys: ["Mod+1"], run: () => useApp.setState({ view: "map" }) },
  { id: "view-outline", label: "outline", keys: ["Mod+2"], run: () => useApp.setState({ view: "outline" }) },
  ...editorCommands,
  ...compareCommands,
  ...exportCommands,
  ...presentCommands,
];

export function runCommand(id: string): void {
  commands.find((c) => c.id === id)?.run();
}

function editSelected(): void {
  const { selection } = useApp.getState();
  const map = activeMap(useApp.getState());
  const id = selection[0];
  if (map && id && map.statements.some((s) => s.id === id)) useApp.setState({ editRequest: id });
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

export function installKeyboard(target: Window): () => void {
  const isMac = /Mac/.test(target.navigator.platform);
  const onKey = (event: KeyboardEvent) => {
    const combo = comboOf(event, isMac);
    const command = commands.find((c) => c.keys.includes(combo));
    if (!command) return;
    const inField =
      event.target instanceof HTMLElement && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
    if (inField && !command.global) return;
    event.preventDefault();
    command.run();
  };
  target.addEventListener("keydown", onKey);
  return () => target.removeEventListener("keydown", onKey);
}
