import { describe, expect, it } from "vitest";
import { ADDED_CONCLUSION, isAddedConclusion } from "./conclusions";

describe("the conclusions the Argdown export adds", () => {
  it("every form of every language is recognised, whatever the statement or inference", () => {
    for (const words of Object.values(ADDED_CONCLUSION)) {
      expect(isAddedConclusion(words.not("Europa moet zelf: nu"))).toBe(true);
      expect(isAddedConclusion(words.fails("i12"))).toBe(true);
      expect(isAddedConclusion(words.holds("i3"))).toBe(true);
    }
    expect(isAddedConclusion("De redenering  i3\ngaat op")).toBe(true);
  });

  it("other words are not an added conclusion", () => {
    for (const text of ["Nothing: is certain", "Niet:", "The inference is weak", "De redenering i3 gaat vaak op", "Not so"]) {
      expect(isAddedConclusion(text), text).toBe(false);
    }
  });
});
