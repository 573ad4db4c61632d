import { create } from "zustand";
import { activeMap, useApp } from "../store/appStore";

/** Presentation mode's own state: open or not, and the step shown (0 = the central claim alone). */
export interface PresentState {
  open: boolean;
  step: number;
}

export const usePresent = create<PresentState>(() => ({ open: false, step: 0 }));

/**
 * The "present" command. It asks for the whole screen too, which a browser grants only during a key press or
 * click: this runs inside one. Where full screen is refused the overlay still fills the window.
 */
export function startPresentation(): void {
  const map = activeMap(useApp.getState());
  if (!map || map.statements.length === 0 || usePresent.getState().open) return;
  usePresent.setState({ open: true, step: 0 });
  document.documentElement.requestFullscreen?.().catch(() => {});
}

export function stopPresentation(): void {
  if (!usePresent.getState().open) return;
  usePresent.setState({ open: false });
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
}

/** Move to a step, kept within the presentation's steps. */
export function goToStep(step: number, total: number): void {
  usePresent.setState({ step: Math.max(0, Math.min(total - 1, step)) });
}
