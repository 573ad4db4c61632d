import type { Command } from "../commands/command";
import { startPresentation } from "./presentStore";

/** The commands this feature adds to the one command table (registry.ts). */
export const presentCommands: Command[] = [
  { id: "present", label: "present_command", keys: ["F5", "Mod+Shift+P"], run: startPresentation },
];
