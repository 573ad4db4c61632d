import type { ArgumentMap } from "../../model/map";
import type { StatementRef } from "../../model/workspace";
import { knownNames } from "./names";
import { neighboursOf, structureOf } from "./neighbours";
import { Interner, InvertedIndex, type SparseVector, sparse, VectorSum } from "./postings";
import { type Profile, profileOf, textsOf, type Vocabulary } from "./profile";
import { isContentWord, type Word, wordsOf } from "./words";

/** One statement as the suggestions compare it. */
export interface Entry {
  ref: StatementRef;
  /** "map:statement", to order and key pairs without building strings per pair. */
  key: string;
  /** The map's central claim. */
  central: boolean;
  profile: Profile;
  /** Its own terms, weighted by idf. */
  own: Map<string, number>;
  /** The statements next to it in its argument (indexes in `entries`), whose terms count `share` of theirs. */
  neighbours: number[];
  share: number;
  /** What it argues for or against, and what argues for or against it (indexes in `entries`). */
  conclusions: number[];
  reasons: number[];
  /** Length of its terms with its neighbours' added (`vectors.terms`). */
  norm: number;
  /** Sum of the weights of its names. */
  nameMass: number;
  /** Position in `entries`, which the indexes count by. */
  index: number;
  /** Its terms with its neighbours' added at CONTEXT_WEIGHT, its names, its trigrams. */
  vectors: { terms: SparseVector; names: SparseVector; trigrams: SparseVector };
}

/** The statements of all maps with the weights that depend on the whole workspace. */
export interface Corpus {
  entries: Entry[];
  /** Position in `entries` by "map:statement" key. */
  indexOf: ReadonlyMap<string, number>;
  /** log(N / df) by term: a word every op-ed uses says less than one two of them share. */
  idf: Map<string, number>;
  nameIdf: Map<string, number>;
  /** Pivoted length normalisation: plain cosine favours very short statements, where one common word is all there is. */
  pivot: number;
  namePivot: number;
  /** Term weights, name idf and trigrams of every entry, by key: see postings.ts. */
  indexes: { terms: InvertedIndex; names: InvertedIndex; trigrams: InvertedIndex };
}

/** Statements shorter than this share of the median length are scored as if they had it. */
const PIVOT = 0.5;

/**
 * How much the statements next to one in the argument (what it supports or attacks, what supports or attacks
 * it) add to what it is about, shared among them as 1/√n so a claim with many premises is not drowned by them.
 * Linked statements of two op-eds often sit in like places: "Poetin wil verder vechten" is argued from his
 * refusal of a "staakt-het-vuren", the word the other op-ed uses. Measured on the bundled workspace, over
 * words and names alone: two more links in the top five (23 to 25). From 0.15 to 0.3 the figures hold; at 0.5
 * a neighbour's words start to outweigh the statement's own and a link falls out.
 */
const CONTEXT_WEIGHT = 0.3;

let last: { maps: [string, ArgumentMap][]; corpus: Corpus } | undefined;

/**
 * The corpus of these maps. The panel asks for one statement or pair after another over the same maps, so the
 * last corpus is kept while the maps are the same objects (maps are immutable: an edit makes a new object).
 */
export function corpusOf(mapsById: Readonly<Record<string, ArgumentMap>>): Corpus {
  const maps = Object.entries(mapsById);
  if (last && last.maps.length === maps.length && last.maps.every(([id, m], i) => maps[i]?.[0] === id && maps[i]?.[1] === m)) {
    return last.corpus;
  }
  const corpus = buildCorpus(maps);
  last = { maps, corpus };
  return corpus;
}

