import type { ArgumentMap } from "../model/map";
import { done, type Edit } from "./outcome";

export interface DeletionPlan {
  statements: string[];
  /** Inferences removed with them: their target or all their premises go, or they undercut a removed inference. */
  inferences: string[];
  /** Linked inferences that only lose one premise. */
  shrunk: string[];
}

/**
 * What deleting these ids takes with it, so the UI can say so before it happens.
 * Removing a statement removes every inference that argues for or against it and every inference left
 * with no premise; removing an inference removes the undercuts aimed at it, transitively.
 */
export function planDeletion(map: ArgumentMap, ids: readonly string[]): DeletionPlan {
  const statements = new Set(map.statements.filter((s) => ids.includes(s.id)).map((s) => s.id));
  const inferences = new Set(map.inferences.filter((i) => ids.includes(i.id)).map((i) => i.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const inf of map.inferences) {
      if (inferences.has(inf.id)) continue;
      const allPremisesGone = inf.premises.every((p) => statements.has(p));
      if (statements.has(inf.target) || inferences.has(inf.target) || allPremisesGone) {
        inferences.add(inf.id);
        grew = true;
      }
    }
  }
  const shrunk = map.inferences.filter((i) => !inferences.has(i.id) && i.premises.some((p) => statements.has(p))).map((i) => i.id);
  return { statements: [...statements], inferences: [...inferences], shrunk };
}

export function deleteElements(map: ArgumentMap, ids: readonly string[]): Edit {
  const plan = planDeletion(map, ids);
  const goneStatements = new Set(plan.statements);
  const gone = new Set([...plan.statements, ...plan.inferences]);
  const layout = Object.fromEntries(Object.entries(map.layout).filter(([id]) => !gone.has(id)));
  return done({
    ...map,
    statements: map.statements.filter((s) => !goneStatements.has(s.id)),
    inferences: map.inferences
      .filter((i) => !gone.has(i.id))
      .map((i) =>
        i.premises.some((p) => goneStatements.has(p)) ? { ...i, premises: i.premises.filter((p) => !goneStatements.has(p)) } : i,
      ),
    layout,
  });
}
