import { analyseRoles, type Role, type Side } from "../../analysis/roles";
import type { ArgumentMap, Inference, Statement } from "../../model/map";

/**
 * The map as a tree for reading aloud: the central claim, then under each claim the arguments for and against it,
 * each argument with its premises (several = linked, they count only together) and the undercuts of its step.
 * The Markdown outline and the worksheet print this tree. A statement that serves in two places is shown again
 * the second time, marked as a repeat, without its subtree.
 */
export type Relation = "reason" | "objection" | "rebuttal" | "undercut";

export interface OutlineClaim {
  statement: Statement;
  role: Role;
  /** Already shown above: print it, but not its subtree again. */
  repeat: boolean;
  arguments: OutlineArgument[];
}

export interface OutlineArgument {
  inference: Inference;
  relation: Relation;
  premises: OutlineClaim[];
  undercuts: OutlineArgument[];
}

export interface Outline {
  /** The central claim's tree, when the map has one. */
  thesis?: OutlineClaim;
  /** Trees of what the central claim does not reach, each from a statement that argues for nothing further. */
  others: OutlineClaim[];
}

export function buildOutline(map: ArgumentMap): Outline {
  const { roles, sides } = analyseRoles(map);
  const statementIds = new Set(map.statements.map((s) => s.id));
  const byTarget = new Map<string, Inference[]>();
  // Reasons before objections, each in the map's order, as a teacher reads an argument out.
  const ordered = [...map.inferences].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "support" ? -1 : 1));
  for (const inf of ordered) byTarget.set(inf.target, [...(byTarget.get(inf.target) ?? []), inf]);
  const seen = new Set<string>();

  const claim = (statement: Statement): OutlineClaim => {
    const role = roles.get(statement.id) ?? "unconnected";
    if (seen.has(statement.id)) return { statement, role, repeat: true, arguments: [] };
    seen.add(statement.id);
    return { statement, role, repeat: false, arguments: (byTarget.get(statement.id) ?? []).map(argument) };
  };
  const argument = (inference: Inference): OutlineArgument => ({
    inference,
    relation: relationOf(inference, statementIds, sides),
    premises: inference.premises.flatMap((id) => {
      const s = map.statements.find((x) => x.id === id);
      return s ? [claim(s)] : [];
    }),
    undercuts: (byTarget.get(inference.id) ?? []).map(argument),
  });

  const central = map.statements.find((s) => s.central);
  const thesis = central ? claim(central) : undefined;
  const others: OutlineClaim[] = [];
  const premisesOfSomething = new Set(map.inferences.flatMap((i) => i.premises));
  const tops = map.statements.filter((s) => !premisesOfSomething.has(s.id));
  for (const s of [...tops, ...map.statements]) {
    // The second pass picks up statements that only sit on cycles (every one a premise of another).
    if (!seen.has(s.id)) others.push(claim(s));
  }
  return { thesis, others };
}

function relationOf(inference: Inference, statementIds: ReadonlySet<string>, sides: ReadonlyMap<string, Side>): Relation {
  if (inference.kind === "support") return "reason";
  if (!statementIds.has(inference.target)) return "undercut";
  return sides.get(inference.target) === "contra" ? "rebuttal" : "objection";
}

/** Every claim of the outline in reading order, repeats included. */
export function claimsInOrder(outline: Outline): OutlineClaim[] {
  const list: OutlineClaim[] = [];
  const visitArgument = (a: OutlineArgument) => {
    for (const p of a.premises) visitClaim(p);
    for (const u of a.undercuts) visitArgument(u);
  };
  const visitClaim = (c: OutlineClaim) => {
    list.push(c);
    for (const a of c.arguments) visitArgument(a);
  };
  if (outline.thesis) visitClaim(outline.thesis);
  for (const c of outline.others) visitClaim(c);
  return list;
}
