import type { ArgumentMap } from "../../model/map";
import type { StatementRef } from "../../model/workspace";
import { knownNames } from "./names";
import { type Profile, profileOf, textsOf } from "./profile";
import { contentWords } from "./words";

/** One statement as the suggestions compare it. */
export interface Entry {
  ref: StatementRef;
  profile: Profile;
  /** Length of the statement's tf-idf vector. */
  norm: number;
  /** Sum of the weights of its names. */
  nameMass: number;
}

/** The statements of all maps with the weights that depend on the whole workspace. */
export interface Corpus {
  entries: Entry[];
  /** log(N / df) by stem: a word every op-ed uses says less than one two of them share. */
  idf: Map<string, number>;
  nameIdf: Map<string, number>;
  /** Pivoted length normalisation: plain cosine favours very short statements, where one common word is all there is. */
  pivot: number;
  namePivot: number;
}

/** Statements shorter than this share of the median length are scored as if they had it. */
const PIVOT = 0.5;

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
  const vocabulary = { names: knownNames(texts), stems: new Set(texts.flatMap((t) => contentWords(t).map((w) => w.stem))) };
  const profiles = maps.flatMap(([mapId, map]) =>
    map.statements.map((s) => ({ ref: { map: mapId, statement: s.id }, profile: profileOf(s, vocabulary) })),
  );
  const idf = inverseFrequencies(profiles.map((p) => new Set(p.profile.terms.keys())));
  const nameIdf = inverseFrequencies(profiles.map((p) => new Set(p.profile.names.keys())));
  const entries: Entry[] = profiles.map(({ ref, profile }) => ({
    ref,
    profile,
    norm: Math.sqrt(sum([...profile.terms].map(([t, w]) => (w * (idf.get(t) ?? 0)) ** 2))),
    nameMass: sum([...profile.names.keys()].map((k) => nameIdf.get(k) ?? 0)),
  }));
  return {
    entries,
    idf,
    nameIdf,
    pivot: PIVOT * median(entries.map((e) => e.norm)),
    namePivot: PIVOT * median(entries.map((e) => e.nameMass)),
  };
}

function inverseFrequencies(sets: Set<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const set of sets) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sets.length;
  return new Map([...df].map(([t, d]) => [t, Math.log(n / d)]));
}

function median(values: number[]): number {
  const sorted = values.slice().sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function sum(values: number[]): number {
  return values.reduce((s, v) => s + v, 0);
}
