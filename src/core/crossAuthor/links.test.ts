import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readBundledWorkspace } from "../../../mapping/bundledWorkspace";
import { record, startHistory } from "../history";
import { undoAllThenRedoAll } from "../history/roundTrip";
import { type CrossAuthorFile, emptyCrossAuthorFile, LINK_RELATIONS } from "../model";
import { readCrossAuthorFile, serializeCrossAuthorFile } from "../schema";
import { addLink, brokenRefs, danglingRefs, ensureMapEntry, type KnownMaps, removeLink, renameMapFile, updateLink } from "./links";
import type { CrossEdit } from "./outcome";

const bundled = (): CrossAuthorFile => readBundledWorkspace().file;

const statements = (...ids: string[]) => ({ statements: ids.map((id) => ({ id })) });
const maps: KnownMaps = { a: statements("s1", "s2", "s3"), b: statements("s1", "s2"), c: statements("s1") };

function twoMaps(): CrossAuthorFile {
  return {
    ...emptyCrossAuthorFile(),
    maps: [
      { id: "a", file: "a.argmap.json" },
      { id: "b", file: "b.argmap.json" },
    ],
  };
}

function ok(edit: CrossEdit): CrossAuthorFile {
  if (!edit.ok) throw new Error(edit.problem);
  return edit.file;
}

describe("links between maps", () => {
  it("adds a link with the next free id and its note, and leaves the old file untouched", () => {
    const file = twoMaps();
    const result = addLink(
      file,
      { from: { map: "a", statement: "s1" }, to: { map: "b", statement: "s2" }, relation: "contradicts", note: " not both " },
      maps,
    );
    expect(result).toEqual({
      ok: true,
      created: ["l1"],
      file: {
        ...file,
        links: [
          { id: "l1", from: { map: "a", statement: "s1" }, to: { map: "b", statement: "s2" }, relation: "contradicts", note: "not both" },
        ],
      },
    });
    expect(file.links).toEqual([]);
  });

  it("refuses a link to an unknown map or statement, to itself, within one map, or twice between the same pair", () => {
    const file = twoMaps();
    const link = (from: [string, string], to: [string, string]) => ({
      from: { map: from[0], statement: from[1] },
      to: { map: to[0], statement: to[1] },
      relation: "same" as const,
    });
    expect(addLink(file, link(["a", "s1"], ["c", "s1"]), maps)).toEqual({ ok: false, problem: "unknown-map" });
    expect(addLink(file, link(["a", "s9"], ["b", "s1"]), maps)).toEqual({ ok: false, problem: "unknown-statement" });
    expect(addLink(file, link(["a", "s1"], ["a", "s1"]), maps)).toEqual({ ok: false, problem: "self-link" });
    expect(addLink(file, link(["a", "s1"], ["a", "s2"]), maps)).toEqual({ ok: false, problem: "same-map-link" });
    const once = ok(addLink(file, link(["a", "s1"], ["b", "s1"]), maps));
    expect(addLink(once, link(["b", "s1"], ["a", "s1"]), maps)).toEqual({ ok: false, problem: "duplicate-link" });
  });

  it("changes relation and note, removes an emptied note, and returns the same file when nothing changes", () => {
    const file = ok(addLink(twoMaps(), { from: { map: "a", statement: "s1" }, to: { map: "b", statement: "s1" }, relation: "same" }, maps));
    const changed = ok(updateLink(file, "l1", { relation: "attacks", note: "why" }));
    expect(changed.links[0]).toMatchObject({ relation: "attacks", note: "why" });
    expect(ok(updateLink(changed, "l1", { note: "" })).links[0]).not.toHaveProperty("note");
    expect(ok(updateLink(changed, "l1", { relation: "attacks" }))).toBe(changed);
    expect(updateLink(changed, "l9", { note: "x" })).toEqual({ ok: false, problem: "unknown-link" });
    expect(ok(removeLink(changed, "l1")).links).toEqual([]);
    expect(removeLink(changed, "l9")).toEqual({ ok: false, problem: "unknown-link" });
  });

  it("lists a map once: a known id is kept, the same file under another id is refused", () => {
    const file = twoMaps();
    expect(ok(ensureMapEntry(file, { id: "a", file: "other.argmap.json" }))).toBe(file);
    expect(ensureMapEntry(file, { id: "z", file: "a.argmap.json" })).toEqual({ ok: false, problem: "duplicate-map" });
    expect(ok(ensureMapEntry(file, { id: "c", file: "c.argmap.json", label: "C" })).maps[2]).toEqual({
      id: "c",
      file: "c.argmap.json",
      label: "C",
    });
  });

  it("keeps every link and position of a renamed map file, since they name the map by id", () => {
    const file = bundled();
    const renamed = ok(renameMapFile(file, "osinga-europa-niet-aan-tafel-2025-02.argmap.json", "archief/osinga.argmap.json"));
    expect(renamed.maps.find((m) => m.id === "osinga-europa")?.file).toBe("archief/osinga.argmap.json");
    expect(renamed.links).toBe(file.links);
    expect(renamed.issues).toBe(file.issues);
    expect(renameMapFile(file, "missing.argmap.json", "x.argmap.json")).toEqual({ ok: false, problem: "unknown-map" });
    expect(renameMapFile(file, "osinga-europa-niet-aan-tafel-2025-02.argmap.json", "trump-erft-oorlog-oekraine.argmap.json")).toEqual({
      ok: false,
      problem: "duplicate-map",
    });
  });
});

