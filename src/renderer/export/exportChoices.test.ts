import { describe, expect, it } from "vitest";
import { EXPORT_FORMAT_IDS, HANDOUT_FORMAT_IDS } from "../../contract";
import { analyseRoles, exportExampleMap } from "../../core";
import { blanksFor, DEFAULT_CHOICES, FORMAT_OPTIONS, handoutRequestFor, isHandout, requestFor, selectedStatements } from "./exportChoices";

describe("the export dialog's choices", () => {
  const map = exportExampleMap();
  const central = map.statements.find((s) => s.central)?.id;
  const inference = map.inferences[0]?.id ?? "";

  it("lists every format the workspace can make of a map, once, and the handout", () => {
    const formats = FORMAT_OPTIONS.map((f) => f.format);
    expect(formats.filter((f) => !isHandout(f)).sort()).toEqual([...EXPORT_FORMAT_IDS].sort());
    expect(formats.filter(isHandout)).toEqual(HANDOUT_FORMAT_IDS.map((f) => `handout-${f}`));
    expect(requestFor({ ...DEFAULT_CHOICES, format: "handout-html" }, map, [])).toBeUndefined();
  });

  it("sends only the options the chosen format has", () => {
    const everything = { ...DEFAULT_CHOICES, quotes: true, greyscale: true, scale: 2 as const, answerKey: false };
    expect(requestFor({ ...everything, format: "png" }, map, [])).toEqual({ format: "png", scale: 2, quotes: true, greyscale: true });
    expect(requestFor({ ...everything, format: "pdf", page: "letter", landscape: false }, map, [])).toEqual({
      format: "pdf",
      page: "letter",
      landscape: false,
      quotes: true,
      greyscale: true,
    });
    expect(requestFor({ ...everything, format: "md" }, map, ["s1"])).toEqual({ format: "md" });
    expect(requestFor({ ...everything, format: "worksheet" }, map, [])).toEqual({ format: "worksheet", blank: "auto", answerKey: false });
  });

  it("asks for the handout's PDF on the paper chosen, and for its HTML and Markdown without paper", () => {
    const choices = { ...DEFAULT_CHOICES, page: "letter" as const, landscape: false, greyscale: true };
    expect(handoutRequestFor("handout-pdf", choices)).toEqual({ format: "pdf", page: "letter", landscape: false });
    expect(handoutRequestFor("handout-html", choices)).toEqual({ format: "html" });
    expect(handoutRequestFor("handout-md", choices)).toEqual({ format: "md" });
  });

  it("leaves the map PDF's orientation to the export until one is chosen; the handout's is landscape until then", () => {
    expect(requestFor({ ...DEFAULT_CHOICES, format: "pdf" }, map, [])).toEqual({
      format: "pdf",
      page: "a4",
      quotes: false,
      greyscale: false,
    });
    expect(requestFor({ ...DEFAULT_CHOICES, format: "pdf", landscape: true }, map, [])).toMatchObject({ landscape: true });
    expect(handoutRequestFor("handout-pdf", DEFAULT_CHOICES)).toEqual({ format: "pdf", page: "a4", landscape: true });
  });

  it("exports the selected statements only when asked, and ignores selected connections", () => {
    const choices = { ...DEFAULT_CHOICES, format: "svg" as const, part: "selection" as const };
    expect(selectedStatements(map, ["s3", inference, "s1"])).toEqual(["s1", "s3"]);
    expect(requestFor(choices, map, ["s3", inference, "s1"])?.selection).toEqual(["s1", "s3"]);
    expect(requestFor({ ...choices, part: "all" }, map, ["s1"])?.selection).toBeUndefined();
    // Asking for the selection with nothing selected exports the whole map rather than an empty picture.
    expect(requestFor(choices, map, [inference])?.selection).toBeUndefined();
  });

  it("blanks premises, everything but the central claim, or the selection", () => {
    const { roles } = analyseRoles(map);
    const premises = blanksFor("premises", map, []);
    expect(Array.isArray(premises) && premises.length > 0 && premises.every((id) => roles.get(id) === "premise")).toBe(true);
    expect(blanksFor("all-but-central", map, [])).toEqual(map.statements.filter((s) => s.id !== central).map((s) => s.id));
    expect(blanksFor("selection", map, ["s2"])).toEqual(["s2"]);
    expect(blanksFor("selection", map, [])).toBe("auto");
    expect(blanksFor("auto", map, ["s2"])).toBe("auto");
  });
});
