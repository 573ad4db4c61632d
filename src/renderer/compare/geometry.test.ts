import { describe, expect, it } from "vitest";
import type { CrossLink } from "../../core";
import { type Box, type Column, curve, linkGeometry } from "./geometry";

const key = (r: { map: string; statement: string }) => `${r.map}|${r.statement}`;
const link: CrossLink = { id: "l1", from: { map: "b", statement: "s1" }, to: { map: "a", statement: "s2" }, relation: "contradicts" };
const columns = new Map<string, Column>([
  ["a", { index: 0, box: { x: 0, y: 0, width: 500, height: 800 } }],
  ["b", { index: 1, box: { x: 560, y: 0, width: 500, height: 800 } }],
]);

describe("where a link is drawn", () => {
  it("joins the facing sides of the two statements, whichever map the link starts in", () => {
    const nodes = new Map<string, Box>([
      ["b|s1", { x: 700, y: 100, width: 240, height: 60 }],
      ["a|s2", { x: 100, y: 300, width: 240, height: 80 }],
    ]);
    const g = linkGeometry(link, columns, nodes, key);
    expect(g?.from).toEqual({ x: 700, y: 130, hidden: false });
    expect(g?.to).toEqual({ x: 340, y: 340, hidden: false });
    expect(g?.path.startsWith("M 700 130 C")).toBe(true);
  });

  it("holds the end of a statement scrolled out of its column at the column's edge, marked hidden", () => {
    const nodes = new Map<string, Box>([
      ["b|s1", { x: 1200, y: -300, width: 240, height: 60 }],
      ["a|s2", { x: 100, y: 300, width: 240, height: 80 }],
    ]);
    const g = linkGeometry(link, columns, nodes, key);
    expect(g?.from).toEqual({ x: 1060, y: 0, hidden: true });
    expect(g?.to.hidden).toBe(false);
  });

  it("counts the columns a link passes over: none between neighbours, one from the first column to the third", () => {
    const three = new Map<string, Column>([...columns, ["c", { index: 2, box: { x: 1120, y: 0, width: 500, height: 800 } }]]);
    const nodes = new Map<string, Box>([
      ["a|s2", { x: 100, y: 300, width: 240, height: 80 }],
      ["b|s1", { x: 700, y: 100, width: 240, height: 60 }],
      ["c|s3", { x: 1300, y: 200, width: 240, height: 60 }],
    ]);
    expect(linkGeometry(link, three, nodes, key)?.across).toBe(0);
    const over = linkGeometry({ ...link, from: { map: "c", statement: "s3" } }, three, nodes, key);
    expect(over?.across).toBe(1);
    expect(over?.to).toEqual({ x: 340, y: 340, hidden: false });
  });

  it("draws nothing for a map that is not shown or a statement that has no box", () => {
    const nodes = new Map<string, Box>([["a|s2", { x: 100, y: 300, width: 240, height: 80 }]]);
    expect(linkGeometry(link, columns, nodes, key)).toBeNull();
    expect(linkGeometry({ ...link, from: { map: "c", statement: "s1" } }, columns, nodes, key)).toBeNull();
  });

  it("bends a curve out horizontally from both ends", () => {
    expect(curve({ x: 0, y: 0 }, { x: 200, y: 50 })).toBe("M 0 0 C 100 0, 100 50, 200 50");
    expect(curve({ x: 200, y: 0 }, { x: 180, y: 50 })).toBe("M 200 0 C 160 0, 220 50, 180 50");
  });
});
