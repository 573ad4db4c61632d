import type { ArgumentMap, Inference } from "../model/map";

/** One step of a presentation: what appears on it, and what the step is about. */
export interface RevealStep {
  /** Statements first shown at this step. */
  statements: string[];
  /** Inferences first shown at this step (their edges appear with them). */
  inferences: string[];
  /** The statement or inference the step is about: the claim on a first step, else the inference it adds. */
  focus: string;
}

/**
 * The order in which a presentation reveals a map, the way a teacher builds an argument up on the board: the
 * central claim first, then, breadth-first, each claim's arguments one step each with their premises — reasons
 * before objections, each kind in the map's order — and right after an argument the undercuts of its step.
 * What the central claim does not reach follows, from each statement that argues for nothing further; a map
 * without a central claim starts there. Every statement and inference appears exactly once.
 */
export function revealOrder(map: ArgumentMap): RevealStep[] {
  const statementIds = new Set(map.statements.map((s) => s.id));
  const byTarget = new Map<string, Inference[]>();
  const ordered = [...map.inferences].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "support" ? -1 : 1));
  for (const inf of ordered) byTarget.set(inf.target, [...(byTarget.get(inf.target) ?? []), inf]);

  const steps: RevealStep[] = [];
  const shown = new Set<string>();
  const queue: string[] = [];

  const showArgument = (inference: Inference) => {
    if (shown.has(inference.id)) return;
    shown.add(inference.id);
    const fresh = inference.premises.filter((p) => statementIds.has(p) && !shown.has(p));
    for (const p of fresh) {
      shown.add(p);
      queue.push(p);
    }
    steps.push({ statements: fresh, inferences: [inference.id], focus: inference.id });
    for (const undercut of byTarget.get(inference.id) ?? []) showArgument(undercut);
  };
  const spread = () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (const inference of byTarget.get(next) ?? []) showArgument(inference);
    }
  };
  const startFrom = (id: string) => {
    if (shown.has(id)) return;
    shown.add(id);
    steps.push({ statements: [id], inferences: [], focus: id });
    queue.push(id);
    spread();
  };

  const central = map.statements.find((s) => s.central);
  if (central) startFrom(central.id);
  const premisesOfSomething = new Set(map.inferences.flatMap((i) => i.premises));
  for (const s of map.statements) if (!premisesOfSomething.has(s.id)) startFrom(s.id);
  // What is left sits only on cycles (every statement a premise of another): start anywhere on each.
  for (const s of map.statements) startFrom(s.id);
  // An inference whose target is missing from the map cannot be reached from a claim; show it last.
  for (const inference of ordered) {
    showArgument(inference);
    spread();
  }
  return steps;
}
