import { describe, expect, it } from "vitest";
import { bytesOf, filtersFor, parseSaveFileRequest, safeFileName } from "./saveRequest";

describe("parseSaveFileRequest", () => {
  it("accepts a text export and a base64 export", () => {
    const svg = { suggestedName: "map.svg", mime: "image/svg+xml", data: "<svg/>", encoding: "utf8" };
    expect(parseSaveFileRequest(svg)).toEqual(svg);
    expect(parseSaveFileRequest({ ...svg, encoding: "base64" })?.encoding).toBe("base64");
  });

  it.each([
    ["nothing", undefined],
    ["a string", "map.svg"],
    ["an unknown encoding", { suggestedName: "a", mime: "b", data: "c", encoding: "latin1" }],
    ["data that is not text", { suggestedName: "a", mime: "b", data: [1, 2], encoding: "utf8" }],
  ])("refuses %s", (_what, value) => {
    expect(parseSaveFileRequest(value)).toBeUndefined();
  });

  it("drops fields the contract does not have", () => {
    const parsed = parseSaveFileRequest({ suggestedName: "a.txt", mime: "text/plain", data: "x", encoding: "utf8", path: "/etc/passwd" });
    expect(parsed).not.toHaveProperty("path");
  });
});

describe("safeFileName", () => {
  it("keeps a plain name", () => {
    expect(safeFileName("osinga-europa.argdown")).toBe("osinga-europa.argdown");
  });

  it("strips folders so a suggestion cannot point elsewhere", () => {
    expect(safeFileName("../../.bashrc")).toBe(".bashrc");
    expect(safeFileName("C:\\Windows\\evil.dll")).toBe("evil.dll");
    expect(safeFileName("..")).toBe("export");
  });

  it("replaces characters that Windows refuses in names", () => {
    expect(safeFileName('who: "says" what?.md')).toBe("who_ _says_ what_.md");
  });
});

describe("filtersFor and bytesOf", () => {
  it("offers the suggested extension as the file type", () => {
    expect(filtersFor("map.pdf")).toEqual([{ name: "PDF", extensions: ["pdf"] }]);
    expect(filtersFor("README")).toEqual([]);
  });

  it("decodes base64 exports to their bytes and writes text as UTF-8", () => {
    expect([...bytesOf({ suggestedName: "a.png", mime: "image/png", data: "iVBORw==", encoding: "base64" })]).toEqual([
      0x89, 0x50, 0x4e, 0x47,
    ]);
    expect(bytesOf({ suggestedName: "a.txt", mime: "text/plain", data: "één", encoding: "utf8" }).length).toBe(5);
  });
});
