/** Key names as a person reads them: "Mod" is Ctrl, or ⌘ on a Mac, where the modifiers are shown as symbols. */
const MAC: Record<string, string> = { Mod: "⌘", Alt: "⌥", Shift: "⇧", Delete: "⌦", Backspace: "⌫", Enter: "↩", Escape: "esc" };
const OTHER: Record<string, string> = { Mod: "Ctrl", Escape: "Esc" };

export function keyParts(combo: string, isMac: boolean): string[] {
  const names = isMac ? MAC : OTHER;
  // A combination ending in "+" ("Mod++") names the plus key itself.
  const parts = combo.endsWith("++") ? [...combo.slice(0, -2).split("+"), "+"] : combo.split("+");
  return parts.map((part) => names[part] ?? part);
}

/** One line for a tooltip: "Ctrl+Shift+Z" or "⌘⇧Z". */
export function keyLabel(combo: string, isMac: boolean): string {
  return keyParts(combo, isMac).join(isMac ? "" : "+");
}

export function isMacPlatform(): boolean {
  return /Mac/.test(globalThis.navigator?.platform ?? "");
}
