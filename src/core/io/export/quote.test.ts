import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quotedWords } from "./quote";

describe("quotedWords", () => {
  it("drops the marks the text put around a whole quotation, Dutch low-high quotes too", () => {
    expect(quotedWords("“Europa zit niet aan tafel”")).toBe("Europa zit niet aan tafel");
    expect(quotedWords("„We moeten de back-up van Amerika hebben”")).toBe("We moeten de back-up van Amerika hebben");
    expect(quotedWords('"Hiermee geeft Trump al dingen weg"')).toBe("Hiermee geeft Trump al dingen weg");
    expect(quotedWords("  “over\n   twee regels”  ")).toBe("over twee regels");
  });

  it("keeps a quotation that opens the span and closes inside it, and drops a mark left without its partner", () => {
    expect(quotedWords("“misschien niet mogelijk is” om een vredesovereenkomst te bereiken")).toBe(
      "“misschien niet mogelijk is” om een vredesovereenkomst te bereiken",
    );
    expect(quotedWords("Rubio zei “het is tijd”")).toBe("Rubio zei “het is tijd”");
    expect(quotedWords("“Europa zit niet aan tafel, maar")).toBe("Europa zit niet aan tafel, maar");
    expect(quotedWords("moet wel de lasten dragen.”")).toBe("moet wel de lasten dragen.");
    expect(quotedWords("“De VS zeggen “nee” tegen Kyiv”")).toBe("De VS zeggen “nee” tegen Kyiv");
    expect(quotedWords("'Vance ondermijnt NAVO'")).toBe("'Vance ondermijnt NAVO'");
  });

  it("never leaves a mark without its partner where the span had none, and changes a span without marks only in its spaces", () => {
    const mark = fc.constantFrom("“", "”", "„", "«", "»");
    const word = fc.stringMatching(/^[a-zë]{1,6}$/);
    const piece = fc.oneof(word, mark, fc.constant(" "));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const span = pieces.join("");
        const words = quotedWords(span);
        expect(span.replace(/\s+/g, " ")).toContain(words);
        // Dropping marks only ever drops whole pairs or marks that had no partner: no pair is broken.
        expect(unpairedMarks(words)).toBeLessThanOrEqual(unpairedMarks(span));
      }),
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (ws) => {
        expect(quotedWords(ws.join(" "))).toBe(ws.join(" "));
      }),
    );
  });
});

/** Curly quotation marks without a partner, paired innermost first. */
function unpairedMarks(text: string): number {
  let open = 0;
  let stray = 0;
  for (const ch of text) {
    if ("“„«".includes(ch)) open++;
    else if ("”»".includes(ch)) {
      if (open > 0) open--;
      else stray++;
    }
  }
  return open + stray;
}
