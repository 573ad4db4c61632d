import { describe, expect, it } from "vitest";
import { wordsToShow } from "./reasonWords";

describe("the shared words a suggestion shows", () => {
  it("leave out a name shown as a shared name and a word shown with its near-synonym", () => {
    expect(wordsToShow(["steun", "steun ≈ hulp", "Europa", "Poetin", "staakt-het-vuren"], new Set(["poetin", "europa"]))).toEqual([
      "steun ≈ hulp",
      "staakt-het-vuren",
    ]);
  });

  it("are none when every shared word is a shown name", () => {
    expect(wordsToShow(["Poetin", "Trump"], new Set(["poetin", "trump"]))).toEqual([]);
  });
});
