import type { LinkRelation, Stance } from "../../model/workspace";
import type { HandoutLabels } from "./handoutLabels";
import { implicitLine, quoteLine, type StatementLine } from "./handoutStatement";

/**
 * The key every format of the handout ends with: how a statement and a quotation look, what each mark of the
 * matrix means, and what each kind of link claims. One shaping, so the three formats explain the same marks.
 */

/** A cell's stance, or "absent" where the file records no position of that op-ed on the issue. */
export type CellStance = Stance | "absent";

/** A symbol per stance, so the matrix never speaks by colour alone (and survives black-and-white print). */
export const STANCE_SYMBOLS: Readonly<Record<Stance, string>> = { pro: "+", contra: "−", mixed: "±", none: "○" };

/** The symbol of a cell where the op-ed takes no position at all. */
export const NO_POSITION_SYMBOL = "·";

export function symbolOf(stance: CellStance): string {
  return stance === "absent" ? NO_POSITION_SYMBOL : STANCE_SYMBOLS[stance];
}

export interface HandoutKey {
  title: string;
  statements: { heading: string; entries: { sample: StatementLine; meaning: string }[] };
  stances: { heading: string; entries: { stance: CellStance; symbol: string; word: string; meaning: string }[] };
  relations: { heading: string; entries: { relation: LinkRelation; word: string; meaning: string }[] };
}

const CELL_STANCES: readonly CellStance[] = ["pro", "contra", "mixed", "none", "absent"];
const RELATIONS: readonly LinkRelation[] = ["same", "contradicts", "attacks", "supports"];

export function handoutKey(labels: HandoutLabels): HandoutKey {
  return {
    title: labels.key,
    statements: {
      heading: labels.statementsKey,
      entries: [
        { sample: { kind: "wording", lead: "", text: labels.wordingSample }, meaning: labels.wordingMeaning },
        { sample: quoteLine("…", labels), meaning: labels.quoteMeaning },
        { sample: { ...implicitLine(labels), text: labels.implicitSample }, meaning: labels.implicitMeaning },
      ],
    },
    stances: {
      heading: labels.stancesKey,
      entries: CELL_STANCES.map((stance) => ({
        stance,
        symbol: symbolOf(stance),
        word: stance === "absent" ? labels.absent : labels.stances[stance],
        meaning: labels.stanceMeanings[stance],
      })),
    },
    relations: {
      heading: labels.relationsKey,
      entries: RELATIONS.map((relation) => ({ relation, word: labels.relations[relation], meaning: labels.relationMeanings[relation] })),
    },
  };
}
