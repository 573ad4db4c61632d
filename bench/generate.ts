import { createHash } from "node:crypto";
import {
  type ArgumentMap,
  anchorAt,
  type Inference,
  JUNCTION_SIZE,
  MAP_FORMAT,
  MAP_VERSION,
  NODE_WIDTH,
  type Position,
  type Statement,
  statementSize,
} from "../src/core";
import { aside, claimSentence, paraphrase, randomSource, speakerFor } from "./wording";

/** A generated source text and its map, as they would sit side by side in a workspace. */
export interface GeneratedDocument {
  textFile: string;
  mapFile: string;
  text: string;
  map: ArgumentMap;
}

/** Shares of the kinds of step, close to the bundled maps: mostly reasons, some objections and their answers. */
const ATTACK_SHARE = 0.22;
const UNDERCUT_SHARE = 0.06;
const LINKED_SHARE = 0.18;
const IMPLICIT_SHARE = 0.08;
const QUOTED_SHARE = 0.2;

interface Draft {
  statements: Statement[];
  inferences: Inference[];
  sentences: Map<string, string>;
}

/**
 * A map of `size` statements grown as a tree from one central claim: each statement gets one to three steps
 * below it (supports with one or two linked premises, attacks, and undercuts of a support), breadth first, the
 * way an analyst works down an op-ed. Every statement but the implicit ones is anchored to its sentence in a
 * generated Dutch text; positions come from a simple layered tree placement, so opening needs no layout.
 */
export function generateDocument(size: number, seed = size): GeneratedDocument {
  const random = randomSource(seed);
  const draft = growTree(size, random);
  const { text, spans } = writeText(draft, random);
  const statements = draft.statements.map((s) => {
    const span = spans.get(s.id);
    return span ? { ...s, anchors: [anchorAt(text, span.start, span.end)] } : s;
  });
  const name = `generated-${size}`;
  const map: ArgumentMap = {
    format: MAP_FORMAT,
    version: MAP_VERSION,
    id: name,
    source: {
      file: `${name}.txt`,
      sha256: createHash("sha256").update(text, "utf8").digest("hex"),
      title: `Gegenereerde kaart van ${size} uitspraken`,
      author: "Benchmark",
      language: "nl",
    },
    statements,
    inferences: draft.inferences,
    layout: {},
  };
  return { textFile: `${name}.txt`, mapFile: `${name}.argmap.json`, text, map: { ...map, layout: treeLayout(map) } };
}

function growTree(size: number, random: () => number): Draft {
  const draft: Draft = { statements: [], inferences: [], sentences: new Map() };
  const addStatement = (): string => {
    const id = `s${draft.statements.length + 1}`;
    const sentence = claimSentence(random);
    const statement: Statement = { id, text: paraphrase(sentence), anchors: [] };
    if (random() < QUOTED_SHARE) statement.speaker = speakerFor(random);
    if (random() < 0.1) statement.tags = [random() < 0.5 ? "feit" : "waardeoordeel"];
    if (random() < 0.05) statement.note = "Impliciet in de tekst; de auteur gaat ervan uit dat de lezer dit aanneemt.";
    draft.statements.push(statement);
    if (random() >= IMPLICIT_SHARE || id === "s1") draft.sentences.set(id, sentence);
    return id;
  };
  const central = addStatement();
  (draft.statements[0] as Statement).central = true;
  const open = [central];
  const supportsOf = new Map<string, Inference[]>();
  while (draft.statements.length < size) {
    const conclusion = open.shift() ?? central;
    const steps = conclusion === central ? 4 : 1 + Math.floor(random() * 2.2);
    for (let k = 0; k < steps && draft.statements.length < size; k++) {
      const roll = random();
      const supports = supportsOf.get(conclusion) ?? [];
      const undercut = roll < UNDERCUT_SHARE && supports.length > 0;
      const kind = undercut || roll < UNDERCUT_SHARE + ATTACK_SHARE ? "attack" : "support";
      const linked = kind === "support" && random() < LINKED_SHARE && draft.statements.length + 2 <= size;
      const premises = linked ? [addStatement(), addStatement()] : [addStatement()];
      const target = undercut ? (supports[supports.length - 1] as Inference).id : conclusion;
      const inference: Inference = { id: `i${draft.inferences.length + 1}`, kind, premises, target };
      draft.inferences.push(inference);
      if (kind === "support") supportsOf.set(conclusion, [...supports, inference]);
      open.push(...premises);
    }
  }
  return draft;
}

