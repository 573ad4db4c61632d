import { describe, expect, it } from "vitest";
import { coveredSentences, splitSentences } from "./sentences";

describe("sentences of a text", () => {
  const text =
    "Europa moet zelf betalen. Amerika trekt zich\nterug uit Europa. Dat zegt de minister!\n\nEen kop\n\nIs dat zo? Ja, zegt Kees.\n";

  it("reads a single line break as a space, ends a sentence at a blank line, and keeps offsets into the original", () => {
    const sentences = splitSentences(text, "nl").map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual([
      "Europa moet zelf betalen.",
      "Amerika trekt zich\nterug uit Europa.",
      "Dat zegt de minister!",
      "Een kop",
      "Is dat zo?",
      "Ja, zegt Kees.",
    ]);
  });

  it("falls back to English for an unknown language tag, and skips segments without words", () => {
    expect(splitSentences("One. Two.\n\n—\n\n", "not a language!").map((s) => s.end - s.start)).toEqual([4, 4]);
  });

  it("counts a sentence covered when a span touches it", () => {
    const sentences = splitSentences(text, "nl");
    const start = text.indexOf("zich");
    expect(coveredSentences(sentences, [{ start, end: start + 4 }])).toBe(1);
    expect(coveredSentences(sentences, [{ start: 0, end: text.indexOf("Dat") + 1 }])).toBe(3);
    expect(coveredSentences(sentences, [])).toBe(0);
  });
});
