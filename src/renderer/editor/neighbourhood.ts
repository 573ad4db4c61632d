import type { ArgumentMap } from "../../core";

/**
 * One step out from a statement: the inferences it takes part in, as premise or as conclusion, with their other
 * premises (co-premises, reasons and attackers) and their conclusions, plus the undercuts aimed at those
 * inferences. For an inference: its premises, its target and its undercuts. The id itself comes first.
 */
export function neighbourhoodOf(map: ArgumentMap, id: string): string[] {
  const members = new Set<string>([id]);
  const touching = map.inferences.filter((inf) => inf.id === id || inf.target === id || inf.premises.includes(id));
  const links = new Set(touching.map((inf) => inf.id));
  for (const inf of map.inferences) if (links.has(inf.target)) touching.push(inf);
  for (const inf of touching) {
    members.add(inf.id);
    for (const premise of inf.premises) members.add(premise);
    members.add(inf.target);
  }
  return [...members];
}
