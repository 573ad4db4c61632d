import type { Inference, SourceInfo, Statement } from "../src/core";

/** A map as written by hand: statements carry quotes of the text instead of offsets (see mapping/README.md). */
export interface DraftStatement extends Omit<Statement, "anchors"> {
  quotes: string[];
}

export interface Draft {
  id: string;
  text: string;
  source: Omit<SourceInfo, "file" | "sha256">;
  statements: DraftStatement[];
  inferences: Inference[];
}

export const DRAFT_IDS = ["trump-erft-oorlog", "trump-belt-poetin", "mousavi-troepenmacht", "osinga-europa", "gesprek-conclusies"] as const;

/** The map file that sits beside a text: NAME.txt → NAME.argmap.json. */
export function mapFileOf(textFile: string): string {
  return textFile.replace(/\.(txt|md)$/i, ".argmap.json");
}
