import type { ArgumentMap, Inference, Statement } from "../model/map";

/**
 * A made-up map shaped like the hand-made ones, at any size, for layout tests and benchmarks: mostly a tree of
 * reasons under one central claim, some linked premises (two or three per inference), some counterclaims and
 * rebuttals, a few undercuts, a few statements used by two inferences, and one statement in ten with a long
 * Dutch wording. The same size and seed give the same map.
 */
export function syntheticMap(statementCount: number, seed = 1): ArgumentMap {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const statements: Statement[] = [];
  const inferences: Inference[] = [];
  const addStatement = (): string => {
    const id = `s${statements.length + 1}`;
    statements.push({ id, text: wording(random, pick), anchors: [], ...(statements.length === 0 ? { central: true } : {}) });
    return id;
  };
  const open = [addStatement()];
  while (statements.length < statementCount) {
    // Breadth first, so that the map grows as a bushy tree a few levels deep, as op-ed maps do.
    const conclusion = open.shift() ?? pick(statements).id;
    const reasons = conclusion === "s1" ? 3 + Math.floor(random() * 6) : pick([0, 0, 0, 1, 1, 1, 2, 2, 3, 4]);
    for (let r = 0; r < reasons && statements.length < statementCount; r++) {
      const kind = random() < 0.2 ? "attack" : "support";
      const undercut = kind === "attack" && inferences.length > 0 && random() < 0.2;
      const target = undercut ? pick(inferences).id : conclusion;
      const size = pick([1, 1, 1, 1, 1, 1, 1, 2, 2, 3]);
      const premises: string[] = [];
      for (let p = 0; p < size && statements.length < statementCount; p++) {
        // Now and then a statement already on the map serves a second inference, as in real maps.
        const reused = statements.length > 4 && random() < 0.03 ? pick(statements).id : undefined;
        const premise = reused && reused !== target && !premises.includes(reused) ? reused : addStatement();
        premises.push(premise);
        if (premise !== reused) open.push(premise);
      }
      if (premises.length > 0) inferences.push({ id: `i${inferences.length + 1}`, kind, premises, target });
    }
  }
  return {
    format: "argumap",
    version: 1,
    id: `synthetic-${statementCount}-${seed}`,
    source: { file: "synthetic.txt", language: "nl" },
    statements,
    inferences,
    layout: {},
  };
}

const WORDS = [
  "Oekraïne",
  "Europa",
  "vrede",
  "onderhandelingen",
  "Washington",
  "Moskou",
  "bondgenoten",
  "veiligheidsgaranties",
  "wapenstilstand",
  "herbewapening",
  "de",
  "het",
  "een",
  "niet",
  "moet",
  "zal",
  "kan",
  "Amerikaanse",
  "Russische",
  "troepenmacht",
  "steun",
  "druk",
  "oorlog",
  "beëindigen",
  "diplomatie",
  "regering",
  "Poetin",
  "Trump",
  "Zelensky",
  "belangen",
  "geloofwaardig",
  "afschrikking",
  "verantwoordelijkheid",
  "zonder",
  "omdat",
  "tegen",
  "voor",
  "tussen",
  "grondgebied",
  "militaire",
];

function wording(random: () => number, pick: (items: readonly string[]) => string): string {
  // One statement in ten is a long paraphrase (eight lines or more in a box); the rest take two to five lines.
  const long = random() < 0.1;
  const count = long ? 25 + Math.floor(random() * 16) : 6 + Math.floor(random() * 13);
  const words = Array.from({ length: count }, () => pick(WORDS));
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A small seeded generator (public domain, Tommy Ettinger): the same seed gives the same map on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
