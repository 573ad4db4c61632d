import type { ArgumentMap } from "../../model/map";
import type { CrossAuthorFile, StatementRef } from "../../model/workspace";
import { type Corpus, corpusOf, type Entry } from "./corpus";
import { isDismissed } from "./dismiss";
import { dice } from "./profile";

/** Why two statements are offered as a pair, in words the panel can show. */
export type SuggestionReason =
  | { kind: "words"; words: string[] }
  | { kind: "names"; names: string[] }
  | { kind: "wording"; similarity: number };

/** Two statements of different maps that likely speak of the same thing. */
export interface Suggestion {
  a: StatementRef;
  b: StatementRef;
  /** Between 0 and 1; higher is likelier. */
  score: number;
  reasons: SuggestionReason[];
}

export interface SuggestOptions {
  /** Only pairs between these two maps; `a` is then always of the first. */
  maps?: readonly [string, string];
  /** Only candidates for this statement; `a` is then always this one. */
  statement?: StatementRef;
  /** At most this many, best first (default 50). */
  limit?: number;
  /** Leave out pairs scoring below this (default 0.05). */
  minScore?: number;
}

/**
 * How the signals add up. Shared content words (weighted by how rare they are in the workspace) say most;
 * a shared name says the two speak of the same actor; similar letters catch what stemming misses.
 */
const WEIGHT = { words: 0.6, names: 0.25, wording: 0.15 } as const;

/** A wording this similar (letter trigrams) is worth showing as a reason on its own. */
const SIMILAR_WORDING = 0.3;

/**
 * Candidate links between statements of different maps, ranked: pairs already linked and pairs the user
 * dismissed are left out. Word weights are tf-idf over all statements of the given maps, so a word every
 * op-ed uses ("Trump", "oorlog") says less than one two of them share ("staakt-het-vuren").
 */
export function suggestAlignments(
  mapsById: Readonly<Record<string, ArgumentMap>>,
  file: CrossAuthorFile,
  options: SuggestOptions = {},
): Suggestion[] {
  const corpus = corpusOf(mapsById);
  const linked = new Set(file.links.map((l) => pairKey(l.from, l.to)));
  const dismissed = new Set(file.dismissed);
  const { statement, limit = 50, minScore = 0.05 } = options;
  const pair = options.maps;
  const sides = corpus.entries.filter((e) => (statement ? same(e.ref, statement) : pair ? e.ref.map === pair[0] : true));
  const found: Suggestion[] = [];
  for (const a of sides) {
    for (const b of corpus.entries) {
      if (b.ref.map === a.ref.map) continue;
      if (pair && b.ref.map !== (a.ref.map === pair[0] ? pair[1] : pair[0])) continue;
      // Each unordered pair once when both sides come from the same list.
      if (!statement && !pair && refText(a.ref) > refText(b.ref)) continue;
      if (linked.has(pairKey(a.ref, b.ref)) || isDismissed(dismissed, a.ref, b.ref)) continue;
      const scored = score(a, b, corpus);
      if (scored.score >= minScore) found.push({ a: a.ref, b: b.ref, ...scored });
    }
  }
  return found.sort((x, y) => y.score - x.score || compareText(refText(x.b), refText(y.b))).slice(0, limit);
}

function score(a: Entry, b: Entry, corpus: Corpus): Omit<Suggestion, "a" | "b"> {
  let dot = 0;
  const shared: { form: string; weight: number }[] = [];
  for (const [term, wa] of a.profile.terms) {
    const wb = b.profile.terms.get(term);
    if (wb === undefined) continue;
    const w = corpus.idf.get(term) ?? 0;
    dot += wa * wb * w * w;
    shared.push({ form: a.profile.forms.get(term) ?? term, weight: Math.min(wa, wb) * w });
  }
  const words = dot > 0 ? dot / (Math.max(a.norm, corpus.pivot) * Math.max(b.norm, corpus.pivot)) : 0;
  const sharedNames = [...a.profile.names].filter(([key]) => b.profile.names.has(key));
  const nameWeight = sharedNames.reduce((s, [key]) => s + (corpus.nameIdf.get(key) ?? 0), 0);
  const names =
    nameWeight > 0 ? nameWeight / Math.sqrt(Math.max(a.nameMass, corpus.namePivot) * Math.max(b.nameMass, corpus.namePivot)) : 0;
  const wording = dice(a.profile.trigrams, b.profile.trigrams);
  const reasons: SuggestionReason[] = [];
  if (shared.length > 0) reasons.push({ kind: "words", words: shared.sort((x, y) => y.weight - x.weight).map((s) => s.form) });
  if (sharedNames.length > 0) reasons.push({ kind: "names", names: sharedNames.map(([, form]) => form) });
  if (wording >= SIMILAR_WORDING) reasons.push({ kind: "wording", similarity: round(wording) });
  return { score: round(WEIGHT.words * words + WEIGHT.names * names + WEIGHT.wording * wording), reasons };
}

function same(a: StatementRef, b: StatementRef): boolean {
  return a.map === b.map && a.statement === b.statement;
}

function refText(ref: StatementRef): string {
  return `${ref.map}:${ref.statement}`;
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function pairKey(a: StatementRef, b: StatementRef): string {
  return [refText(a), refText(b)].sort().join("|");
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
