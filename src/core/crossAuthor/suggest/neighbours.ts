import type { ArgumentMap } from "../../model/map";

/**
 * The statements next to each statement in the argument: what it argues for or against, and what argues for
 * or against it. An undercut argues against an inference, so its neighbour is that inference's conclusion
 * (followed through undercuts of undercuts). Statements with no inference have no neighbours.
 */
export function neighboursOf(map: ArgumentMap): Map<string, string[]> {
  const statementIds = new Set(map.statements.map((s) => s.id));
  const targetOf = new Map(map.inferences.map((i) => [i.id, i.target]));
  const found = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    found.set(a, (found.get(a) ?? new Set()).add(b));
    found.set(b, (found.get(b) ?? new Set()).add(a));
  };
  for (const inference of map.inferences) {
    const conclusion = conclusionOf(inference.target, statementIds, targetOf);
    if (conclusion === undefined) continue;
    for (const premise of inference.premises) if (statementIds.has(premise)) link(premise, conclusion);
  }
  return new Map([...found].map(([id, near]) => [id, [...near]]));
}

function conclusionOf(target: string, statementIds: ReadonlySet<string>, targetOf: ReadonlyMap<string, string>): string | undefined {
  let at: string | undefined = target;
  // Bounded: a hand-edited file may have an undercut cycle.
  for (let hops = 0; at !== undefined && !statementIds.has(at) && hops <= targetOf.size; hops++) at = targetOf.get(at);
  return at !== undefined && statementIds.has(at) ? at : undefined;
}
