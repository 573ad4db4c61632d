import type { Command } from "../commands/command";
import { useApp } from "../store/appStore";

/** The commands this feature adds to the one command table (registry.ts). */
export const matrixCommands: Command[] = [
  { id: "view-matrix", label: "matrix_view", keys: ["Mod+4"], run: () => useApp.setState({ view: "matrix" }) },
];
