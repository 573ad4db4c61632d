import { type ArgumentMap, analyseRoles, checkMap, isImplicit, reanchorMap } from "../core";
import { coveredSentences, splitSentences } from "./sentences";

/** The figures `argumap stats` reports for one map; the JSON output is an array of these. */
export interface MapStats {
  file: string;
  id: string;
  title?: string;
  statements: number;
  inferences: {
    support: number;
    /** Attacks on a statement: counterclaims and rebuttals. */
    attack: number;
    /** Attacks on an inference. */
    undercut: number;
  };
  /** Inferences with more than one premise: premises that only work together. */
  linked: number;
  /** Statements with no span in the text: steps the analyst added. */
  implicit: number;
  /** The people the author quotes (statement.speaker); the author is not counted. */
  speakers: { count: number; names: string[] };
  /** Sentences of the text touched by some span (see sentences.ts); null when the text was not found. */
  coverage: { sentences: number; covered: number; share: number } | null;
  counterclaims: number;
  /** Counterclaims the map leaves standing: not attacked, and their inference not undercut. */
  unanswered: number;
}

export function mapStats(file: string, map: ArgumentMap, text: string | undefined): MapStats {
  const statementIds = new Set(map.statements.map((s) => s.id));
  const attacks = map.inferences.filter((i) => i.kind === "attack");
  const names = [...new Set(map.statements.flatMap((s) => (s.speaker ? [s.speaker] : [])))].sort((a, b) => a.localeCompare(b));
  const { roles } = analyseRoles(map);
  const stats: MapStats = {
    file,
    id: map.id,
    statements: map.statements.length,
    inferences: {
      support: map.inferences.length - attacks.length,
      attack: attacks.filter((i) => statementIds.has(i.target)).length,
      undercut: attacks.filter((i) => !statementIds.has(i.target)).length,
    },
    linked: map.inferences.filter((i) => i.premises.length > 1).length,
    implicit: map.statements.filter(isImplicit).length,
    speakers: { count: names.length, names },
    coverage: text === undefined ? null : coverageOf(map, text),
    counterclaims: [...roles.values()].filter((r) => r === "counterclaim").length,
    unanswered: checkMap(map).filter((f) => f.kind === "unanswered-counterclaim").length,
  };
  if (map.source.title) stats.title = map.source.title;
  return stats;
}

function coverageOf(map: ArgumentMap, text: string): MapStats["coverage"] {
  const sentences = splitSentences(text, map.source.language);
  // Count spans where they are in this text now, the way the app would show them after opening it.
  const { map: current, lost } = reanchorMap(map, text);
  const lostAnchors = new Set(lost.map((l) => l.anchor));
  const spans = current.statements.flatMap((s) => s.anchors).filter((a) => !lostAnchors.has(a));
  const covered = coveredSentences(sentences, spans);
  return { sentences: sentences.length, covered, share: sentences.length === 0 ? 0 : covered / sentences.length };
}
