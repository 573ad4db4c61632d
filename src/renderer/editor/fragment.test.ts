import { describe, expect, it } from "vitest";
import osingaFile from "../../../maps/osinga-europa-niet-aan-tafel-2025-02.argmap.json?raw";
import { type ArgumentMap, copyFragment, readMap } from "../../core";
import { fragmentText, keepsAnchors, PASTE_STEP, parseFragment, pasteOffset } from "./fragment";
import { sampleMapRead } from "./testing";

function load(text: string): ArgumentMap {
  const read = readMap(text);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

const trump = sampleMapRead();
const osinga = load(osingaFile);

describe("a copied fragment on the clipboard", () => {
  it("survives the trip through clipboard text unchanged", () => {
    const fragment = copyFragment(trump, ["s1", "s2", "s3"]);
    expect(parseFragment(fragmentText(fragment))).toEqual(fragment);
  });

  it("is refused when the text is not a fragment or breaks the map rules", () => {
    expect(parseFragment("Poetin")).toBeUndefined();
    expect(parseFragment('{"kind":"argumap-fragment"')).toBeUndefined();
    const fragment = copyFragment(trump, ["s1", "s2"]);
    const broken = { ...fragment, statements: [{ ...fragment.statements[0], anchors: "none" }] };
    expect(parseFragment(JSON.stringify(broken))).toBeUndefined();
  });

  it("keeps its spans only in a map of the same text", () => {
    const fragment = copyFragment(trump, ["s1"]);
    expect(keepsAnchors(fragment, trump)).toBe(true);
    expect(keepsAnchors(fragment, osinga)).toBe(false);
  });
});

describe("where pasted boxes go", () => {
  it("into the map they came from: one step further down and right with every paste", () => {
    const fragment = copyFragment(trump, ["s1", "s2"]);
    expect(pasteOffset(fragment, trump, 1, { x: 5000, y: 5000 })).toEqual({ x: PASTE_STEP, y: PASTE_STEP });
    expect(pasteOffset(fragment, trump, 2, undefined)).toEqual({ x: 2 * PASTE_STEP, y: 2 * PASTE_STEP });
  });

  it("into another map: centred on the middle of the view", () => {
    const fragment = copyFragment(trump, ["s1", "s2"]);
    const offset = pasteOffset(fragment, osinga, 1, { x: 1000, y: 800 });
    const moved = Object.values(fragment.layout).map((p) => ({ x: p.x + offset.x, y: p.y + offset.y }));
    const xs = moved.map((p) => p.x);
    const ys = moved.map((p) => p.y);
    expect(Math.min(...xs)).toBeLessThan(1000);
    expect(Math.max(...xs)).toBeGreaterThan(700);
    expect((Math.min(...ys) + Math.max(...ys)) / 2).toBeCloseTo(800, -1);
  });

  it("into another map without a view (outline): to the right of everything there", () => {
    const fragment = copyFragment(trump, ["s1", "s2"]);
    const offset = pasteOffset(fragment, osinga, 1, undefined);
    const right = Math.max(...Object.values(osinga.layout).map((p) => p.x));
    for (const p of Object.values(fragment.layout)) expect(p.x + offset.x).toBeGreaterThan(right);
  });
});
