import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { openBundledMap } from "./editorPage";
import { expect, mapsDir, repoRoot, test } from "./workspaceFixture";

const artifacts = join(repoRoot, "e2e", "artifacts");
mkdirSync(artifacts, { recursive: true });

const NAME = "osinga-europa-niet-aan-tafel-2025-02";
const map = JSON.parse(readFileSync(join(mapsDir, `${NAME}.argmap.json`), "utf8")) as {
  source: { title?: string };
  statements: { id: string; text: string; central?: boolean }[];
};
const thesis = map.statements.find((s) => s.central);

/** The statements the audience can see (the others are in place but hidden until their step). */
function visibleStatements(page: Page) {
  return page.locator(".present .react-flow__node-statement:not(.is-unrevealed)");
}

test("presentation mode reveals the map from the central claim down, step by step with the keys", async ({ page, bundledWorkspace }) => {
  await openBundledMap(page, bundledWorkspace.url, NAME);
  const presentButton = page.getByRole("button", { name: "Present", exact: true });
  await presentButton.click();
  const show = page.getByRole("dialog", { name: map.source.title ?? NAME });
  await expect(show).toBeVisible();
  const counter = show.getByRole("status");
  await expect(counter).toHaveText(/^Step 1 of \d+$/);
  const total = Number(/of (\d+)/.exec((await counter.textContent()) ?? "")?.[1]);
  expect(total).toBeGreaterThan(10);

  // First the central claim alone, with its words from the text underneath.
  await expect(visibleStatements(page)).toHaveCount(1);
  await expect(show.getByRole("article", { name: thesis?.text })).toBeVisible();
  await expect(show.locator(".present-caption")).toContainText("geloofwaardige afschrikkingsmacht");

  await page.keyboard.press("ArrowRight");
  await expect(counter).toHaveText(`Step 2 of ${total}`);
  const afterOne = await visibleStatements(page).count();
  expect(afterOne).toBeGreaterThan(1);
  await expect(page.locator(".present .react-flow__node.is-fresh").first()).toBeVisible();
  await page.keyboard.press("Space");
  await page.keyboard.press("PageDown");
  await expect(counter).toHaveText(`Step 4 of ${total}`);
  await page.keyboard.press("ArrowLeft");
  await expect(counter).toHaveText(`Step 3 of ${total}`);
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(artifacts, "present-light.png") });

  // Other keys do nothing behind the overlay: Delete does not delete a statement.
  await page.keyboard.press("Delete");
  await page.keyboard.press("End");
  await expect(counter).toHaveText(`Step ${total} of ${total}`);
  await expect(visibleStatements(page)).toHaveCount(map.statements.length);
  await page.keyboard.press("Home");
  await expect(counter).toHaveText(`Step 1 of ${total}`);
  await expect(visibleStatements(page)).toHaveCount(1);

  await page.keyboard.press("Escape");
  await expect(show).toBeHidden();
  await expect(presentButton).toBeFocused();
  await expect(page.locator(".react-flow__node-statement")).toHaveCount(map.statements.length);
});

test("presentation mode in the dark theme and in Dutch, opened with F5", async ({ page, bundledWorkspace }) => {
  await openBundledMap(page, bundledWorkspace.url, NAME);
  await page.getByRole("combobox", { name: "Language" }).selectOption("nl");
  await page.locator(".statement.role-thesis").click();
  await page.keyboard.press("F5");
  const show = page.getByRole("dialog", { name: map.source.title ?? NAME });
  await expect(show).toBeVisible();
  await page.keyboard.press("Control+Shift+L");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  for (let k = 0; k < 4; k++) await page.keyboard.press("ArrowRight");
  await expect(show.getByRole("status")).toHaveText(/^Stap 5 van \d+$/);
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(artifacts, "present-dark-nl.png") });
  await show.getByRole("button", { name: "Verlaten" }).click();
  await expect(show).toBeHidden();
});
