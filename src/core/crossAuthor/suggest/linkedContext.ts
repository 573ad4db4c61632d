import type { CrossLink, LinkRelation, StatementRef } from "../../model/workspace";
import type { Corpus, Entry } from "./corpus";

/**
 * Links the analyst made already, as evidence for the pairs next to them (structural alignment, as in
 * similarity flooding: that two nodes correspond makes a correspondence of their neighbours likelier). If A's
 * conclusion is linked to B's conclusion, A's premises and B's premises (counterclaims too) likelier speak of
 * the same; so do the two statements that linked statements argue for; and a statement likelier bears on the
 * premises or the conclusion of its partner. Places further off (siblings, two steps up or down, a conclusion
 * against a premise) were measured and left out: on the bundled workspace they put twice as many unlinked
 * pairs near a link into the top fives and gained no annotated link.
 */

/** Where a link's end stands from a statement of the pair: the statement itself, what it argues for, what argues for it. */
type Place = "self" | "conclusion" | "reason";

/**
 * Evidence of a link for a pair, by where its two ends stand from the pair's two statements (symmetric).
 * "conclusion|conclusion": a and b argue for or against linked statements, the strongest case.
 * "reason|reason": a and b are argued from linked statements. "self|conclusion": a is linked with what b argues for.
 */
const PLACE_WEIGHT: Readonly<Record<string, number>> = {
  "conclusion|conclusion": 1,
  "reason|reason": 0.5,
  "self|conclusion": 0.5,
  "self|reason": 0.5,
};

/** A same or contradicts link says the two speak of one thing; supports or attacks, of things near each other. */
const RELATION_WEIGHT: Readonly<Record<LinkRelation, number>> = { same: 1, contradicts: 1, supports: 0.6, attacks: 0.6 };

/**
 * The most a pair's score is raised: by a factor of up to 1 + BOOST. A factor, like the central claim's, so a
 * pair that shares nothing is not offered however many links are near it; and bounded, so many links near a
 * pair weigh little more than a few. Measured by leave-one-out on the bundled workspace (each link hidden with
 * the other 29 kept): at 0.5 one link falls a place (to second) and none rises; at 1 another also rises to the
 * top; at 2 the first falls to fourth.
 */
const BOOST = 1;

/** The links are shown as a reason when they raise the score by this share. */
export const SHOWN_BOOST = 0.1;

/** A link the evidence for a pair runs through, with its ends on the pair's sides: `a` in a's map. */
export interface LinkedVia {
  /** The link's id in the cross-author file, for its direction and note. */
  link: string;
  a: StatementRef;
  b: StatementRef;
  relation: LinkRelation;
}

interface Evidence {
  weight: number;
  via: { link: CrossLink; low: number; high: number; weight: number }[];
}

/**
 * How strongly the places around two statements are linked already. Built once per corpus and list of links;
 * few pairs have any evidence (those around each link's ends), so the others cost one lookup.
 */
export class LinkedContext {
  private readonly evidence = new Map<number, Evidence>();

  constructor(
    private readonly corpus: Corpus,
    links: readonly CrossLink[],
  ) {
    for (const link of links) {
      const x = corpus.indexOf.get(`${link.from.map}:${link.from.statement}`);
      const y = corpus.indexOf.get(`${link.to.map}:${link.to.statement}`);
      if (x === undefined || y === undefined || link.from.map === link.to.map) continue;
      const nearX = placesAround(corpus, x);
      const nearY = placesAround(corpus, y);
      const countX = countsOf(nearX);
      const countY = countsOf(nearY);
      for (const [a, placeA] of nearX) {
        for (const [b, placeB] of nearY) {
          // Shared among the statements at each place, as similarity flooding divides by the fan-out: a thesis
          // with eleven premises says less about any one of them than a conclusion with one.
          const spread = (countX.get(placeA) ?? 1) * (countY.get(placeB) ?? 1);
          const weight = (RELATION_WEIGHT[link.relation] * placeWeight(placeA, placeB)) / spread;
          if (weight > 0) this.add(a, b, { link, low: a < b ? x : y, high: a < b ? y : x, weight });
        }
      }
    }
  }

  /** The factor a pair's score is multiplied by: 1 with no link near it, below 1 + BOOST however many. */
  factor(a: Entry, b: Entry): number {
    const found = this.evidence.get(this.keyOf(a.index, b.index));
    return found ? 1 + BOOST * (1 - Math.exp(-found.weight)) : 1;
  }

  /** The links near the pair, strongest first, each with its end on a's side as `a`. */
  via(a: Entry, b: Entry): LinkedVia[] {
    const found = this.evidence.get(this.keyOf(a.index, b.index));
    if (!found) return [];
    const aIsLow = a.index < b.index;
    return found.via
      .slice()
      .sort((p, q) => q.weight - p.weight)
      .map((v) => ({
        link: v.link.id,
        a: this.refOf(aIsLow ? v.low : v.high),
        b: this.refOf(aIsLow ? v.high : v.low),
        relation: v.link.relation,
      }));
  }

  private add(a: number, b: number, via: Evidence["via"][number]): void {
    const key = this.keyOf(a, b);
    const known = this.evidence.get(key);
    if (known) {
      known.weight += via.weight;
      known.via.push(via);
    } else this.evidence.set(key, { weight: via.weight, via: [via] });
  }

  private refOf(i: number): StatementRef {
    return (this.corpus.entries[i] as Entry).ref;
  }

  /** One key for the pair either way round: `low` in `via` is the end near the smaller index. */
  private keyOf(a: number, b: number): number {
    const n = this.corpus.entries.length;
    return a < b ? a * n + b : b * n + a;
  }
}

function placeWeight(a: Place, b: Place): number {
  return PLACE_WEIGHT[`${a}|${b}`] ?? PLACE_WEIGHT[`${b}|${a}`] ?? 0;
}

/**
 * The statements one step from a link's end, each with where the end stands from it: the end is the
 * conclusion of its reasons and a reason of its conclusions.
 */
function placesAround(corpus: Corpus, end: number): Map<number, Place> {
  const places = new Map<number, Place>([[end, "self"]]);
  const entry = corpus.entries[end] as Entry;
  for (const r of entry.reasons) if (!places.has(r)) places.set(r, "conclusion");
  for (const c of entry.conclusions) if (!places.has(c)) places.set(c, "reason");
  return places;
}

function countsOf(places: ReadonlyMap<number, Place>): Map<Place, number> {
  const counts = new Map<Place, number>();
  for (const place of places.values()) counts.set(place, (counts.get(place) ?? 0) + 1);
  return counts;
}
