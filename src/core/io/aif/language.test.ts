import { describe, expect, it } from "vitest";
import { importAif } from ".";
import { guessLanguage } from "./language";
import { aifdb } from "./testAif";

describe("guessLanguage", () => {
  it("tells Dutch from English by their stop words", () => {
    expect(guessLanguage("Het is de vraag of Europa dat wil en of het daar ook geld voor heeft.").language).toBe("nl");
    expect(guessLanguage("It is not clear whether Europe wants that, and whether it has the money for it.").language).toBe("en");
  });

  it("says nothing when there are too few words or the counts are close", () => {
    expect(guessLanguage("Europa en de VS").language).toBeUndefined();
    expect(guessLanguage("de het een dat die the and which would they").language).toBeUndefined();
  });

  it("an import without a source text reads the language from the I-nodes' wording, and says so", () => {
    const result = importAif(
      aifdb([
        ["Ann", "Het is de vraag of Europa dat wil"],
        ["Ann", "Er is niet genoeg geld voor een leger van die omvang"],
      ]),
      { mapId: "t" },
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.map.source.language).toBe("nl");
    expect(result.report.find((r) => r.code === "language")?.message).toMatch(
      /Dutch against \d+ English stop words in the I-nodes' wording$/,
    );
  });
});
