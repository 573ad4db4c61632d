import { ArgdownTypes, type IRelation, isReconstructed, type RelationMember, RelationType } from "@argdown/core";
import type { InferenceKind } from "../../model/map";
import { argumentKey, type Context } from "./context";
import { argumentNote } from "./steps";

type End = { ok: true; id: string } | { ok: false; reason: string };

/**
 * Relations in rounds: a relation waits while what it points at is still to be made — the inference of an
 * argument that is itself a relation (folded), or the step out of an argument made a statement that it undercuts.
 * What still waits when nothing moves is made as well as it can be, and reported.
 */
export function addRelations(context: Context): void {
  let pending = context.model.relations;
  while (pending.length > 0) {
    const waiting = pending.filter((r) => mustWait(r, context, pending));
    const ready = pending.filter((r) => !waiting.includes(r));
    for (const relation of ready) addRelation(relation, context);
    if (ready.length === 0) {
      for (const relation of waiting) addRelation(relation, context);
      return;
    }
    pending = waiting;
  }
}

function mustWait(relation: IRelation, context: Context, pending: IRelation[]): boolean {
  const to = relation.to as RelationMember;
  const foldedTarget = to.type === ArgdownTypes.INFERENCE ? to.argumentTitle : to.type === ArgdownTypes.ARGUMENT ? to.title : undefined;
  if (foldedTarget && context.folded.has(foldedTarget)) {
    const conclusion = context.model.statements[foldedTarget];
    return pending.some((other) => other !== relation && other.from === conclusion);
  }
  if (relation.relationType !== RelationType.UNDERCUT || to.type !== ArgdownTypes.ARGUMENT || isReconstructed(to)) return false;
  return pending.some((other) => other !== relation && other.from === to && other.relationType !== RelationType.UNDERCUT);
}

function addRelation(relation: IRelation, context: Context): void {
  const { draft } = context;
  const fromMember = relation.from as RelationMember;
  const folded = fromMember.type === ArgdownTypes.EQUIVALENCE_CLASS ? context.folded.get(fromMember.title as string) : undefined;
  const premises: End[] = folded
    ? folded.pcs.slice(0, -1).map((p) => found(context.statementOf.get(p.title as string), `no statement [${p.title}]`))
    : [sourceEnd(fromMember, context)];
  const to = targetEnd(relation, context);
  const label = describe(relation);
  const problem = [...premises, to].find((end): end is { ok: false; reason: string } => !end.ok);
  if (problem) {
    draft.note("relation-dropped", `left out ${label}: ${problem.reason}`);
    return;
  }
  const ids = premises.map((p) => (p as { id: string }).id);
  const target = (to as { id: string }).id;
  const kind: InferenceKind = relation.relationType === "support" || relation.relationType === "entails" ? "support" : "attack";
  const linked = draft.addInference(kind, ids, target, folded ? argumentNote(folded) : undefined);
  if (!linked.ok) {
    draft.note("relation-dropped", `left out ${label}: ${linked.problem}`);
    return;
  }
  if (folded) context.stepsOf.get(folded.title as string)?.set(folded.pcs.length - 1, linked.id);
  if (relation.relationType === RelationType.CONTRADICTORY) {
    const back = draft.addInference("attack", [target], ids[0] as string);
    if (!back.ok) draft.note("relation-dropped", `left out the way back of ${label}: ${back.problem}`);
    draft.note("contradiction", `${label}: a contradiction is two attacks, one each way`);
  }
}

function sourceEnd(member: RelationMember, { statementOf }: Context): End {
  const title = member.title as string;
  if (member.type === ArgdownTypes.EQUIVALENCE_CLASS) return found(statementOf.get(title), `no statement [${title}]`);
  if (member.type === ArgdownTypes.ARGUMENT) {
    if (!isReconstructed(member)) return found(statementOf.get(argumentKey(title)), `no argument <${title}>`);
    const conclusion = member.pcs[member.pcs.length - 1]?.title as string;
    return found(statementOf.get(conclusion), `no conclusion of <${title}>`);
  }
  return { ok: false, reason: "an inference cannot be the source of a relation" };
}

function targetEnd(relation: IRelation, context: Context): End {
  const member = relation.to as RelationMember;
  const { statementOf, stepsOf, draft } = context;
  const title = member.title as string;
  if (member.type === ArgdownTypes.INFERENCE) {
    const argument = member.argumentTitle as string;
    return found(stepsOf.get(argument)?.get(member.conclusionIndex as number), `no inference in <${argument}>`);
  }
  if (member.type === ArgdownTypes.EQUIVALENCE_CLASS) return found(statementOf.get(title), `no statement [${title}]`);
  if (isReconstructed(member)) {
    // A relation to a whole reconstructed argument ("sketched") does not say which premise: it is attached to
    // the argument's main inference.
    const main = stepsOf.get(title)?.get(member.pcs.length - 1);
    if (main) draft.note("sketched", `${describe(relation)}: the relation to the argument is attached to its main inference`, [main]);
    return found(main, `no inference in <${title}>`);
  }
  const statement = statementOf.get(argumentKey(title));
  if (relation.relationType !== RelationType.UNDERCUT || !statement) return found(statement, `no argument <${title}>`);
  // An undercut of an argument made a statement attacks the step from that statement to what it argues for.
  const outgoing = draft.inferencesFrom(statement);
  if (outgoing.length === 1) return { ok: true, id: outgoing[0] as string };
  draft.note(
    "undercut-as-attack",
    `${describe(relation)}: <${title}> argues for ${outgoing.length} things, so the undercut attacks the argument's statement`,
  );
  return { ok: true, id: statement };
}

function found(id: string | undefined, reason: string): End {
  return id ? { ok: true, id } : { ok: false, reason };
}

function describe(relation: IRelation): string {
  const name = (m: RelationMember | undefined) => {
    if (!m) return "?";
    if (m.type === ArgdownTypes.EQUIVALENCE_CLASS) return `[${m.title}]`;
    if (m.type === ArgdownTypes.ARGUMENT) return `<${m.title}>`;
    return `the inference of <${m.argumentTitle}>`;
  };
  return `the ${relation.relationType} relation from ${name(relation.from)} to ${name(relation.to)}`;
}
