import { describe, expect, it } from "vitest";
import { labelsFor } from "./menuLabels";

describe("labelsFor", () => {
  it("gives Dutch labels for every Dutch locale", () => {
    for (const locale of ["nl", "nl-NL", "nl-BE", "NL"]) expect(labelsFor(locale).save).toBe("Bewaren");
  });

  it("gives English labels for other locales", () => {
    for (const locale of ["en-US", "de", "", "fr-BE"]) expect(labelsFor(locale).save).toBe("Save");
  });

  it("has a different, non-empty word for every label in Dutch", () => {
    const english = labelsFor("en");
    const dutch = labelsFor("nl");
    for (const key of Object.keys(english) as (keyof typeof english)[]) {
      expect(dutch[key].length, key).toBeGreaterThan(0);
    }
    const same = (Object.keys(english) as (keyof typeof english)[]).filter((key) => english[key] === dutch[key]);
    // "Help" is the same word in both languages.
    expect(same).toEqual(["help"]);
  });
});
