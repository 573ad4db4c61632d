/**
 * The reader renders every character of the source text in a span carrying its start offset (a soft line break
 * is shown as a space, one character for one), so a DOM selection maps back to offsets in the original text.
 */
export function offsetOf(node: Node, offsetInNode: number): number | undefined {
  if (node.nodeType === Node.TEXT_NODE) {
    const start = startOf(node.parentElement);
    return start === undefined ? undefined : start + offsetInNode;
  }
  // The selection ends at an element boundary: use the child at that position.
  const element = node as Element;
  const child = element.childNodes[offsetInNode];
  if (child) return firstOffsetIn(child);
  const last = element.lastChild;
  return last ? lastOffsetIn(last) : startOf(element);
}

export function selectionOffsets(selection: Selection | null, container: Element): { start: number; end: number } | undefined {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return undefined;
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === undefined || end === undefined || end <= start) return undefined;
  return { start, end };
}

function startOf(element: Element | null): number | undefined {
  const holder = element?.closest("[data-start]");
  const value = holder?.getAttribute("data-start");
  return value == null ? undefined : Number(value);
}

function firstOffsetIn(node: Node): number | undefined {
  if (node.nodeType === Node.TEXT_NODE) return startOf(node.parentElement);
  const el = node as Element;
  const found = el.matches?.("[data-start]") ? el : el.querySelector?.("[data-start]");
  return found ? Number(found.getAttribute("data-start")) : undefined;
}

function lastOffsetIn(node: Node): number | undefined {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  if (!el) return undefined;
  const all = el.matches("[data-start]") ? [el] : [...el.querySelectorAll("[data-start]")];
  const last = all[all.length - 1];
  if (!last) return undefined;
  return Number(last.getAttribute("data-start")) + (last.textContent?.length ?? 0);
}
