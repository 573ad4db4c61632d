import type { ArgumentMap } from "../../model/map";

/** Where each statement stands in its argument, by statement id. */
export interface Structure {
  /** What it argues for or against; an undercut's is the conclusion of the inference it attacks. */
  conclusions: Map<string, string[]>;
  /** What argues for or against it: its premises, counterclaims and undercuts. */
  reasons: Map<string, string[]>;
}

/**
 * The statements next to each statement in the argument: what it argues for or against, and what argues for
 * or against it. An undercut argues against an inference, so its neighbour is that inference's conclusion
 * (followed through undercuts of undercuts). Statements with no inference have no neighbours.
 */
export function neighboursOf(map: ArgumentMap): Map<string, string[]> {
  const found = new Map<string, Set<string>>();
  const link = (a: string, b: string) => found.set(a, (found.get(a) ?? new Set()).add(b));
  eachReason(map, (premise, conclusion) => {
    link(premise, conclusion);
    link(conclusion, premise);
  });
  return new Map([...found].map(([id, near]) => [id, [...near]]));
}

/** The same neighbours with their direction: up to the conclusions, down to the reasons. */
export function structureOf(map: ArgumentMap): Structure {
  const conclusions = new Map<string, Set<string>>();
  const reasons = new Map<string, Set<string>>();
  eachReason(map, (premise, conclusion) => {
    conclusions.set(premise, (conclusions.get(premise) ?? new Set()).add(conclusion));
    reasons.set(conclusion, (reasons.get(conclusion) ?? new Set()).add(premise));
  });
  const lists = (m: Map<string, Set<string>>) => new Map([...m].map(([id, ids]) => [id, [...ids]]));
  return { conclusions: lists(conclusions), reasons: lists(reasons) };
}

/** Each premise with the statement it argues for or against, a statement never with itself. */
function eachReason(map: ArgumentMap, visit: (premise: string, conclusion: string) => void): void {
  const statementIds = new Set(map.statements.map((s) => s.id));
  const targetOf = new Map(map.inferences.map((i) => [i.id, i.target]));
  for (const inference of map.inferences) {
    const conclusion = conclusionOf(inference.target, statementIds, targetOf);
    if (conclusion === undefined) continue;
    for (const premise of inference.premises) if (statementIds.has(premise) && premise !== conclusion) visit(premise, conclusion);
  }
}

function conclusionOf(target: string, statementIds: ReadonlySet<string>, targetOf: ReadonlyMap<string, string>): string | undefined {
  let at: string | undefined = target;
  // Bounded: a hand-edited file may have an undercut cycle.
  for (let hops = 0; at !== undefined && !statementIds.has(at) && hops <= targetOf.size; hops++) at = targetOf.get(at);
  return at !== undefined && statementIds.has(at) ? at : undefined;
}
