import { anchorHolds } from "../anchor/select";
import type { ArgumentMap } from "../model/map";
import { analyseRoles } from "./roles";

/** What a teacher would point at in a map. The UI words each kind through its dictionary. */
export type CheckKind =
  | "no-central-claim"
  | "unanswered-counterclaim"
  | "unsupported-claim"
  | "implicit-premise"
  | "stale-anchor"
  | "unconnected";

export interface Finding {
  kind: CheckKind;
  /** The statement it is about, when there is one. */
  statement?: string;
}

/** The checks that need the source text (stale anchors) get it when it is at hand. */
export function checkMap(map: ArgumentMap, text?: string): Finding[] {
  const findings: Finding[] = [];
  const { roles } = analyseRoles(map);
  const central = map.statements.find((s) => s.central);
  if (!central && map.statements.length > 0) findings.push({ kind: "no-central-claim" });
  const supported = new Set(map.inferences.filter((i) => i.kind === "support").map((i) => i.target));
  const attackedTargets = new Set(map.inferences.filter((i) => i.kind === "attack").map((i) => i.target));
  // The statements that sit in an undercut inference, found once rather than by a search per counterclaim.
  const inUndercutInference = new Set(map.inferences.filter((i) => attackedTargets.has(i.id)).flatMap((i) => i.premises));
  for (const s of map.statements) {
    const role = roles.get(s.id);
    if (role === "counterclaim") {
      // Answered when it is attacked itself, or when the inference it sits in is undercut.
      if (!attackedTargets.has(s.id) && !inUndercutInference.has(s.id)) {
        findings.push({ kind: "unanswered-counterclaim", statement: s.id });
      }
    }
    // A claim that is only attacked stands on nothing; a premise or counterclaim may rest on the text alone.
    if ((role === "thesis" || role === "claim") && !supported.has(s.id)) findings.push({ kind: "unsupported-claim", statement: s.id });
    if (role === "unconnected") findings.push({ kind: "unconnected", statement: s.id });
    if (s.anchors.length === 0) findings.push({ kind: "implicit-premise", statement: s.id });
    if (text !== undefined && s.anchors.some((a) => !anchorHolds(text, a))) findings.push({ kind: "stale-anchor", statement: s.id });
  }
  return findings;
}
