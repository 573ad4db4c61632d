import type { ArgumentMap } from "../../model/map";
import type { CrossAuthorFile, StatementRef } from "../../model/workspace";
import { type Corpus, contextOf, corpusOf, type Entry } from "./corpus";
import { suggestionKey } from "./dismiss";
import { LinkedContext, type LinkedVia, SHOWN_BOOST } from "./linkedContext";
import { dice, THEME_MARK } from "./profile";
import { SharedIssues } from "./sharedIssues";
import { fold } from "./words";

/** Why two statements are offered as a pair, in words the panel can show. */
export type SuggestionReason =
  | { kind: "words"; words: string[] }
  | { kind: "names"; names: string[] }
  | { kind: "wording"; similarity: number }
  /** Words the statements next to them in their arguments share, when those weigh in the score. */
  | { kind: "context"; words: string[] }
  /**
   * Links made already between the two statements' places in their arguments (the statement, what it argues for,
   * what argues for it; see linkedContext.ts) that raised the score, strongest first; `a` of each is on a's side.
   */
  | { kind: "linkedNeighbours"; via: LinkedVia[] }
  /** Issues of the cross-author file both statements are positions on (ids, in the file's order); see sharedIssues.ts. */
  | { kind: "sharedIssues"; issues: string[] };

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
 * How the signals add up. Shared content words (weighted by how rare they are in the workspace, with the
 * words of the statements' neighbours at a low weight) say most; a shared name says the two speak of the
 * same actor; similar letters catch what stemming misses.
 */
const WEIGHT = { words: 0.6, names: 0.25, wording: 0.15 } as const;

/**
 * A pair with an op-ed's central claim scores this much higher. Other op-eds argue with an op-ed's thesis
 * more than with any one of its premises: in the bundled workspace 3 of the 5 central claims are linked, a
 * quarter of the other statements are. It decides ties at the top (16 links ranked first, not 13; 1.15 gives
 * 14, 1.5 the same as 1.3). A factor, not a bonus, so a thesis that shares nothing is not offered.
 */
const THESIS_FACTOR = 1.3;

/** A wording this similar (letter trigrams) is worth showing as a reason on its own. */
const SIMILAR_WORDING = 0.3;
/** The neighbours' words are shown as a reason when they make up this share of the word score. */
const CONTEXT_SHARE = 0.25;

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
  // Keys as suggestionKey writes them, so a key written the other way round by hand is found too.
  const skip = new Set([...file.links.map((l) => suggestionKey(l.from, l.to)), ...file.dismissed.map(sameKeyEitherWay)]);
  const { statement, limit = 50, minScore = 0.05 } = options;
  const pair = options.maps;
  const sides = corpus.entries.filter((e) =>
    statement ? e.ref.map === statement.map && e.ref.statement === statement.statement : pair ? e.ref.map === pair[0] : true,
  );
  const found: { a: Entry; b: Entry; score: number }[] = [];
  const scores = new Scores(corpus);
  const evidence = evidenceOf(corpus, file);
  for (const a of sides) {
    const partner = pair ? (a.ref.map === pair[0] ? pair[1] : pair[0]) : undefined;
    scores.of(a);
    for (const b of corpus.entries) {
      if (b.ref.map === a.ref.map || (partner !== undefined && b.ref.map !== partner)) continue;
      // Each unordered pair once when both sides come from the same list.
      if (!statement && !pair && a.key > b.key) continue;
      const score = round(Math.min(1, scores.with(b) * evidence.factor(a, b)));
      if (score < minScore || skip.has(a.key < b.key ? `${a.key}|${b.key}` : `${b.key}|${a.key}`)) continue;
      found.push({ a, b, score });
    }
  }
  found.sort((x, y) => y.score - x.score || (x.b.key < y.b.key ? -1 : x.b.key > y.b.key ? 1 : 0));
  return found.slice(0, limit).map(({ a, b, score }) => ({ a: a.ref, b: b.ref, score, reasons: reasonsOf(a, b, corpus, evidence) }));
}

/** What the analyst recorded already, weighing in on the pairs near it: the links and the issues. */
interface Evidence {
  linked: LinkedContext;
  issues: SharedIssues;
  factor(a: Entry, b: Entry): number;
}

let lastEvidence: { corpus: Corpus; file: Pick<CrossAuthorFile, "links" | "issues">; evidence: Evidence } | undefined;

/** As corpusOf: the panel asks again and again with the same links and issues. */
function evidenceOf(corpus: Corpus, file: CrossAuthorFile): Evidence {
  const last = lastEvidence;
  if (last?.corpus === corpus && last.file.links === file.links && last.file.issues === file.issues) return last.evidence;
  const linked = new LinkedContext(corpus, file.links);
  const issues = new SharedIssues(corpus, file.issues);
  const evidence = { linked, issues, factor: (a: Entry, b: Entry) => linked.factor(a, b) * issues.factor(a, b) };
  lastEvidence = { corpus, file: { links: file.links, issues: file.issues }, evidence };
  return evidence;
}

