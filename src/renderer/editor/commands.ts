import type { Command } from "../commands/command";

/** The commands this feature adds to the one command table (registry.ts). */
export const editorCommands: Command[] = [];
