import type { ArgumentMap, Inference } from "../../model/map";

/**
 * The part of a map an export shows: the selected statements and the inferences among them (every premise
 * selected, and the target a selected statement or a kept inference, for undercuts). Positions stay as in the
 * whole map, so a selection exports as the same picture, cropped.
 */
export function selectStatements(map: ArgumentMap, selection: readonly string[] | undefined): ArgumentMap {
  if (!selection) return map;
  const chosen = new Set(selection);
  const statements = map.statements.filter((s) => chosen.has(s.id));
  const kept = new Set<string>();
  // Undercuts can stack (an undercut of an undercut), so keep inferences until nothing more qualifies.
  let grew = true;
  while (grew) {
    grew = false;
    for (const inf of map.inferences) {
      if (!kept.has(inf.id) && qualifies(inf, chosen, kept)) {
        kept.add(inf.id);
        grew = true;
      }
    }
  }
  const inferences = map.inferences.filter((i) => kept.has(i.id));
  const ids = new Set([...statements.map((s) => s.id), ...kept]);
  const layout = Object.fromEntries(Object.entries(map.layout).filter(([id]) => ids.has(id)));
  return { ...map, statements, inferences, layout };
}

function qualifies(inf: Inference, chosen: ReadonlySet<string>, kept: ReadonlySet<string>): boolean {
  return inf.premises.every((p) => chosen.has(p)) && (chosen.has(inf.target) || kept.has(inf.target));
}
