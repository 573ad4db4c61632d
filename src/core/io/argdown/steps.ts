import { IArgument, type IInference, type IPCSStatement, isReconstructed } from "@argdown/core";
import { type Context, MAP_ID } from "./context";

/** Each conclusion of a premise–conclusion structure, with the statements its inference uses, as Argdown reads them. */
export function addArgumentSteps({ model, draft, statementOf, stepsOf, folded }: Context): void {
  for (const argument of Object.values(model.arguments).filter(isReconstructed)) {
    const title = argument.title as string;
    stepsOf.set(title, new Map());
    if (folded.has(title)) continue; // made with its relation
    argument.pcs.forEach((statement, index) => {
      if (statement.role === "premise") return;
      const premises = premisesOf(argument.pcs, index).map((p) => statementOf.get(p.title as string) as string);
      const note = index === argument.pcs.length - 1 ? argumentNote(argument) : ruleNote(statement);
      const linked = draft.addInference("support", premises, statementOf.get(statement.title as string) as string, note);
      if (linked.ok) stepsOf.get(title)?.set(index, linked.id);
      else draft.note("inference-refused", `left out a step of <${title}>: ${linked.problem}`, [`<${title}>`]);
    });
  }
}

/**
 * The statements an inference step uses: those listed in its `uses` data (1-based), else the statements since the
 * previous conclusion, that conclusion included — the reading of Argdown's own ExplodeArgumentsPlugin.
 */
export function premisesOf(pcs: IPCSStatement[], index: number): IPCSStatement[] {
  const conclusion = pcs[index] as IPCSStatement & { inference?: IInference };
  const uses = [conclusion.inference?.data?.uses, conclusion.data?.uses, conclusion.inference?.data?.from].find(Array.isArray);
  if (uses) return (uses as unknown[]).flatMap((n) => (typeof n === "number" && pcs[n - 1] ? [pcs[n - 1] as IPCSStatement] : []));
  const used: IPCSStatement[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const statement = pcs[i] as IPCSStatement;
    used.unshift(statement);
    if (statement.role === "intermediary-conclusion") break;
  }
  return used;
}

/** The main inference's note: the argument's title and description, and its inference rule. */
export function argumentNote(argument: IArgument): string | undefined {
  const title = argument.title as string;
  const description = IArgument.getCanonicalMemberText(argument)?.trim();
  const label = [MAP_ID.test(title) ? "" : `<${title}>`, description].filter(Boolean).join(": ");
  const rule = ruleNote(argument.pcs[argument.pcs.length - 1]);
  return [label, rule].filter(Boolean).join("; ") || undefined;
}

function ruleNote(statement: IPCSStatement | undefined): string | undefined {
  const rules = (statement as { inference?: IInference } | undefined)?.inference?.inferenceRules?.filter(Boolean) ?? [];
  return rules.length > 0 ? `rule: ${rules.join(", ")}` : undefined;
}
