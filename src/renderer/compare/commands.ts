import type { Command } from "../commands/command";
import { useApp } from "../store/appStore";

/** The commands this feature adds to the one command table (registry.ts). */
export const compareCommands: Command[] = [
  { id: "view-compare", label: "compare_view", keys: ["Mod+3"], run: () => useApp.setState({ view: "compare" }) },
];