describe("references that would dangle", () => {
  it("finds in the bundled file every link and issue position that names a statement about to be deleted", () => {
    const file = bundled();
    const found = danglingRefs(file, "osinga-europa", ["s3"]);
    expect(found.links.map((l) => l.id).sort()).toEqual(
      file.links
        .filter((l) => [l.from, l.to].some((r) => r.map === "osinga-europa" && r.statement === "s3"))
        .map((l) => l.id)
        .sort(),
    );
    expect(found.links.map((l) => l.id)).toEqual(expect.arrayContaining(["l2", "l3"]));
    for (const p of found.positions) {
      expect(p.position.map).toBe("osinga-europa");
      expect(p.statements).toEqual(["s3"]);
    }
    expect(
      danglingRefs(file, "trump-erft-oorlog", ["s3"]).links.every(
        (l) => l.from.map !== "osinga-europa" || l.to.map === "trump-erft-oorlog",
      ),
    ).toBe(true);
    expect(danglingRefs(file, "osinga-europa", [])).toEqual({ links: [], positions: [] });
  });

  it("flags links and positions whose statement is no longer in its loaded map, and does not judge maps not loaded", () => {
    let file = ok(
      addLink(twoMaps(), { from: { map: "a", statement: "s3" }, to: { map: "b", statement: "s1" }, relation: "supports" }, maps),
    );
    file = { ...file, issues: [{ id: "i1", question: "Q?", positions: [{ map: "a", statements: ["s3", "s1"], stance: "pro" }] }] };
    const without = { a: statements("s1", "s2"), b: statements("s1") };
    const broken = brokenRefs(file, without);
    expect(broken.links.map((l) => l.id)).toEqual(["l1"]);
    expect(broken.positions.map((p) => p.statements)).toEqual([["s3"]]);
    expect(brokenRefs(file, { b: statements("s1") })).toEqual({ links: [], positions: [] });
  });
});

/** A random link edit, described by numbers so that fast-check can shrink a failing sequence. */
const operation = fc.oneof(
  fc.record({
    op: fc.constant("add" as const),
    a: fc.nat(),
    b: fc.nat(),
    relation: fc.constantFrom(...LINK_RELATIONS),
    note: fc.string({ maxLength: 8 }),
  }),
  fc.record({
    op: fc.constant("update" as const),
    pick: fc.nat(),
    relation: fc.option(fc.constantFrom(...LINK_RELATIONS), { nil: undefined }),
    note: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
  }),
  fc.record({ op: fc.constant("remove" as const), pick: fc.nat() }),
  fc.record({ op: fc.constant("map" as const), pick: fc.nat() }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

const refs = Object.entries(maps).flatMap(([map, m]) => m.statements.map((s) => ({ map, statement: s.id })));

function apply(file: CrossAuthorFile, o: Operation): CrossEdit {
  const link = (n: number) => file.links[n % Math.max(1, file.links.length)]?.id ?? "none";
  const ref = (n: number) => refs[n % refs.length] as (typeof refs)[number];
  switch (o.op) {
    case "add":
      return addLink(file, { from: ref(o.a), to: ref(o.b), relation: o.relation, note: o.note }, maps);
    case "update":
      return updateLink(file, link(o.pick), { relation: o.relation, note: o.note });
    case "remove":
      return removeLink(file, link(o.pick));
    case "map": {
      const id = ["a", "b", "c"][o.pick % 3] as string;
      return ensureMapEntry(file, { id, file: `${id}.argmap.json` });
    }
  }
}

describe("history of link edits", () => {
  it("undoing a random session returns the initial file, redoing returns the final one, and every file validates", () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (ops) => {
        const initial = twoMaps();
        let h = startHistory(initial);
        for (const o of ops) {
          const result = apply(h.present, o);
          if (!result.ok) continue;
          const read = readCrossAuthorFile(serializeCrossAuthorFile(result.file));
          expect(read.ok && read.value).toEqual(result.file);
          h = record(h, o.op, result.file);
        }
        const { undone, redone } = undoAllThenRedoAll(h);
        expect(undone).toEqual(initial);
        expect(redone).toEqual(h.present);
      }),
      { numRuns: 300 },
    );
  });
});
