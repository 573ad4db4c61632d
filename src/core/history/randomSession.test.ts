import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anchorAt } from "../anchor";
import {
  addAnchor,
  addPremise,
  addStatement,
  applyLayout,
  connect,
  copyFragment,
  deleteElements,
  type Edit,
  moveNodes,
  pasteFragment,
  removeAnchor,
  removePremise,
  setCentral,
  setInferenceKind,
  updateStatement,
} from "../commands";
import { type ArgumentMap, emptyMap } from "../model";
import { readMap, serializeMap } from "../schema";
import { closeGesture, type History, record, startHistory } from "./history";
import { undoAllThenRedoAll } from "./roundTrip";

const SOURCE = "mousavi-europese-troepenmacht-oekraine.txt";
const TEXT = readFileSync(join(import.meta.dirname, "..", "..", "..", "maps", SOURCE), "utf8");

/**
 * One user action, described by numbers so that fast-check can shrink a failing session to a short one.
 * `pick` numbers choose among the statements or inferences present at that moment (modulo their count).
 */
const span = fc.record({ at: fc.nat({ max: TEXT.length - 1 }), length: fc.integer({ min: 0, max: 120 }) });
const words = fc.string({ maxLength: 14 });
const coordinate = fc.double({ min: -5000, max: 5000, noNaN: true });
const action = fc.oneof(
  fc.record({
    op: fc.constant("addStatement" as const),
    text: words,
    spans: fc.array(span, { maxLength: 2 }),
    speaker: words,
    central: fc.boolean(),
  }),
  fc.record({
    op: fc.constant("updateStatement" as const),
    pick: fc.nat(),
    text: fc.option(words, { nil: undefined }),
    speaker: fc.option(words, { nil: undefined }),
    tags: fc.option(fc.array(words, { maxLength: 3 }), { nil: undefined }),
    note: fc.option(words, { nil: undefined }),
  }),
  fc.record({ op: fc.constant("setCentral" as const), pick: fc.nat(), clear: fc.boolean() }),
  fc.record({ op: fc.constant("addAnchor" as const), pick: fc.nat(), span }),
  fc.record({ op: fc.constant("removeAnchor" as const), pick: fc.nat(), index: fc.nat({ max: 3 }) }),
  fc.record({
    op: fc.constant("connect" as const),
    premises: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    target: fc.nat(),
    attack: fc.boolean(),
  }),
  fc.record({ op: fc.constant("undercut" as const), premise: fc.nat(), target: fc.nat() }),
  fc.record({ op: fc.constant("addPremise" as const), inference: fc.nat(), statement: fc.nat() }),
  fc.record({ op: fc.constant("removePremise" as const), inference: fc.nat(), index: fc.nat() }),
  fc.record({ op: fc.constant("setInferenceKind" as const), inference: fc.nat(), attack: fc.boolean() }),
  fc.record({
    op: fc.constant("deleteElements" as const),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    inferences: fc.boolean(),
  }),
  fc.record({
    op: fc.constant("moveNodes" as const),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    x: coordinate,
    y: coordinate,
  }),
  fc.record({ op: fc.constant("applyLayout" as const), x: coordinate, y: coordinate, unpin: fc.boolean() }),
  fc.record({
    op: fc.constant("pasteFragment" as const),
    picks: fc.array(fc.nat(), { maxLength: 4 }),
    otherText: fc.boolean(),
    dx: coordinate,
  }),
);

type Action = typeof action extends fc.Arbitrary<infer T> ? T : never;

