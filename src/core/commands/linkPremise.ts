import type { ArgumentMap, InferenceKind } from "../model/map";
import { done, type Edit, refused } from "./outcome";

/** Add a premise to an existing inference: the premises now work only together (linked). */
export function addPremise(map: ArgumentMap, inferenceId: string, statementId: string): Edit {
  const index = map.inferences.findIndex((i) => i.id === inferenceId);
  const inference = map.inferences[index];
  if (!inference) return refused("unknown-inference");
  if (!map.statements.some((s) => s.id === statementId)) return refused("unknown-statement");
  if (inference.premises.includes(statementId)) return refused("already-premise");
  if (inference.target === statementId) return refused("self-target");
  const inferences = map.inferences.slice();
  inferences[index] = { ...inference, premises: [...inference.premises, statementId] };
  return done({ ...map, inferences });
}

/** Take a premise out of a linked argument; the last premise cannot go (delete the inference instead). */
export function removePremise(map: ArgumentMap, inferenceId: string, statementId: string): Edit {
  const index = map.inferences.findIndex((i) => i.id === inferenceId);
  const inference = map.inferences[index];
  if (!inference) return refused("unknown-inference");
  if (!inference.premises.includes(statementId)) return refused("unknown-statement");
  if (inference.premises.length === 1) return refused("last-premise");
  const inferences = map.inferences.slice();
  inferences[index] = { ...inference, premises: inference.premises.filter((p) => p !== statementId) };
  return done({ ...map, inferences });
}

/** Turn a support into an attack or back. */
export function setInferenceKind(map: ArgumentMap, inferenceId: string, kind: InferenceKind): Edit {
  const index = map.inferences.findIndex((i) => i.id === inferenceId);
  const inference = map.inferences[index];
  if (!inference) return refused("unknown-inference");
  const inferences = map.inferences.slice();
  inferences[index] = { ...inference, kind };
  return done({ ...map, inferences });
}

export function setInferenceNote(map: ArgumentMap, inferenceId: string, note: string): Edit {
  const index = map.inferences.findIndex((i) => i.id === inferenceId);
  const inference = map.inferences[index];
  if (!inference) return refused("unknown-inference");
  const inferences = map.inferences.slice();
  const { note: _old, ...rest } = inference;
  inferences[index] = note ? { ...rest, note } : rest;
  return done({ ...map, inferences });
}
