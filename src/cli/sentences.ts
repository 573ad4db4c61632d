/**
 * Sentences of a source text, for the share of a text that a map covers. The rule, kept simple on purpose:
 * 1. A single line break inside a paragraph is read as a space: texts copied from PDFs break lines
 *    mid-sentence. It is replaced by spaces of the same length, so offsets still address the original text.
 * 2. The text is split with Intl.Segmenter (granularity "sentence", Unicode UAX #29) for the map's
 *    source.language, or English when it has none or an unknown one. A blank line also ends a sentence.
 * 3. A segment without a letter or digit (a run of blank lines, a lone dash) is not a sentence.
 * Abbreviations ("o.a.", "dr.") can split a sentence in two; for a share of coverage that is close enough.
 */
export interface Sentence {
  start: number;
  end: number;
}

export function splitSentences(text: string, language: string | undefined): Sentence[] {
  const joined = text.replace(/[\r\n]+/g, (run) => ((run.match(/\n/g)?.length ?? 0) >= 2 ? run : " ".repeat(run.length)));
  const sentences: Sentence[] = [];
  for (const { segment, index } of segmenterFor(language).segment(joined)) {
    if (!/[\p{L}\p{N}]/u.test(segment)) continue;
    const lead = segment.length - segment.trimStart().length;
    sentences.push({ start: index + lead, end: index + segment.trimEnd().length });
  }
  return sentences;
}

/** How many sentences at least one span touches. */
export function coveredSentences(sentences: readonly Sentence[], spans: readonly { start: number; end: number }[]): number {
  return sentences.filter((s) => spans.some((a) => a.start < s.end && a.end > s.start)).length;
}

function segmenterFor(language: string | undefined): Intl.Segmenter {
  try {
    return new Intl.Segmenter(language || "en", { granularity: "sentence" });
  } catch {
    return new Intl.Segmenter("en", { granularity: "sentence" });
  }
}
