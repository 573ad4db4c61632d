/**
 * An AIFdb file without participants for the import tests: each I-node said once, in a locution "Speaker : words",
 * joined to it by a YA node "Asserting".
 */
export function aifdb(said: [speaker: string, words: string][]): string {
  const nodes: { nodeID: string; type: string; text: string }[] = [];
  const edges: { edgeID: string; fromID: string; toID: string }[] = [];
  said.forEach(([speaker, words], n) => {
    const [i, l, ya] = [3 * n + 1, 3 * n + 2, 3 * n + 3].map(String) as [string, string, string];
    nodes.push({ nodeID: i, type: "I", text: words }, { nodeID: l, type: "L", text: `${speaker} : ${words}` });
    nodes.push({ nodeID: ya, type: "YA", text: "Asserting" });
    edges.push({ edgeID: `${l}-${ya}`, fromID: l, toID: ya }, { edgeID: `${ya}-${i}`, fromID: ya, toID: i });
  });
  return JSON.stringify({ nodes, edges, locutions: [] });
}
