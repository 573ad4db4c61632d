import { type KeyboardEvent, type RefObject, useEffect } from "react";

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal's keyboard contract (WAI-ARIA dialog pattern): focus moves into it when it opens (to the element
 * marked data-autofocus, else the first control), Tab and Shift+Tab stay inside, Escape closes, and focus goes
 * back to where it was when it closes. Keys are kept from the app's shortcuts meanwhile, so Delete in a dialog
 * never deletes a statement behind it, except those `letThrough` names. Returns the dialog's onKeyDown.
 */
export function useModalFocus(
  ref: RefObject<HTMLElement | null>,
  onClose: () => void,
  letThrough?: (event: KeyboardEvent) => boolean,
): (event: KeyboardEvent) => void {
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = ref.current;
    if (!root) return;
    const focusStart = () =>
      (root.querySelector<HTMLElement>("[data-autofocus]") ?? root.querySelector<HTMLElement>(FOCUSABLE) ?? root).focus();
    focusStart();
    // Focus that lands behind the dialog (Tab after the focused button went away, a click elsewhere) comes back,
    // unless a dialog opened above this one has the keyboard now.
    const keepInside = (event: FocusEvent) => {
      const modals = document.querySelectorAll('[aria-modal="true"]');
      if (modals[modals.length - 1] === root && event.target instanceof Node && !root.contains(event.target)) focusStart();
    };
    document.addEventListener("focusin", keepInside);
    return () => {
      document.removeEventListener("focusin", keepInside);
      if (before?.isConnected) before.focus();
    };
  }, [ref]);

  return (event) => {
    if (letThrough?.(event)) return;
    event.stopPropagation();
    if (takenByMenu(event)) event.preventDefault();
    if (event.key === "Escape") {
      event.preventDefault();
      onClose();
      return;
    }
    const root = ref.current;
    if (event.key !== "Tab" || !root) return;
    const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
    const first = items[0];
    const last = items[items.length - 1];
    const active = document.activeElement;
    // The dialog itself holds the focus after a click on its text: Shift+Tab from there would leave it backwards.
    const leaving = event.shiftKey ? active === first || active === root : active === last;
    if (!first || !last || leaving) event.preventDefault();
    if (first && last && leaving) (event.shiftKey ? last : first).focus();
  };
}

/**
 * Keys the native menu has accelerators for (Delete, Ctrl+E, F5, …). Electron gives the menu every key the page
 * leaves unhandled, so a modal must not only keep them from the app's shortcuts but mark them handled, or the
 * menu would delete a statement behind the dialog. Copying text (Ctrl+C) stays the browser's.
 */
export function takenByMenu(event: { key: string; ctrlKey: boolean; metaKey: boolean }): boolean {
  if (event.key === "Delete" || /^F\d{1,2}$/.test(event.key)) return true;
  return (event.ctrlKey || event.metaKey) && event.key.toLowerCase() !== "c";
}
