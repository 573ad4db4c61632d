import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { readMap, renderHtmlViewer } from "../src/core";
import { expect, mapsDir, repoRoot, test } from "./workspaceFixture";

const NAME = "osinga-europa-niet-aan-tafel-2025-02";

test("the exported HTML viewer works offline: clicking a statement shows its span and its details", async ({ page }) => {
  const read = readMap(readFileSync(join(mapsDir, `${NAME}.argmap.json`), "utf8"));
  if (!read.ok) throw new Error(read.error.message);
  const map = read.value;
  const html = renderHtmlViewer(map, readFileSync(join(mapsDir, `${NAME}.txt`), "utf8"));
  const file = join(mkdtempSync(join(tmpdir(), "argumap-viewer-")), `${NAME}.html`);
  writeFileSync(file, html);
  const requests: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) requests.push(r.url());
  });
  await page.goto(pathToFileURL(file).href);

  const thesis = map.statements.find((s) => s.central);
  if (!thesis) throw new Error("no central claim");
  await page
    .getByRole("button", { name: new RegExp(`${thesis.text.slice(0, 30)}`) })
    .first()
    .click();
  const marks = page.locator(`mark.span.is-active[data-statements~="${thesis.id}"]`);
  await expect(marks.first()).toBeVisible();
  await expect(marks.first()).toContainText("geloofwaardige afschrikkingsmacht");
  await expect(page.getByRole("complementary")).toContainText(thesis.text);
  await page.screenshot({ path: join(repoRoot, "e2e", "artifacts", "html-viewer.png") });
  expect(requests).toEqual([]);
});
