import { type IArgument, IEquivalenceClass, isReconstructed } from "@argdown/core";
import type { ImportDraft } from "../draft";
import { isAddedConclusion } from "./conclusions";
import type { ArgdownModel } from "./parseArgdown";

/** What the steps of one Argdown import share. */
export interface Context {
  model: ArgdownModel;
  draft: ImportDraft;
  /** Statement id by equivalence class title, and by `<title>` for arguments made statements. */
  statementOf: Map<string, string>;
  /** Inference ids of a reconstructed argument by the index of its conclusion in the premise–conclusion structure. */
  stepsOf: Map<string, Map<number, string>>;
  /** Arguments whose conclusion only carries one relation (see foldedArguments), by the conclusion's title. */
  folded: Map<string, IArgument>;
  notFound: string[];
}

/** An argument titled with an inference id was written by Argumap's own export: the title carries nothing. */
export const MAP_ID = /^i\d+$/;

export const argumentKey = (title: string) => `<${title}>`;

/**
 * Arguments that Argumap's export wrote for an attack (or a relation to an inference): `<i4>` concludes in a
 * statement `[i4]` of its own, worded as the export words it in any language ("Not: …", "Niet: …") or not at
 * all, which has one outgoing relation and is used nowhere else. Read back, the argument is that one relation
 * with the argument's premises, so a map survives the way out and back. A conclusion in other words is someone's
 * claim, and stays a statement.
 */
export function foldedArguments(model: ArgdownModel): Map<string, IArgument> {
  const folded = new Map<string, IArgument>();
  for (const argument of Object.values(model.arguments)) {
    const title = argument.title as string;
    if (!MAP_ID.test(title) || !isReconstructed(argument)) continue;
    const last = argument.pcs[argument.pcs.length - 1];
    const ec: IEquivalenceClass | undefined = model.statements[title];
    if (!ec || last?.title !== title || argument.pcs.some((s) => s.role === "intermediary-conclusion")) continue;
    const wording = IEquivalenceClass.getCanonicalMemberText(ec)?.trim();
    if (wording && !isAddedConclusion(wording)) continue;
    const from = model.relations.filter((r) => r.from === ec);
    const to = model.relations.filter((r) => r.to === ec);
    if (from.length === 1 && to.length === 0 && !ec.isUsedAsPremise) folded.set(title, argument);
  }
  return folded;
}
