/**
 * A modal dialog is shown (the dialogs, the export, the presentation, a link being made): it owns the keyboard,
 * and no command may run behind it, from a key or from a menu.
 */
export function modalIsOpen(doc: Document = document): boolean {
  return doc.querySelector('[aria-modal="true"]') !== null;
}
