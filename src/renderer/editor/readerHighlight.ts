/**
 * Marks a stretch of the source text in the reader without touching the reader's DOM or the user's selection,
 * with the CSS Custom Highlight API: the reader renders every character in an element carrying its start offset
 * (see reader/offsets.ts), so offsets map straight to a DOM Range.
 */
const HIGHLIGHT = "editor-search";

export function rangeInReader(container: Element, start: number, end: number): Range | undefined {
  let from: { node: Node; offset: number } | undefined;
  let to: { node: Node; offset: number } | undefined;
  for (const element of container.querySelectorAll<HTMLElement>("[data-start]")) {
    const text = element.firstChild;
    if (!text || text.nodeType !== Node.TEXT_NODE) continue;
    const first = Number(element.dataset.start);
    const length = text.textContent?.length ?? 0;
    if (!from && first + length > start) from = { node: text, offset: Math.max(0, start - first) };
    if (first < end) to = { node: text, offset: Math.min(length, end - first) };
    else break;
  }
  if (!from || !to) return undefined;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Highlight the words and scroll the reader to them; false when the reader does not show them. */
export function showInReader(start: number, end: number): boolean {
  const container = document.querySelector(".reader-text");
  const range = container ? rangeInReader(container, start, end) : undefined;
  if (!range) return false;
  globalThis.CSS?.highlights?.set(HIGHLIGHT, new Highlight(range));
  range.startContainer.parentElement?.scrollIntoView({ block: "center" });
  return true;
}

export function clearReaderHighlight(): void {
  globalThis.CSS?.highlights?.delete(HIGHLIGHT);
}
