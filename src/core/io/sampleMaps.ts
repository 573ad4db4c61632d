import { findQuote } from "../anchor/quote";
import { addStatement } from "../commands/addStatement";
import { connect } from "../commands/connect";
import { addPremise } from "../commands/linkPremise";
import { moveNodes } from "../commands/moveNodes";
import type { Edit } from "../commands/outcome";
import { setCentral } from "../commands/setCentral";
import { updateStatement } from "../commands/updateStatement";
import { emptyMap } from "../model/build";
import type { Anchor, ArgumentMap } from "../model/map";

/** A short op-ed for the sample map to quote. */
export const SAMPLE_TEXT = [
  "Europe must build its own defence. The United States may not stay: Washington says so itself.",
  'A European army costs too much, critics say. "It costs less than a war," replies minister Jan de Vries.',
  "Prices [rose] 3.5% <fast> #1 *really* under_score // comment {x} @home: a_b.",
].join("\n");

/**
 * A map with every structure kind the model has, built only with core commands: a central claim, a single and a
 * linked support, a counterclaim and its rebuttal, undercuts of a support and of an attack, a linked attack, a
 * linked undercut, an implicit premise with a note and tags, a quoted speaker, positions, and wording full of
 * characters that formats treat as syntax. The import and export tests run over it.
 */
export function sampleMap(): ArgumentMap {
  let map = emptyMap("sample", { file: "sample.txt", title: "Europe must defend itself", author: "An Columnist", date: "2025-02" });
  const step = (edit: Edit): string => {
    if (!edit.ok) throw new Error(`sample map: ${edit.problem}`);
    map = edit.map;
    return edit.created[0] ?? "";
  };
  const quote = (words: string): Anchor[] => {
    const found = findQuote(SAMPLE_TEXT, words);
    if (!found.ok) throw new Error(`sample map: quote not found: ${words}`);
    return [found.anchor];
  };
  const s = (text: string, quoted?: string, speaker?: string) =>
    step(addStatement(map, { text, anchors: quoted ? quote(quoted) : [], speaker }));

  const claim = s("Europe must build its own defence", "Europe must build its own defence.");
  step(updateStatement(map, claim, { tags: ["thesis", "defence"] }));
  step(setCentral(map, claim));
  const usMayLeave = s("The US may not stay", "The United States may not stay");
  const washington = s("Washington says so itself", "Washington says so itself.");
  const ally = s("An ally that may leave cannot be the whole defence");
  step(updateStatement(map, ally, { note: "implicit: the author takes it for granted", tags: ["implicit"] }));
  const costs = s("A European army costs too much", "A European army costs too much, critics say.", "critics");
  const war = s("It costs less than a war", '"It costs less than a war,"', "Jan de Vries");
  const special = s("Prices [rose] 3.5% <fast> #1 *really* under_score // comment {x} @home: a_b.", "Prices [rose] 3.5%");
  const mayStay = s("The US has stayed for eighty years");
  const peace = s("Europe is at peace");
  const noThreat = s("No one threatens Europe");
  const words = s("Words of Washington are not policy");
  const elections = s("Elections change what Washington says");

  const support = step(connect(map, { kind: "support", premises: [usMayLeave], target: claim }));
  const linked = step(connect(map, { kind: "support", premises: [washington], target: claim }));
  step(addPremise(map, linked, ally));
  const counter = step(connect(map, { kind: "attack", premises: [costs], target: claim }));
  const rebuttal = step(connect(map, { kind: "attack", premises: [war], target: costs }));
  step(connect(map, { kind: "attack", premises: [mayStay], target: support }));
  step(connect(map, { kind: "attack", premises: [special], target: rebuttal }));
  const linkedAttack = step(connect(map, { kind: "attack", premises: [peace, noThreat], target: claim }));
  step(connect(map, { kind: "attack", premises: [words, elections], target: linked }));
  map = {
    ...map,
    inferences: map.inferences.map((i) => (i.id === linkedAttack ? { ...i, note: "together, not apart" } : i)),
  };
  step(moveNodes(map, { [claim]: { x: 0, y: 0 }, [counter]: { x: 120, y: 80 } }));
  return map;
}

/** The smallest map: one statement, no inference. */
export function singleStatementMap(): ArgumentMap {
  const edit = addStatement(emptyMap("single", { file: "single.txt" }), { text: "A lonely claim" });
  if (!edit.ok) throw new Error(edit.problem);
  return edit.map;
}

/**
 * The argument structure of a map in words, independent of ids and order: one line per inference, naming its
 * premises and target by their wording (an inference target by its own line). Round-trip tests compare these.
 */
export function structureOf(map: ArgumentMap): string[] {
  const texts = new Map(map.statements.map((s) => [s.id, s.text]));
  const inferences = new Map(map.inferences.map((i) => [i.id, i]));
  const line = (id: string, depth = 0): string => {
    const inference = inferences.get(id);
    if (!inference) return `"${texts.get(id) ?? id}"`;
    if (depth > map.inferences.length) return "(circular)";
    const premises = inference.premises.map((p) => `"${texts.get(p)}"`).sort();
    return `${inference.kind} from ${premises.join(" + ")} to ${line(inference.target, depth + 1)}`;
  };
  return map.inferences.map((i) => line(i.id)).sort();
}
