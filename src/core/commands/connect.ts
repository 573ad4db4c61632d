import { nextId } from "../ids/ids";
import type { ArgumentMap, InferenceKind } from "../model/map";
import { done, type Edit, refused } from "./outcome";

export interface NewInference {
  kind: InferenceKind;
  premises: string[];
  /** A statement id, or an inference id for an undercut. */
  target: string;
}

/**
 * Connect premises to a target: support (a reason), attack on a statement (a counterclaim or rebuttal),
 * attack on an inference (an undercut). Several premises make one linked argument.
 */
export function connect(map: ArgumentMap, input: NewInference): Edit {
  const premises = [...new Set(input.premises)];
  if (premises.length === 0) return refused("empty-premises");
  const statementIds = new Set(map.statements.map((s) => s.id));
  if (premises.some((p) => !statementIds.has(p))) return refused("unknown-statement");
  const targetIsInference = map.inferences.some((i) => i.id === input.target);
  if (!statementIds.has(input.target) && !targetIsInference) return refused("unknown-target");
  if (premises.includes(input.target)) return refused("self-target");
  if (targetIsInference && map.inferences.some((i) => i.id === input.target && i.premises.some((p) => premises.includes(p)))) {
    return refused("self-target");
  }
  const sameSet = (a: string[]) => a.length === premises.length && a.every((p) => premises.includes(p));
  if (map.inferences.some((i) => i.target === input.target && i.kind === input.kind && sameSet(i.premises))) {
    return refused("duplicate-inference");
  }
  const id = nextId(
    "i",
    map.inferences.map((i) => i.id),
  );
  return done({ ...map, inferences: [...map.inferences, { id, kind: input.kind, premises, target: input.target }] }, [id]);
}
