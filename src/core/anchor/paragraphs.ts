/**
 * Paragraphs of a source text for display. Texts copied from PDFs break lines at a fixed width; the reader
 * reflows those lines while every character keeps its offset (a soft line break is shown as a space), so
 * anchors still address the original characters.
 */
export interface Paragraph {
  start: number;
  end: number;
}

const SENTENCE_END = /[.!?:;"”’»)]\s*$/;

export function paragraphsOf(text: string): Paragraph[] {
  const lines = lineRanges(text);
  const lengths = lines.map((l) => text.slice(l.start, l.end).trim().length).filter((n) => n > 0);
  const typical = median(lengths);
  // Texts with long lines have one paragraph per line; hard-wrapped texts have lines of about the same length.
  const hardWrapped = typical > 0 && typical < 110 && lengths.length > 3;
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    if (content.trim() === "") {
      if (current) paragraphs.push(current);
      current = undefined;
      continue;
    }
    current = current ? { start: current.start, end: line.end } : { start: line.start, end: line.end };
    const short = content.trim().length;
    // A short line ends a paragraph when it ends a sentence, and is a heading when it is much shorter still.
    const endsParagraph = !hardWrapped || (SENTENCE_END.test(content) && short < typical * 0.85) || short < typical * 0.6;
    if (endsParagraph) {
      paragraphs.push(current);
      current = undefined;
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

function lineRanges(text: string): Paragraph[] {
  const ranges: Paragraph[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      const end = i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
      ranges.push({ start, end });
      start = i + 1;
    }
  }
  return ranges;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Pieces of a range cut at every anchor boundary, each with the statements whose spans cover it. */
export interface Segment {
  start: number;
  end: number;
  statements: string[];
}

export function segmentsOf(range: Paragraph, spans: readonly { start: number; end: number; statement: string }[]): Segment[] {
  const inside = spans.filter((s) => s.end > range.start && s.start < range.end);
  const cuts = new Set<number>([range.start, range.end]);
  for (const s of inside) {
    cuts.add(Math.max(range.start, s.start));
    cuts.add(Math.min(range.end, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k] as number;
    const end = points[k + 1] as number;
    const statements = inside.filter((s) => s.start <= start && s.end >= end).map((s) => s.statement);
    segments.push({ start, end, statements: [...new Set(statements)] });
  }
  return segments;
}
