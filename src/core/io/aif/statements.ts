import type { Anchor, SourceInfo } from "../../model/map";
import type { ImportDraft } from "../draft";
import type { ReportEntry } from "../report";
import { guessLanguage } from "./language";
import { type Dominant, dominantSpeaker, type Speakers } from "./speakers";
import type { AifGraph } from "./types";

/** What an AIF file tells of its source, which AIF itself has no place for, and how that was read. */
export interface ReadSource {
  source: Omit<SourceInfo, "file" | "sha256">;
  author: Dominant | undefined;
  notes: ReportEntry[];
}

const LANGUAGE_NAMES = { nl: "Dutch", en: "English" } as const;

/**
 * The author is the dominant locutor of a monological text (see dominantSpeaker); the language is told from the
 * source text, or from the I-nodes' wording when no text is given. Both are said in the report: they are read,
 * not written in the file.
 */
export function readSource(graph: AifGraph, speakers: Speakers, text: string | undefined): ReadSource {
  const source: Omit<SourceInfo, "file" | "sha256"> = {};
  const notes: ReportEntry[] = [];
  const author = dominantSpeaker(speakers.locutions);
  if (author) {
    source.author = author.speaker;
    notes.push({
      code: "author",
      message: `read "${author.speaker}" as the author: named in ${author.count} of the ${author.total} locutions; the statements they assert have no speaker of their own`,
    });
  }
  const where = text === undefined ? "the I-nodes' wording" : "the source text";
  const guess = guessLanguage(
    text ??
      graph.nodes
        .filter((n) => n.type === "I")
        .map((n) => n.text)
        .join("\n"),
  );
  const counts = `${guess.dutch} Dutch against ${guess.english} English stop words in ${where}`;
  if (guess.language) {
    source.language = guess.language;
    notes.push({ code: "language", message: `read the language as ${LANGUAGE_NAMES[guess.language]} (${guess.language}): ${counts}` });
  } else {
    notes.push({ code: "language-unknown", message: `AIF carries no language and the words do not tell (${counts}): left unset` });
  }
  return { source, author, notes };
}

/** I-nodes become statements, anchored by the words of their locutions (else their own wording) in the text. */
export function addStatements(
  graph: AifGraph,
  draft: ImportDraft,
  speakers: Speakers,
  author: string | undefined,
  anchoring: boolean,
): Map<string, string> {
  const statementOf = new Map<string, string>();
  const notFound: string[] = [];
  const unsaid: string[] = [];
  // In a file that has locutions, an I-node that none asserts is the analyst's reconstruction: not finding its
  // wording in the text is what one expects of an implicit premise, not a failure to anchor.
  const hasLocutions = speakers.locutions.length > 0;
  for (const node of graph.nodes.filter((n) => n.type === "I")) {
    const said = speakers.byStatement.get(node.nodeID);
    const anchors = anchoring ? anchorsOf(draft, said?.texts ?? [], node.text) : [];
    if (anchoring && anchors.length === 0) (hasLocutions && !said ? unsaid : notFound).push(node.nodeID);
    const speaker = said?.speaker === author ? undefined : said?.speaker;
    const id = draft.addStatement({ text: node.text.trim(), anchors, speaker });
    statementOf.set(node.nodeID, id);
    if (said && said.others.length > 0) {
      draft.note("several-speakers", `I-node ${node.nodeID} is asserted by several speakers; kept "${said.speaker}"`, [node.nodeID]);
    }
  }
  if (notFound.length > 0) {
    draft.note("quote-not-found", `${notFound.length} I-node text(s) not found once in the source text: left without anchors`, notFound);
  }
  if (unsaid.length > 0) {
    draft.note(
      "implicit",
      `${unsaid.length} I-node(s) asserted by no locution and not found in the text: kept as implicit premises, without anchors`,
      unsaid,
    );
  }
  return statementOf;
}

/**
 * Each locution is one place where the proposition is said, so each found gives an anchor; the I-node's own
 * wording is tried only when no locution's words are found once in the text.
 */
function anchorsOf(draft: ImportDraft, words: string[], wording: string): Anchor[] {
  const anchors: Anchor[] = [];
  for (const quote of words) {
    const found = draft.find(quote);
    if (found.ok && !anchors.some((a) => a.start === found.anchor.start && a.end === found.anchor.end)) anchors.push(found.anchor);
  }
  if (anchors.length > 0) return anchors;
  const own = draft.find(wording);
  return own.ok ? [own.anchor] : [];
}
