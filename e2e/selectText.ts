import type { Page } from "@playwright/test";

/**
 * Select words of the source text as a user does with the mouse: a DOM Range over the reader's text,
 * found by its visible words (which may run across several highlighted pieces).
 */
export async function selectInReader(page: Page, words: string): Promise<void> {
  const found = await page.evaluate((wanted) => {
    const root = document.querySelector(".reader-text");
    if (!root) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = "";
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      all += (n as Text).data;
    }
    const at = all.indexOf(wanted);
    if (at < 0) return false;
    const locate = (offset: number): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        if (offset <= seen + node.data.length) return [node, offset - seen];
        seen += node.data.length;
      }
      const last = nodes[nodes.length - 1] as Text;
      return [last, last.data.length];
    };
    const [startNode, startOffset] = locate(at);
    const [endNode, endOffset] = locate(at + wanted.length);
    const range = document.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return true;
  }, words);
  if (!found) throw new Error(`words not in the reader: ${words}`);
}