/** One gesture of typing or dragging folds into one step; other actions are steps of their own. */
const step = fc.record({ action, gesture: fc.constantFrom(undefined, "wording:s1", "drag"), endGesture: fc.boolean() });
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function pickFrom<T>(items: readonly T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

function perform(map: ArgumentMap, a: Action): Edit {
  const statement = (n: number) => pickFrom(map.statements, n)?.id ?? "s-none";
  const inference = (n: number) => pickFrom(map.inferences, n)?.id ?? "i-none";
  const anchorOf = (s: { at: number; length: number }) => anchorAt(TEXT, s.at, s.at + s.length);
  switch (a.op) {
    case "addStatement":
      return addStatement(map, { text: a.text, anchors: a.spans.map(anchorOf), speaker: a.speaker, central: a.central });
    case "updateStatement": {
      const patch = Object.fromEntries(
        Object.entries({ text: a.text, speaker: a.speaker, tags: a.tags, note: a.note }).filter(([, v]) => v !== undefined),
      );
      return updateStatement(map, statement(a.pick), patch);
    }
    case "setCentral":
      return setCentral(map, a.clear ? undefined : statement(a.pick));
    case "addAnchor":
      return addAnchor(map, statement(a.pick), anchorOf(a.span));
    case "removeAnchor":
      return removeAnchor(map, statement(a.pick), a.index);
    case "connect":
      return connect(map, { kind: a.attack ? "attack" : "support", premises: a.premises.map(statement), target: statement(a.target) });
    case "undercut":
      return connect(map, { kind: "attack", premises: [statement(a.premise)], target: inference(a.target) });
    case "addPremise":
      return addPremise(map, inference(a.inference), statement(a.statement));
    case "removePremise": {
      const inf = pickFrom(map.inferences, a.inference);
      return removePremise(map, inf?.id ?? "i-none", pickFrom(inf?.premises ?? [], a.index) ?? "s-none");
    }
    case "setInferenceKind":
      return setInferenceKind(map, inference(a.inference), a.attack ? "attack" : "support");
    case "deleteElements":
      return deleteElements(map, a.picks.map(a.inferences ? inference : statement));
    case "moveNodes":
      return moveNodes(map, Object.fromEntries(a.picks.map((n, k) => [k % 2 ? inference(n) : statement(n), { x: a.x, y: a.y }])));
    case "applyLayout": {
      const ids = [...map.statements.map((s) => s.id), ...map.inferences.map((i) => i.id), "gone-meanwhile"];
      return applyLayout(map, Object.fromEntries(ids.map((id, k) => [id, { x: a.x + k * 10, y: a.y }])), a.unpin);
    }
    case "pasteFragment": {
      const fragment = copyFragment(map, a.picks.map(statement));
      return pasteFragment(map, a.otherText ? { ...fragment, sourceFile: "other.txt" } : fragment, { x: a.dx, y: 40 });
    }
  }
}

/** Valid as a file: what is written can be read back, and reads back as the same map. */
function expectWritable(map: ArgumentMap): void {
  const read = readMap(serializeMap(map));
  if (!read.ok) throw new Error(`${read.error.message} in ${JSON.stringify(map)}`);
  expect(read.value).toEqual(map);
}

function runSession(initial: ArgumentMap, steps: Step[]): { history: History<ArgumentMap>; applied: number } {
  let history = startHistory(initial);
  let applied = 0;
  for (const { action: a, gesture, endGesture } of steps) {
    const result = perform(history.present, a);
    if (result.ok) {
      expectWritable(result.map);
      history = record(history, a.op, result.map, gesture);
      applied++;
    }
    if (endGesture) history = closeGesture(history);
  }
  return { history, applied };
}

describe("a random editing session", () => {
  it("undone fully returns the initial map, redone returns the final one, and every map on the way is a valid file", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(step, { maxLength: 45 }), (fromEmpty, steps) => {
        const initial = fromEmpty ? emptyMap("m", { file: SOURCE }) : seedMap();
        const { history } = runSession(initial, steps);
        const { undone, redone } = undoAllThenRedoAll(history, expectWritable);
        expect(undone).toEqual(initial);
        expect(redone).toEqual(history.present);
      }),
      { numRuns: 250 },
    );
  });

  it("exercises every command: a session of each kind of action changes the map", () => {
    // Guards the property above against a generator that silently refuses everything.
    const counts = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 45 }), (steps) => {
        let map = seedMap();
        for (const { action: a } of steps) {
          const result = perform(map, a);
          if (result.ok && result.map !== map) {
            counts.set(a.op, (counts.get(a.op) ?? 0) + 1);
            map = result.map;
          }
        }
      }),
      { numRuns: 100 },
    );
    expect([...counts.keys()].sort()).toEqual(
      [
        "addAnchor",
        "addPremise",
        "addStatement",
        "applyLayout",
        "connect",
        "deleteElements",
        "moveNodes",
        "pasteFragment",
        "removeAnchor",
        "removePremise",
        "setCentral",
        "setInferenceKind",
        "undercut",
        "updateStatement",
      ].sort(),
    );
  });
});

/** A small map with a thesis, a linked argument, a counterclaim, a rebuttal and an undercut to start from. */
function seedMap(): ArgumentMap {
  let m = emptyMap("seed", { file: SOURCE });
  const must = (edit: Edit) => {
    if (!edit.ok) throw new Error(edit.problem);
    m = edit.map;
  };
  const at = (words: string) => {
    const start = TEXT.indexOf(words);
    return [anchorAt(TEXT, start, start + words.length)];
  };
  must(addStatement(m, { text: "Europa moet een eigen concept ontwikkelen", anchors: at("Conclusie:"), central: true }));
  must(addStatement(m, { text: "Amerikaanse bemiddeling brengt geen vrede", anchors: at("Amerikaanse bemiddeling brengt dat") }));
  must(addStatement(m, { text: "Een impliciete premisse" }));
  must(addStatement(m, { text: "Rubio bemiddelt wel", anchors: at("Marco Rubio") }));
  must(addStatement(m, { text: "Hij wordt niet gehoord" }));
  must(connect(m, { kind: "support", premises: ["s2", "s3"], target: "s1" }));
  must(connect(m, { kind: "attack", premises: ["s4"], target: "s1" }));
  must(connect(m, { kind: "attack", premises: ["s5"], target: "s4" }));
  must(connect(m, { kind: "attack", premises: ["s5"], target: "i1" }));
  must(moveNodes(m, { s1: { x: 0, y: 0 }, i1: { x: 10, y: 80 } }));
  return m;
}
