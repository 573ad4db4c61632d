import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { selectInReader } from "./selectText";
import { expect, repoRoot, test } from "./workspaceFixture";

const TEXT = "osinga-europa-niet-aan-tafel-2025-02";
const CLAIM = "Maar het lijkt overduidelijk dat Europa niet meer op de onvoorwaardelijke steun van de VS hoeft te rekenen.";
const PREMISE = "Ondertussen is Poetin uit zijn internationale isolement getrokken door Trump.";

test("a user maps a central claim and a premise from the text, saves, and finds both after a reload", async ({ page, emptyWorkspace }) => {
  await page.goto(emptyWorkspace.url);
  const documents = page.getByRole("navigation", { name: "Documents" });
  await documents.getByRole("button", { name: new RegExp(TEXT) }).click();
  const reader = page.getByRole("region", { name: "Source text" });
  await expect(reader).toContainText("Vance ondermijnt NAVO");

  await selectInReader(page, CLAIM);
  await page.getByRole("toolbar", { name: "Make the selected words a statement" }).getByRole("button", { name: "Central claim" }).click();
  const canvas = page.getByRole("region", { name: "Map" }).last();
  await expect(canvas.getByRole("article", { name: CLAIM })).toBeVisible();

  await selectInReader(page, PREMISE);
  await page.getByRole("button", { name: "Premise", exact: true }).click();
  await expect(canvas.getByRole("article", { name: PREMISE })).toBeVisible();
  await expect(page.locator(".statement.role-premise")).toHaveCount(1);
  await expect(page.locator(".statement.role-thesis")).toHaveCount(1);
  await expect(documents).toContainText("unsaved");

  await page.keyboard.press("Control+s");
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await expect(documents).not.toContainText("unsaved");

  await page.reload();
  await documents.getByRole("button", { name: new RegExp(TEXT) }).click();
  await expect(canvas.getByRole("article", { name: CLAIM })).toBeVisible();
  await expect(canvas.getByRole("article", { name: PREMISE })).toBeVisible();
  await expect(reader.locator("mark.role-thesis")).toContainText("overduidelijk");
  await page.screenshot({ path: join(repoRoot, "e2e", "artifacts", "skeleton-after-reload.png") });

  const saved = JSON.parse(readFileSync(join(emptyWorkspace.root, `${TEXT}.argmap.json`), "utf8"));
  const schema = JSON.parse(readFileSync(join(repoRoot, "schema", "argmap.schema.json"), "utf8"));
  const validate = new Ajv2020({ strict: false }).compile(schema);
  expect(validate(saved), JSON.stringify(validate.errors)).toBe(true);
  const text = readFileSync(join(emptyWorkspace.root, `${TEXT}.txt`), "utf8");
  expect(saved.statements).toHaveLength(2);
  for (const statement of saved.statements) {
    for (const anchor of statement.anchors) expect(text.slice(anchor.start, anchor.end)).toBe(anchor.exact);
  }
  expect(saved.statements.map((s: { anchors: { exact: string }[] }) => s.anchors[0]?.exact)).toEqual([CLAIM, PREMISE]);
  expect(saved.inferences).toEqual([{ id: "i1", kind: "support", premises: ["s2"], target: "s1" }]);
});
