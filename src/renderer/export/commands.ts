import type { Command } from "../commands/command";
import { openExportDialog } from "./exportStore";

/** The commands this feature adds to the one command table (registry.ts). */
export const exportCommands: Command[] = [{ id: "export", label: "export_command", keys: ["Mod+E"], run: openExportDialog }];
