import { layoutMap } from "../../layout";
import type { ArgumentMap } from "../../model/map";

/**
 * The drawing exports are synchronous and draw from map.layout. A map with a statement that has no position
 * yet (an import, a hand-written file) is laid out first, whole, with the app's own layout: mixing kept
 * and fresh positions could put boxes on top of each other. Junctions without a position are placed by the
 * drawing itself, between their conclusion and premises.
 */
export async function withExportLayout(map: ArgumentMap): Promise<ArgumentMap> {
  if (map.statements.every((s) => map.layout[s.id])) return map;
  return { ...map, layout: await layoutMap(map) };
}
