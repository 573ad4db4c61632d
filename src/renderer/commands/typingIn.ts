/**
 * A field where keys type and Ctrl+Z undoes typing: there the app's shortcuts (but the global ones) stay away. A
 * checkbox, radio or button is not one: after a click on a relation or a map chooser, Ctrl+Z still undoes.
 */
export function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === "TEXTAREA" || target.tagName === "SELECT") return true;
  return target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit"].includes(target.type);
}
