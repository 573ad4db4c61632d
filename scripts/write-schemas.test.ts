import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generatedSchemas, outdatedSchemas } from "./write-schemas";

describe("the committed JSON Schemas", () => {
  it("equal the schemas generated from the validators (run npm run schema after a format change)", async () => {
    expect(await outdatedSchemas()).toEqual([]);
  });

  it("are told apart from a stale copy", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "argumap-schema-"));
    try {
      const [[name, content] = ["", ""], [otherName] = [""]] = Object.entries(generatedSchemas());
      await writeFile(path.join(folder, name), content.replace('"title"', '"description": "old", "title"'));
      expect(await outdatedSchemas(`${folder}/`)).toEqual([name, otherName]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
