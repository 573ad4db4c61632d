import type { ArgumentMap, Inference } from "../model/map";

/**
 * Roles are derived from the structure, never stored: the same statement becomes a rebuttal when the claim it
 * attacks turns out to be a counterclaim. The names are the ones teachers use (Rationale's reasons, objections
 * and rebuttals). A claim is argued for or against but argues for nothing itself (a sub-conclusion not yet
 * connected, or a conclusion in a map without a central claim); only a statement with no connection at all is
 * unconnected.
 */
export type Role = "thesis" | "claim" | "premise" | "counterclaim" | "rebuttal" | "undercutter" | "unconnected";
export const ROLES: readonly Role[] = ["thesis", "claim", "premise", "counterclaim", "rebuttal", "undercutter", "unconnected"];

/** Which side of the central claim a statement argues for. */
export type Side = "pro" | "contra";

export interface RoleAnalysis {
  roles: Map<string, Role>;
  sides: Map<string, Side>;
}

export function analyseRoles(map: ArgumentMap): RoleAnalysis {
  const sides = deriveSides(map);
  const roles = new Map<string, Role>();
  // Only a statement's first argument decides its role.
  const outgoing = new Map<string, Inference>();
  for (const inf of map.inferences) {
    for (const p of inf.premises) if (!outgoing.has(p)) outgoing.set(p, inf);
  }
  const inferenceIds = new Set(map.inferences.map((i) => i.id));
  const argued = new Set(map.inferences.map((i) => i.target));
  for (const s of map.statements) {
    if (s.central) {
      roles.set(s.id, "thesis");
      continue;
    }
    const first = outgoing.get(s.id);
    if (!first) roles.set(s.id, argued.has(s.id) ? "claim" : "unconnected");
    else if (first.kind === "support") roles.set(s.id, "premise");
    else if (inferenceIds.has(first.target)) roles.set(s.id, "undercutter");
    else roles.set(s.id, sides.get(first.target) === "contra" ? "rebuttal" : "counterclaim");
  }
  return { roles, sides };
}

/**
 * Sides spread from the central claim: a support keeps the side of what it supports, an attack takes the
 * opposite; an undercut opposes the side of the inference it attacks. Statements not reachable from the
 * central claim get the side their first argument implies when it can be known, else none.
 */
function deriveSides(map: ArgumentMap): Map<string, Side> {
  const sides = new Map<string, Side>();
  const central = map.statements.find((s) => s.central);
  if (central) sides.set(central.id, "pro");
  // Lookups by id, not searches: the spreading below visits every inference in every round.
  const statementIds = new Set(map.statements.map((s) => s.id));
  const inferencesById = new Map<string, Inference>();
  for (const inf of map.inferences) if (!inferencesById.has(inf.id)) inferencesById.set(inf.id, inf);
  const sideOfTarget = (target: string): Side | undefined => {
    const direct = sides.get(target);
    if (direct) return direct;
    const inf = inferencesById.get(target);
    return inf ? sideOfInference(inf) : undefined;
  };
  const sideOfInference = (inf: Inference): Side | undefined => {
    const t = sides.get(inf.target);
    if (!t) return undefined;
    return inf.kind === "support" ? t : flip(t);
  };
  // Spread until nothing changes; the graph is small and may have cycles, so a fixed point is simplest.
  for (let round = 0; round <= map.inferences.length; round++) {
    let changed = false;
    for (const inf of map.inferences) {
      const target = sideOfTarget(inf.target);
      if (!target) continue;
      const isUndercut = !statementIds.has(inf.target);
      const side = inf.kind === "support" ? target : flip(target);
      const premiseSide = isUndercut ? flip(target) : side;
      for (const p of inf.premises) {
        if (!sides.has(p)) {
          sides.set(p, premiseSide);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return sides;
}

function flip(side: Side): Side {
  return side === "pro" ? "contra" : "pro";
}