/** The op-ed: the anchored sentences in map order, with asides between them and a paragraph every few sentences. */
function writeText(draft: Draft, random: () => number): { text: string; spans: Map<string, { start: number; end: number }> } {
  const spans = new Map<string, { start: number; end: number }>();
  let text = `${draft.statements.length} uitspraken over Oekraïne en de Amerikaanse diplomatie\n\n`;
  let inParagraph = 0;
  for (const statement of draft.statements) {
    const sentence = draft.sentences.get(statement.id);
    if (!sentence) continue;
    if (inParagraph > 0) text += " ";
    if (statement.speaker) {
      text += `${statement.speaker}: "`;
      spans.set(statement.id, { start: text.length, end: text.length + sentence.length });
      text += `${sentence}"`;
    } else {
      spans.set(statement.id, { start: text.length, end: text.length + sentence.length });
      text += sentence;
    }
    if (random() < 0.3) text += ` ${aside(random)}`;
    inParagraph++;
    if (inParagraph >= 3 + Math.floor(random() * 4)) {
      text += "\n\n";
      inParagraph = 0;
    }
  }
  return { text: `${text.trimEnd()}\n`, spans };
}

const GAP_X = 28;
const GAP_Y = 36;

/**
 * Layered tree placement: each inference's junction under its conclusion, its premises side by side under the
 * junction, undercuts beside the premises. Close enough to what ELK makes for the canvas to draw the same
 * amount, and linear in the size of the map, so every size opens without a layout step.
 */
export function treeLayout(map: ArgumentMap): Record<string, Position> {
  const below = new Map<string, Inference[]>();
  for (const inference of map.inferences) below.set(inference.target, [...(below.get(inference.target) ?? []), inference]);
  const heights = new Map(map.statements.map((s) => [s.id, statementSize(s.text).height]));
  const widths = new Map<string, number>();
  const inferences = new Map(map.inferences.map((i) => [i.id, i]));
  const childrenOf = (id: string): string[] => {
    const inference = inferences.get(id);
    const steps = (below.get(id) ?? []).map((i) => i.id);
    return inference ? [...inference.premises, ...steps] : steps;
  };
  const children = new Map<string, string[]>();
  const measure = (id: string): number => {
    const own = heights.has(id) ? NODE_WIDTH : JUNCTION_SIZE;
    const kids = children.get(id) ?? childrenOf(id);
    children.set(id, kids);
    const sum = kids.reduce((w, kid) => w + measure(kid), 0) + GAP_X * Math.max(0, kids.length - 1);
    const width = Math.max(own + GAP_X, sum);
    widths.set(id, width);
    return width;
  };
  const layout: Record<string, Position> = {};
  const place = (id: string, left: number, top: number): void => {
    const own = heights.has(id) ? NODE_WIDTH : JUNCTION_SIZE;
    const width = widths.get(id) ?? own;
    layout[id] = { x: Math.round(left + (width - own) / 2), y: top };
    const kidsTop = top + (heights.get(id) ?? JUNCTION_SIZE) + GAP_Y;
    const kids = children.get(id) ?? [];
    const sum = kids.reduce((w, kid) => w + (widths.get(kid) ?? 0), 0) + GAP_X * Math.max(0, kids.length - 1);
    let x = left + (width - sum) / 2;
    for (const kid of kids) {
      place(kid, x, kidsTop);
      x += (widths.get(kid) ?? 0) + GAP_X;
    }
  };
  const premises = new Set(map.inferences.flatMap((i) => i.premises));
  const roots = map.statements.filter((s) => !premises.has(s.id));
  let left = 0;
  for (const root of roots) {
    measure(root.id);
    place(root.id, left, 0);
    left += (widths.get(root.id) ?? NODE_WIDTH) + 60;
  }
  return layout;
}
