import { activeMap, useApp } from "../store/appStore";
import { adoptFragment, clipboardFragment, copySelection, cutSelection, pasteIntoActive } from "./clipboardActions";
import { fragmentText, parseFragment } from "./fragment";

/**
 * Copy, cut and paste arrive as the browser's clipboard events (from the keys, the Edit menu or the command
 * table), so the words selected in the reader and the text in a field keep their ordinary clipboard: the map
 * takes the event only when no field has the focus and no text is selected.
 */
export function installClipboardEvents(target: Document): () => void {
  const onCopy = (event: ClipboardEvent) => takeCopy(event, false);
  const onCut = (event: ClipboardEvent) => takeCopy(event, true);
  target.addEventListener("copy", onCopy);
  target.addEventListener("cut", onCut);
  target.addEventListener("paste", onPaste);
  return () => {
    target.removeEventListener("copy", onCopy);
    target.removeEventListener("cut", onCut);
    target.removeEventListener("paste", onPaste);
  };
}

export function isTextField(node: EventTarget | Element | null): boolean {
  return node instanceof HTMLElement && (node.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(node.tagName));
}

/** The map owns the clipboard when it is shown, the user is not at a field and has no words of a text selected. */
export function mapOwnsClipboard(target: EventTarget | null): boolean {
  if (isTextField(target) || isTextField(document.activeElement)) return false;
  const selection = document.getSelection();
  if (selection && !selection.isCollapsed && selection.toString().trim() !== "") return false;
  const state = useApp.getState();
  // The compare and matrix views show other things than the selected map statements.
  return (state.view === "map" || state.view === "outline") && activeMap(state) !== undefined;
}

function takeCopy(event: ClipboardEvent, cut: boolean): void {
  if (!mapOwnsClipboard(event.target) || useApp.getState().selection.length === 0) return;
  const fragment = cut ? cutSelection() : copySelection();
  if (!fragment) return;
  event.clipboardData?.setData("text/plain", fragmentText(fragment));
  event.preventDefault();
}

function onPaste(event: ClipboardEvent): void {
  if (!mapOwnsClipboard(event.target)) return;
  const text = event.clipboardData?.getData("text/plain") ?? "";
  const fromSystem = text ? parseFragment(text) : undefined;
  // Text that is not a fragment means the user copied something else since: it is not for the map.
  if (text && !fromSystem) return;
  event.preventDefault();
  pasteIntoActive(fromSystem ? adoptFragment(fromSystem, text) : clipboardFragment());
}

/**
 * The Copy, Cut and Paste commands (menu, toolbar): run the browser's own command, which raises the same events
 * as the keys; where a page may not do that (paste, outside Electron), paste from the app's clipboard.
 */
export function runClipboardCommand(kind: "copy" | "cut" | "paste"): void {
  if (document.execCommand(kind)) return;
  if (kind === "paste") {
    if (mapOwnsClipboard(document.activeElement)) void pasteFromSystem();
    return;
  }
  if (!mapOwnsClipboard(document.activeElement)) return;
  const fragment = kind === "cut" ? cutSelection() : copySelection();
  if (fragment) void navigator.clipboard?.writeText(fragmentText(fragment)).catch(() => undefined);
}

async function pasteFromSystem(): Promise<void> {
  const text = (await navigator.clipboard?.readText().catch(() => "")) ?? "";
  const fromSystem = text ? parseFragment(text) : undefined;
  pasteIntoActive(fromSystem ? adoptFragment(fromSystem, text) : clipboardFragment());
}