/**
 * The similarity of one statement with every other, through the corpus's inverted indexes: the shared
 * weights of all pairs with `a` are summed in one pass over the postings of a's terms, names and trigrams.
 */
class Scores {
  private readonly words: Float64Array;
  private readonly names: Float64Array;
  private readonly trigrams: Float64Array;
  private a: Entry | undefined;

  constructor(private readonly corpus: Corpus) {
    const n = corpus.entries.length;
    this.words = new Float64Array(n);
    this.names = new Float64Array(n);
    this.trigrams = new Float64Array(n);
  }

  of(a: Entry): void {
    this.a = a;
    this.words.fill(0);
    this.names.fill(0);
    this.trigrams.fill(0);
    this.corpus.indexes.terms.dotAll(a.vectors.terms, this.words);
    this.corpus.indexes.names.dotAll(a.vectors.names, this.names);
    this.corpus.indexes.trigrams.dotAll(a.vectors.trigrams, this.trigrams);
  }

  with(b: Entry): number {
    const a = this.a;
    if (!a) return 0;
    const { pivot, namePivot } = this.corpus;
    const words = (this.words[b.index] as number) / (Math.max(a.norm, pivot) * Math.max(b.norm, pivot));
    const nameWeight = this.names[b.index] as number;
    const names = nameWeight > 0 ? nameWeight / Math.sqrt(Math.max(a.nameMass, namePivot) * Math.max(b.nameMass, namePivot)) : 0;
    const grams = a.profile.trigrams.size + b.profile.trigrams.size;
    const wording = grams > 0 ? (2 * (this.trigrams[b.index] as number)) / grams : 0;
    const score = WEIGHT.words * words + WEIGHT.names * names + WEIGHT.wording * wording;
    return Math.min(1, a.central || b.central ? score * THESIS_FACTOR : score);
  }
}

function reasonsOf(a: Entry, b: Entry, corpus: Corpus, { linked, issues }: Evidence): SuggestionReason[] {
  const reasons: SuggestionReason[] = [];
  const shared: { form: string; weight: number }[] = [];
  for (const [term, wa] of a.profile.terms) {
    const wb = b.profile.terms.get(term);
    if (wb === undefined) continue;
    const form = a.profile.forms.get(term) ?? term;
    const other = b.profile.forms.get(term) ?? form;
    // A theme is shared through different words: show both ("bemiddeling ≈ onderhandelingen").
    const shown = term.startsWith(THEME_MARK) && fold(other) !== fold(form) ? `${form} ≈ ${other}` : form;
    shared.push({ form: shown, weight: Math.min(wa, wb) * (corpus.idf.get(term) ?? 0) });
  }
  const words = distinct(shared.sort((x, y) => y.weight - x.weight).map((s) => s.form));
  if (words.length > 0) reasons.push({ kind: "words", words });
  const names = distinct([...a.profile.names].filter(([key]) => b.profile.names.has(key)).map(([, form]) => form));
  if (names.length > 0) reasons.push({ kind: "names", names });
  const wording = dice(a.profile.trigrams, b.profile.trigrams);
  if (wording >= SIMILAR_WORDING) reasons.push({ kind: "wording", similarity: round(wording) });
  const context = contextWords(a, b, corpus);
  if (context.length > 0) reasons.push({ kind: "context", words: context });
  if (linked.factor(a, b) >= 1 + SHOWN_BOOST) reasons.push({ kind: "linkedNeighbours", via: linked.via(a, b) });
  const onIssues = issues.issues(a, b);
  if (onIssues.length > 0) reasons.push({ kind: "sharedIssues", issues: [...onIssues] });
  return reasons;
}

/**
 * The terms the pair shares only through their neighbours, best first, when those make up a good part of the
 * word score; a term both statements use themselves is a "words" reason already.
 */
function contextWords(a: Entry, b: Entry, corpus: Corpus): string[] {
  const around = { a: contextOf(a, corpus), b: contextOf(b, corpus) };
  const weightOf = (e: Entry, side: Map<string, { weight: number }>, term: string) =>
    (e.own.get(term) ?? 0) + (side.get(term)?.weight ?? 0);
  let total = 0;
  const gained: { form: string; weight: number }[] = [];
  for (const term of new Set([...a.own.keys(), ...around.a.keys()])) {
    const wa = weightOf(a, around.a, term);
    const wb = weightOf(b, around.b, term);
    if (wa <= 0 || wb <= 0) continue;
    total += wa * wb;
    if (a.own.has(term) && b.own.has(term)) continue;
    const form = around.a.get(term)?.form ?? around.b.get(term)?.form ?? a.profile.forms.get(term) ?? term;
    gained.push({ form, weight: wa * wb });
  }
  const weight = gained.reduce((s, g) => s + g.weight, 0);
  if (total <= 0 || weight < CONTEXT_SHARE * total) return [];
  return distinct(gained.sort((x, y) => y.weight - x.weight).map((g) => g.form));
}

function distinct(forms: string[]): string[] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const key = fold(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A dismissed key as suggestionKey writes it, whichever way round it was written. */
function sameKeyEitherWay(key: string): string {
  const [x = "", y = ""] = key.split("|");
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
