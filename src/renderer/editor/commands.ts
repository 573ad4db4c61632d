import type { Command } from "../commands/command";
import { runClipboardCommand } from "./clipboardEvents";
import { useEditor } from "./editorStore";
import { toggleFocus } from "./focusActions";
import { openSearch } from "./searchActions";

/**
 * Copy, cut and paste: their keys are left to the browser, which turns them into clipboard events
 * (clipboardEvents.ts) so that text in the reader and in fields keeps its own clipboard; the menu runs them here.
 */
export const editorClipboardCommands: Command[] = [
  { id: "cut", label: "editor_cut", keys: ["Mod+X"], run: () => runClipboardCommand("cut") },
  { id: "copy", label: "editor_copy", keys: ["Mod+C"], run: () => runClipboardCommand("copy") },
  { id: "paste", label: "editor_paste", keys: ["Mod+V"], run: () => runClipboardCommand("paste") },
];

/** The commands this feature adds to the view group of the command table (registry.ts). */
export const editorViewCommands: Command[] = [
  { id: "find", label: "editor_find", keys: ["Mod+F"], run: openSearch, global: true },
  { id: "focus-neighbourhood", label: "editor_focus", keys: ["Mod+Shift+F"], run: toggleFocus },
  { id: "shortcuts", label: "editor_shortcuts", keys: ["?"], run: () => useEditor.setState({ helpOpen: true }) },
];
