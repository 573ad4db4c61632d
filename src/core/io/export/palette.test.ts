import { describe, expect, it } from "vitest";
import { ROLES } from "../../analysis/roles";
import { exportExampleMap } from "./example";
import { EXPORT_LABELS, exportLanguage, titleOf } from "./labels";
import { COLOUR_PALETTE, GREYSCALE_PALETTE } from "./palette";

describe("role colours and labels", () => {
  it("in colour, every role has its own border colour", () => {
    const strokes = ROLES.map((r) => COLOUR_PALETTE.roles[r].stroke);
    expect(new Set(strokes).size).toBe(ROLES.length);
  });

  it("in greyscale, every role has its own border (width and dash), with only grey values", () => {
    const borders = ROLES.map((r) => `${GREYSCALE_PALETTE.roles[r].strokeWidth}/${GREYSCALE_PALETTE.roles[r].dash ?? "solid"}`);
    expect(new Set(borders).size).toBe(ROLES.length);
    const values = [
      ...ROLES.flatMap((r) => [GREYSCALE_PALETTE.roles[r].stroke, GREYSCALE_PALETTE.roles[r].fill]),
      GREYSCALE_PALETTE.attack,
      GREYSCALE_PALETTE.support,
      GREYSCALE_PALETTE.implicitFill ?? "#000000",
    ];
    for (const v of values) expect(v.slice(1, 3).repeat(3), v).toBe(v.slice(1));
    expect(GREYSCALE_PALETTE.attackDash).toBeTruthy();
  });

  it("role labels are Dutch for a Dutch map and English otherwise", () => {
    expect(EXPORT_LABELS.nl.roles).toEqual({
      thesis: "stelling",
      claim: "bewering",
      premise: "premisse",
      counterclaim: "tegenwerping",
      rebuttal: "weerlegging",
      undercutter: "ondermijning",
      unconnected: "los",
    });
    expect(EXPORT_LABELS.en.roles.thesis).toBe("central claim");
    const map = exportExampleMap();
    expect(exportLanguage(map)).toBe("nl");
    expect(exportLanguage({ ...map, source: { ...map.source, language: "nl-BE" } })).toBe("nl");
    expect(exportLanguage({ ...map, source: { file: "x.txt" } })).toBe("en");
  });

  it("the title falls back to the text's file name, then to the map's id", () => {
    const map = exportExampleMap();
    expect(titleOf(map)).toBe("Europa moet zelf zorgen voor zijn veiligheid");
    expect(titleOf({ ...map, source: { file: "teksten/osinga.txt" } })).toBe("osinga");
    expect(titleOf({ ...map, source: { file: ".txt" } })).toBe("europa-zelf");
  });
});
