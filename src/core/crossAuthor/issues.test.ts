import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { record, startHistory } from "../history";
import { undoAllThenRedoAll } from "../history/roundTrip";
import type { ArgumentMap, CrossAuthorFile } from "../model";
import { readCrossAuthorFile, readMap, serializeCrossAuthorFile } from "../schema";
import { addIssue, type IssueEdit, moveIssue, positionOf, removeIssue, removePosition, setPosition, updateIssue } from "./issues";

const mapsDir = join(import.meta.dirname, "../../../maps");

function bundledFile(): CrossAuthorFile {
  const read = readCrossAuthorFile(readFileSync(join(mapsDir, "workspace.argmap.json"), "utf8"));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

function bundledMap(file: CrossAuthorFile, id: string): ArgumentMap {
  const entry = file.maps.find((m) => m.id === id);
  if (!entry) throw new Error(id);
  const read = readMap(readFileSync(join(mapsDir, entry.file), "utf8"));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

function must(edit: IssueEdit): CrossAuthorFile {
  if (!edit.ok) throw new Error(edit.problem);
  return edit.file;
}

describe("issue edits", () => {
  it("adds an issue as a question with a fresh id from the ids of links and issues, and refuses an empty question", () => {
    const file = bundledFile();
    const added = addIssue(file, { question: "  Moet Oekraïne grondgebied opgeven?  ", note: " " });
    expect(added).toMatchObject({ ok: true, created: ["q10"] });
    const after = must(added);
    expect(after.issues.at(-1)).toEqual({ id: "q10", question: "Moet Oekraïne grondgebied opgeven?", positions: [] });
    expect(file.issues).toHaveLength(9);
    expect(addIssue(file, { question: "   " })).toEqual({ ok: false, problem: "empty-question" });
  });

  it("changes the question and note; an empty note is removed, an unknown issue is refused", () => {
    const file = bundledFile();
    const withNote = must(updateIssue(file, "q4", { note: "Zie ook q5" }));
    expect(withNote.issues[3]).toMatchObject({ id: "q4", question: "Is Rusland bereid tot vrede en compromissen?", note: "Zie ook q5" });
    const renamed = must(updateIssue(withNote, "q4", { question: "Wil Rusland vrede?", note: "" }));
    expect(renamed.issues[3]?.question).toBe("Wil Rusland vrede?");
    expect(renamed.issues[3]).not.toHaveProperty("note");
    expect(updateIssue(file, "q4", { question: "" })).toEqual({ ok: false, problem: "empty-question" });
    expect(updateIssue(file, "q99", { note: "x" })).toEqual({ ok: false, problem: "unknown-issue" });
  });

  it("reorders issues and refuses a place outside the list", () => {
    const file = bundledFile();
    const moved = must(moveIssue(file, "q9", 0));
    expect(moved.issues.map((i) => i.id)).toEqual(["q9", "q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8"]);
    expect(must(moveIssue(moved, "q9", 8)).issues.map((i) => i.id)).toEqual(file.issues.map((i) => i.id));
    expect(moveIssue(file, "q1", 9)).toEqual({ ok: false, problem: "bad-index" });
    expect(moveIssue(file, "q1", -1)).toEqual({ ok: false, problem: "bad-index" });
    expect(must(moveIssue(file, "q3", 2))).toBe(file);
  });

  it("sets an op-ed's position in the file's map order, replaces it on a second set, and removes it", () => {
    let file = must(addIssue(bundledFile(), { question: "Moet Oekraïne grondgebied opgeven?" }));
    const osinga = bundledMap(file, "osinga-europa");
    file = must(setPosition(file, "q10", { map: "osinga-europa", statements: ["s2", "s2"], stance: "contra", summary: " Nee " }, osinga));
    file = must(setPosition(file, "q10", { map: "trump-erft-oorlog", statements: [], stance: "mixed" }));
    const issue = file.issues.find((i) => i.id === "q10");
    if (!issue) throw new Error("q10");
    expect(issue.positions.map((p) => p.map)).toEqual(["trump-erft-oorlog", "osinga-europa"]);
    expect(positionOf(issue, "osinga-europa")).toEqual({ map: "osinga-europa", statements: ["s2"], stance: "contra", summary: "Nee" });
    file = must(setPosition(file, "q10", { map: "osinga-europa", statements: ["s3"], stance: "pro", note: "Later herzien" }, osinga));
    expect(file.issues.at(-1)?.positions[1]).toEqual({ map: "osinga-europa", statements: ["s3"], stance: "pro", note: "Later herzien" });
    file = must(removePosition(file, "q10", "osinga-europa"));
    expect(file.issues.at(-1)?.positions.map((p) => p.map)).toEqual(["trump-erft-oorlog"]);
  });

  it("refuses a position of an unknown map, a statement its map lacks, and removing a position that is not there", () => {
    const file = bundledFile();
    const osinga = bundledMap(file, "osinga-europa");
    expect(setPosition(file, "q1", { map: "nieuw", statements: [], stance: "pro" })).toEqual({ ok: false, problem: "unknown-map" });
    expect(setPosition(file, "q1", { map: "osinga-europa", statements: ["s999"], stance: "pro" }, osinga)).toEqual({
      ok: false,
      problem: "unknown-statement",
    });
    expect(setPosition(file, "q77", { map: "osinga-europa", statements: [], stance: "pro" })).toEqual({
      ok: false,
      problem: "unknown-issue",
    });
    const without = must(removePosition(file, "q8", "trump-belt-poetin"));
    expect(removePosition(without, "q8", "trump-belt-poetin")).toEqual({ ok: false, problem: "unknown-position" });
  });
});

/** A random issue edit, described by numbers so that fast-check can shrink a failing sequence. */
const operation = fc.oneof(
  fc.record({ op: fc.constant("add" as const), question: fc.string({ maxLength: 12 }), at: fc.nat(12) }),
  fc.record({ op: fc.constant("update" as const), pick: fc.nat(), question: fc.option(fc.string({ maxLength: 8 })), note: fc.string() }),
  fc.record({ op: fc.constant("remove" as const), pick: fc.nat() }),
  fc.record({ op: fc.constant("move" as const), pick: fc.nat(), to: fc.integer({ min: -1, max: 12 }) }),
  fc.record({
    op: fc.constant("set" as const),
    pick: fc.nat(),
    map: fc.nat(5),
    statements: fc.array(fc.nat(40), { maxLength: 3 }),
    stance: fc.constantFrom("pro", "contra", "mixed", "none", "maybe"),
    summary: fc.string({ maxLength: 10 }),
  }),
  fc.record({ op: fc.constant("unset" as const), pick: fc.nat(), map: fc.nat(5) }),
);

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

function apply(file: CrossAuthorFile, maps: Record<string, ArgumentMap>, o: Operation): IssueEdit {
  const issue = (n: number) => file.issues[n % Math.max(1, file.issues.length)]?.id ?? "none";
  // Index 5 is not a map of the file, to exercise the refusal.
  const mapId = (n: number) => file.maps[n]?.id ?? "unknown";
  switch (o.op) {
    case "add":
      return addIssue(file, { question: o.question }, o.at);
    case "update":
      return updateIssue(file, issue(o.pick), { question: o.question ?? undefined, note: o.note });
    case "remove":
      return removeIssue(file, issue(o.pick));
    case "move":
      return moveIssue(file, issue(o.pick), o.to);
    case "set": {
      const id = mapId(o.map);
      const input = { map: id, statements: o.statements.map((n) => `s${n}`), stance: o.stance as "pro", summary: o.summary };
      return setPosition(file, issue(o.pick), input, maps[id]);
    }
    case "unset":
      return removePosition(file, issue(o.pick), mapId(o.map));
  }
}

describe("issue edits and history", () => {
  it("undoing every step of a random session returns the bundled file, redoing returns the final one, and every file validates", () => {
    const initial = bundledFile();
    const maps = Object.fromEntries(initial.maps.map((m) => [m.id, bundledMap(initial, m.id)]));
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 30 }), (ops) => {
        let h = startHistory(initial);
        for (const o of ops) {
          const result = apply(h.present, maps, o);
          if (!result.ok) continue;
          const reread = readCrossAuthorFile(serializeCrossAuthorFile(result.file));
          expect(reread.ok ? [] : reread.error.problems).toEqual([]);
          h = record(h, o.op, result.file);
        }
        const { undone, redone } = undoAllThenRedoAll(h);
        expect(undone).toEqual(initial);
        expect(redone).toEqual(h.present);
      }),
      { numRuns: 200 },
    );
  });
});
