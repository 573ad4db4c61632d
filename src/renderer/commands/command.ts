import type { MessageKey } from "../i18n";

/**
 * One command of the app: the toolbar, the keyboard, the native menus (by id) and the shortcut help all read
 * the one table of these in registry.ts, so a command appears everywhere at once.
 */
export interface Command {
  id: string;
  label: MessageKey;
  /** Key combinations: "Mod" is Ctrl, or Cmd on a Mac. */
  keys: string[];
  run: () => void;
  /** Also when typing in a field (save must work everywhere). */
  global?: boolean;
}
