import "./modal.css";
import { type HTMLAttributes, type ReactNode, useRef } from "react";
import { useModalFocus } from "../export/useModalFocus";

type ModalProps = Omit<HTMLAttributes<HTMLDivElement>, "role" | "onKeyDown" | "tabIndex"> & {
  /** "alertdialog" for a question the user must answer before going on (delete? which version?). */
  role?: "dialog" | "alertdialog";
  /**
   * Escape, and a click beside the dialog when `closeOnBackdrop`. Without it Escape does nothing: the dialog
   * waits for one of its buttons (after a crash, closing the offer unanswered would lose the edits later).
   */
  onCancel?: () => void;
  closeOnBackdrop?: boolean;
  children: ReactNode;
};

/**
 * A modal dialog that owns the keyboard while it is shown (the WAI-ARIA dialog pattern, by useModalFocus): the
 * focus moves in (to the element marked data-autofocus, the safe choice; else the first control), Tab stays
 * inside, Escape cancels, no key reaches the app's shortcuts, and the focus returns where it was on close.
 * Render it only while the dialog is open: it takes the focus when it mounts.
 */
export function Modal({ role = "dialog", onCancel, closeOnBackdrop = false, className, children, ...labelling }: ModalProps) {
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = useModalFocus(ref, () => onCancel?.());
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a click beside the dialog cancels it, as Escape does
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape is handled on the dialog
    <div
      className="dialog-backdrop"
      // A press beside the dialog must not take the focus out of it, to the page behind.
      onMouseDown={(e) => e.target === e.currentTarget && e.preventDefault()}
      onClick={(e) => closeOnBackdrop && e.target === e.currentTarget && onCancel?.()}
    >
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role is dialog or alertdialog, which the linter cannot read through the prop */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the same: a dialog takes the keys of its controls */}
      <div
        ref={ref}
        className={className ? `dialog ${className}` : "dialog"}
        role={role}
        aria-modal="true"
        tabIndex={-1}
        onKeyDown={onKeyDown}
        {...labelling}
      >
        {children}
      </div>
    </div>
  );
}
