import { create } from "zustand";
import { activeMap, useApp } from "../store/appStore";
import { DEFAULT_CHOICES, type ExportChoices } from "./exportChoices";

/** The export dialog's own state: whether it is open, and the choices, kept for the next export. */
export interface ExportState {
  open: boolean;
  choices: ExportChoices;
}

export const useExport = create<ExportState>(() => ({ open: false, choices: DEFAULT_CHOICES }));

/** The "export" command: open the dialog when there is a map to export. */
export function openExportDialog(): void {
  if (activeMap(useApp.getState())) useExport.setState({ open: true });
}

export function closeExportDialog(): void {
  useExport.setState({ open: false });
}

export function choose(change: Partial<ExportChoices>): void {
  useExport.setState((s) => ({ choices: { ...s.choices, ...change } }));
}
