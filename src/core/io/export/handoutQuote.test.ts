import { describe, expect, it } from "vitest";
import { spanWords } from "./handoutQuote";

describe("the words of a quoted span, as the handout sets them between its own quotation marks", () => {
  it("drops the text's quotation marks that enclose the whole span", () => {
    expect(spanWords('"Europa zit niet aan tafel, maar moet wel de lasten dragen."')).toBe(
      "Europa zit niet aan tafel, maar moet wel de lasten dragen.",
    );
    expect(spanWords("„Dat is geen realistische uitkomst”")).toBe("Dat is geen realistische uitkomst");
  });

  it("drops a mark whose partner lies outside the span", () => {
    expect(spanWords('"De wereld wordt ingericht op basis van allianties')).toBe("De wereld wordt ingericht op basis van allianties");
    expect(spanWords('Oekraïne is dan het land dat onder de bus wordt gegooid."')).toBe(
      "Oekraïne is dan het land dat onder de bus wordt gegooid.",
    );
  });

  it("turns a quotation inside the span into single quotes, at its start or its end too", () => {
    expect(spanWords('afspraken maken over "een geloofwaardige afschrikkingsmacht"')).toBe(
      "afspraken maken over ‘een geloofwaardige afschrikkingsmacht’",
    );
    expect(spanWords("“misschien niet mogelijk is” om een vredesovereenkomst te bereiken")).toBe(
      "‘misschien niet mogelijk is’ om een vredesovereenkomst te bereiken",
    );
    expect(spanWords("teams van Rusland en de Verenigde Staten „direct” zullen beginnen")).toBe(
      "teams van Rusland en de Verenigde Staten ‘direct’ zullen beginnen",
    );
  });

  it("keeps apostrophes and joins the lines", () => {
    expect(spanWords("als Trump weg is en z'n\n  Nobelprijs binnen heeft")).toBe("als Trump weg is en z'n Nobelprijs binnen heeft");
  });
});
