import { addStatement } from "../../commands";
import { type ArgumentMap, emptyMap, type Inference } from "../../model";

/**
 * A small map for the suggestion tests: statements s1, s2, … with these wordings, these inferences, and the
 * `central`-th statement (counting from 1) as the central claim.
 */
export function mapOf(id: string, texts: readonly string[], inferences: Inference[] = [], central?: number): ArgumentMap {
  let map = emptyMap(id, { file: `${id}.txt` });
  for (const [i, text] of texts.entries()) {
    const added = addStatement(map, { text, central: i + 1 === central });
    if (!added.ok) throw new Error(added.problem);
    map = added.map;
  }
  return { ...map, inferences };
}
