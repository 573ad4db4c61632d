import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkMap } from "../analysis";
import type { ArgumentMap } from "../model";
import { readMap } from "../schema";
import { reanchor, reanchorMap } from "./reanchor";
import { CONTEXT_LENGTH } from "./select";

const mapsDir = join(import.meta.dirname, "..", "..", "..", "maps");

/** A bundled op-ed: its map as the app reads it, and its source text. */
function bundled(name: string): { map: ArgumentMap; text: string } {
  const read = readMap(readFileSync(join(mapsDir, `${name}.argmap.json`), "utf8"));
  if (!read.ok) throw new Error(`${name}: ${read.error.message}`);
  return { map: read.value, text: readFileSync(join(mapsDir, read.value.source.file), "utf8") };
}

const OP_EDS = readdirSync(mapsDir)
  .filter((f) => f.endsWith(".argmap.json") && f !== "workspace.argmap.json")
  .map((f) => f.replace(/\.argmap\.json$/, ""));

const NEW_PARAGRAPH = "Naschrift van de redactie: dit stuk verscheen eerder in een kortere versie.\n\n";

/** Every anchor of the map with the statement it belongs to, in map order. */
function anchorsOf(map: ArgumentMap) {
  return map.statements.flatMap((s) => s.anchors.map((anchor, index) => ({ statement: s.id, index, anchor })));
}

describe("re-anchoring a bundled op-ed after its text was edited", () => {
  it.each(OP_EDS)("%s: a paragraph inserted at the top moves every span by its length and loses none", (name) => {
    const { map, text } = bundled(name);
    const edited = NEW_PARAGRAPH + text;
    const result = reanchorMap(map, edited);
    expect(result.lost).toEqual([]);
    const before = anchorsOf(map);
    const after = anchorsOf(result.map);
    expect(after).toHaveLength(before.length);
    expect(result.changed).toBe(before.length);
    for (const [k, { anchor }] of before.entries()) {
      const moved = after[k]?.anchor;
      expect(moved?.start).toBe(anchor.start + NEW_PARAGRAPH.length);
      expect(moved && edited.slice(moved.start, moved.end)).toBe(anchor.exact);
    }
    expect(checkMap(result.map, edited).filter((f) => f.kind === "stale-anchor")).toEqual([]);
  });

  it("a paragraph at the top and a word changed inside one span: the other spans are re-found, the broken one is listed and kept", () => {
    const { map, text } = bundled("trump-belt-poetin-commentaar-2025-02");
    const broken = map.statements.find((s) => s.id === "s23");
    expect(broken?.anchors.map((a) => a.exact)).toEqual(["Die tijd is voorbij."]);
    const edited = NEW_PARAGRAPH + text.replace("Die tijd is voorbij.", "Die tijd is aangebroken.");
    expect(edited.length).not.toBe(text.length);

    const result = reanchorMap(map, edited);

    expect(result.lost).toEqual([{ statement: "s23", anchor: broken?.anchors[0] }]);
    for (const { statement, anchor } of anchorsOf(result.map)) {
      if (statement === "s23") continue;
      expect(edited.slice(anchor.start, anchor.end), statement).toBe(anchor.exact);
    }
    const others = anchorsOf(map).filter((a) => a.statement !== "s23");
    expect(result.changed).toBe(others.length);
    for (const { statement, index, anchor } of others) {
      const found = result.map.statements.find((s) => s.id === statement)?.anchors[index];
      expect(found?.exact, statement).toBe(anchor.exact);
    }
    // Never dropped: the statement keeps its span, and the checks panel lists it as stale for the user to re-attach.
    expect(result.map.statements.find((s) => s.id === "s23")?.anchors).toEqual(broken?.anchors);
    expect(checkMap(result.map, edited).filter((f) => f.kind === "stale-anchor")).toEqual([{ kind: "stale-anchor", statement: "s23" }]);
  });

  it("a word changed inside a long span is re-found approximately, on the new words", () => {
    const { map, text } = bundled("trump-belt-poetin-commentaar-2025-02");
    const anchor = map.statements.find((s) => s.id === "s2")?.anchors[0];
    if (!anchor) throw new Error("s2 has no span");
    expect(anchor.exact).toBe("Gebrek aan snelheid kan Trump niet worden verweten");
    const edited = NEW_PARAGRAPH + text.replace("Gebrek aan snelheid", "Gebrek aan vaart");
    const found = reanchor(edited, anchor);
    expect(found.fate).toBe("fuzzy");
    expect(found.anchor.exact).toBe("Gebrek aan vaart kan Trump niet worden verweten");
  });
});

describe("re-anchoring after random edits elsewhere in a bundled op-ed (property)", () => {
  it.each(["mousavi-europese-troepenmacht-oekraine", "trump-erft-oorlog-oekraine"])(
    "%s: every span stays on its quote, at its old place shifted by the edits before it",
    (name) => {
      const { map, text } = bundled(name);
      const spans = anchorsOf(map);
      // An edit may not touch a span nor the context its selector keeps on either side.
      const touches = (at: number) => spans.some(({ anchor }) => at >= anchor.start - CONTEXT_LENGTH && at <= anchor.end + CONTEXT_LENGTH);
      const free = [...Array(text.length + 1).keys()].filter((at) => !touches(at));
      const edit = fc.record({ pick: fc.nat(), remove: fc.nat({ max: 40 }), insert: fc.string({ maxLength: 80 }) });
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
          // Applied from the end of the text to its start, so every offset still refers to the original text.
          const placed = edits.map((e) => ({ ...e, at: free[e.pick % free.length] as number })).sort((a, b) => b.at - a.at);
          let edited = text;
          let before = text.length + 1;
          const done: { at: number; shift: number }[] = [];
          for (const e of placed) {
            let remove = 0;
            while (remove < e.remove && e.at + remove < before - 1 && !touches(e.at + remove + 1)) remove++;
            if (e.at >= before) continue;
            edited = edited.slice(0, e.at) + e.insert + edited.slice(e.at + remove);
            done.push({ at: e.at, shift: e.insert.length - Math.min(remove, text.length - e.at) });
            before = e.at;
          }
          expect(done.length).toBeGreaterThan(0);
          const result = reanchorMap(map, edited);
          expect(result.lost).toEqual([]);
          const after = anchorsOf(result.map);
          for (const [k, { anchor }] of spans.entries()) {
            const shift = done.filter((d) => d.at < anchor.start).reduce((sum, d) => sum + d.shift, 0);
            const moved = after[k]?.anchor;
            expect(moved?.start).toBe(anchor.start + shift);
            expect(moved && edited.slice(moved.start, moved.end)).toBe(anchor.exact);
          }
        }),
        { numRuns: 60 },
      );
    },
  );
});