function buildCorpus(maps: [string, ArgumentMap][]): Corpus {
  const texts = maps.flatMap(([, m]) => m.statements.flatMap(textsOf));
  const read = wordsByText();
  const vocabulary: Vocabulary = {
    names: knownNames(texts, read),
    stems: new Set(
      texts.flatMap((t) =>
        read(t)
          .filter(isContentWord)
          .map((w) => w.stem),
      ),
    ),
    parts: new Map(),
    read,
  };
  const profiles = maps.flatMap(([mapId, map]) => {
    const neighbours = neighboursOf(map);
    const structure = structureOf(map);
    const keysOf = (ids: string[] | undefined) => (ids ?? []).map((n) => `${mapId}:${n}`);
    return map.statements.map((s) => ({
      ref: { map: mapId, statement: s.id },
      key: `${mapId}:${s.id}`,
      central: s.central === true,
      profile: profileOf(s, vocabulary),
      neighbours: keysOf(neighbours.get(s.id)),
      conclusions: keysOf(structure.conclusions.get(s.id)),
      reasons: keysOf(structure.reasons.get(s.id)),
    }));
  });
  const position = new Map(profiles.map((p, i) => [p.key, i]));
  const idf = inverseFrequencies(profiles.map((p) => p.profile.terms.keys()));
  const nameIdf = inverseFrequencies(profiles.map((p) => p.profile.names.keys()));
  const keys = { terms: new Interner(), names: new Interner(), trigrams: new Interner() };
  const own = profiles.map((p) => weighted(p.profile.terms, idf));
  const ownVectors = own.map((terms) => sparse(terms, keys.terms));
  const adder = new VectorSum(keys.terms.size);
  const indexesOf = (keys: string[]) => keys.flatMap((n) => position.get(n) ?? []);
  const entries: Entry[] = profiles.map((p, index) => {
    const neighbours = indexesOf(p.neighbours);
    const share = neighbours.length > 0 ? CONTEXT_WEIGHT / Math.sqrt(neighbours.length) : 0;
    adder.add(ownVectors[index], 1);
    for (const n of neighbours) adder.add(ownVectors[n], share);
    const terms = adder.take();
    let nameMass = 0;
    for (const k of p.profile.names.keys()) nameMass += nameIdf.get(k) ?? 0;
    return {
      ref: p.ref,
      key: p.key,
      central: p.central,
      profile: p.profile,
      own: own[index] ?? new Map(),
      neighbours,
      share,
      conclusions: indexesOf(p.conclusions),
      reasons: indexesOf(p.reasons),
      norm: length(terms.weights),
      nameMass,
      index,
      vectors: {
        terms,
        names: sparse(new Set(p.profile.names.keys()), keys.names),
        trigrams: sparse(p.profile.trigrams, keys.trigrams),
      },
    };
  });
  // A's names count 1 each, b's their idf: the dot product is the idf of the names they share.
  const nameWeights = entries.map((e) => sparse(new Map([...e.profile.names.keys()].map((k) => [k, nameIdf.get(k) ?? 0])), keys.names));
  return {
    indexes: {
      terms: new InvertedIndex(
        entries.map((e) => e.vectors.terms),
        keys.terms.size,
      ),
      names: new InvertedIndex(nameWeights, keys.names.size),
      trigrams: new InvertedIndex(
        entries.map((e) => e.vectors.trigrams),
        keys.trigrams.size,
      ),
    },
    entries,
    indexOf: position,
    idf,
    nameIdf,
    pivot: PIVOT * median(entries.map((e) => e.norm)),
    namePivot: PIVOT * median(entries.map((e) => e.nameMass)),
  };
}

/**
 * The terms its neighbours bring to a statement, weighted as in its vector, with a readable form of each:
 * for the "context" reason, asked only for the suggestions shown.
 */
export function contextOf(entry: Entry, corpus: Corpus): Map<string, { weight: number; form: string }> {
  const context = new Map<string, { weight: number; form: string }>();
  for (const n of entry.neighbours) {
    const other = corpus.entries[n];
    if (!other) continue;
    for (const [term, w] of other.own) {
      const known = context.get(term);
      const form = known?.form ?? other.profile.forms.get(term) ?? term;
      context.set(term, { weight: (known?.weight ?? 0) + entry.share * w, form });
    }
  }
  return context;
}

function wordsByText(): (text: string) => Word[] {
  const words = new Map<string, Word[]>();
  return (text) => {
    let found = words.get(text);
    if (!found) {
      found = wordsOf(text);
      words.set(text, found);
    }
    return found;
  };
}

function weighted(terms: ReadonlyMap<string, number>, idf: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...terms].map(([t, w]) => [t, w * (idf.get(t) ?? 0)]));
}

function inverseFrequencies(sets: Iterable<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const set of sets) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sets.length;
  return new Map([...df].map(([t, d]) => [t, Math.log(n / d)]));
}

function length(weights: Float64Array): number {
  let s = 0;
  for (const w of weights) s += w * w;
  return Math.sqrt(s);
}

function median(values: number[]): number {
  const sorted = values.slice().sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
