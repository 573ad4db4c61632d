import { describe, expect, it } from "vitest";
import { widened } from "./handoutPdfGrid";
import { syllableBreaks } from "./handoutPdfSyllables";

const hyphenated = (word: string) => {
  const breaks = syllableBreaks(word);
  return [...word].map((letter, i) => (breaks.includes(i) ? `-${letter}` : letter)).join("");
};

describe("Dutch syllable breaks for the matrix", () => {
  it("keep a compound's linking s with its first part, and sch, schr and ch whole", () => {
    expect(hyphenated("afschrikkingsmacht")).toBe("af-schrik-kings-macht");
    expect(hyphenated("neutraliteitspretentie")).toBe("neu-tra-li-teits-pre-ten-tie");
    expect(hyphenated("machtsmakelaars")).toBe("machts-ma-ke-laars");
    expect(hyphenated("Russische")).toBe("Rus-si-sche");
    expect(hyphenated("achteraf")).toBe("ach-te-raf");
  });

  it("give a consonant with r or l to the next syllable, and start one at a diaeresis", () => {
    expect(hyphenated("Oekraïne")).toBe("Oe-kra-ï-ne");
    expect(hyphenated("opflakkeren")).toBe("op-flak-ke-ren");
    expect(hyphenated("onderhandelingen")).toBe("on-der-han-de-lin-gen");
    expect(hyphenated("bijdrage")).toBe("bij-dra-ge");
  });

  it("break only inside runs of letters, so punctuation stays with its word", () => {
    expect(hyphenated("'parkeert',")).toBe("'par-keert',");
    expect(syllableBreaks("VS")).toEqual([]);
  });
});

describe("matrix columns widened for their longest word", () => {
  it("take the room from the columns that can spare it, in proportion, keeping the total", () => {
    const widths = widened([100, 80, 80], [60, 90, 40], 260) ?? [];
    expect(widths[1]).toBeCloseTo(90);
    expect(widths[0]).toBeCloseTo(100 - 10 * (40 / 80));
    expect(widths[2]).toBeCloseTo(80 - 10 * (40 / 80));
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(260);
  });

  it("are left as they are when every word fits, and refused when the page is too narrow for all", () => {
    expect(widened([100, 80], [50, 60], 180)).toEqual([100, 80]);
    expect(widened([100, 80], [120, 70], 180)).toBeUndefined();
  });
});
