import { describe, expect, it } from "vitest";
import { LINE_HEIGHT, NODE_PADDING, NODE_WIDTH, statementSize, textWidth, wrapText } from "./measure";

describe("measuring statements", () => {
  it("wraps Dutch wording into lines that fit the box, keeping every word", () => {
    const text = "Europese regeringsleiders moeten hoe dan ook stilgestaan hebben bij de vraag of Oekraïne zonder Amerikaanse steun kan";
    const lines = wrapText(text, NODE_WIDTH - 2 * NODE_PADDING - 4);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(NODE_WIDTH - 2 * NODE_PADDING - 4);
    expect(lines.join(" ")).toBe(text);
  });

  it("breaks a word longer than a line", () => {
    const lines = wrapText("Verantwoordelijkheidsgevoelloosheidsverklaringsformulieren", 100);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(100);
  });

  it("counts a character it has no width for as wide, so a box errs on the tall side", () => {
    expect(textWidth("Ω")).toBeGreaterThan(textWidth("o"));
    expect(textWidth("ë")).toBe(textWidth("e"));
  });

  it("grows a box by a line height per line, and gives the central claim's thicker border room", () => {
    const one = statementSize("Kort");
    const long = statementSize("Een langere bewering die zeker over meer dan één regel in het vak moet lopen, zo lang is ze");
    expect((long.height - one.height) % LINE_HEIGHT).toBe(0);
    expect(long.height).toBeGreaterThan(one.height);
    expect(statementSize("Kort", true).height).toBe(one.height + 2);
    expect(statementSize("").height).toBe(one.height);
  });
});
