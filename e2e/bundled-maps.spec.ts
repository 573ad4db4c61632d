import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, repoRoot, test } from "./workspaceFixture";

const artifacts = join(repoRoot, "e2e", "artifacts");
mkdirSync(artifacts, { recursive: true });

const TITLES = [
  "trump-erft-oorlog-oekraine",
  "trump-belt-poetin-commentaar-2025-02",
  "mousavi-europese-troepenmacht-oekraine",
  "osinga-europa-niet-aan-tafel-2025-02",
  "trump-poetin-gesprek-conclusies-2025-03",
];

/** Boxes of the statements on screen, in page coordinates. */
async function statementBoxes(page: Page) {
  return page.locator(".react-flow__node-statement").evaluateAll((nodes: Element[]) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect();
      return { id: n.getAttribute("data-id"), x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
}

for (const title of TITLES) {
  test(`the bundled map of ${title} opens laid out, with no overlapping boxes`, async ({ page, bundledWorkspace }) => {
    await page.goto(bundledWorkspace.url);
    await page
      .getByRole("navigation", { name: "Documents" })
      .getByRole("button", { name: new RegExp(title) })
      .click();
    await expect(page.locator(".statement.role-thesis")).toHaveCount(1);
    await page.getByRole("button", { name: "Zoom to fit" }).click();
    await page.waitForTimeout(500);
    const boxes = await statementBoxes(page);
    expect(boxes.length).toBeGreaterThan(10);
    for (const a of boxes) {
      for (const b of boxes) {
        if (a.id === b.id) continue;
        const overlap = a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
    await page.screenshot({ path: join(artifacts, `map-${title}-light.png`) });
  });
}

test("the app in Dutch and in the dark theme shows the map legibly", async ({ page, bundledWorkspace }) => {
  await page.goto(bundledWorkspace.url);
  await page.getByRole("combobox", { name: "Language" }).selectOption("nl");
  await page.getByRole("button", { name: "Donker" }).click();
  await page
    .getByRole("navigation", { name: "Documenten" })
    .getByRole("button", { name: /osinga-europa/ })
    .click();
  await expect(page.getByRole("region", { name: "Brontekst" })).toContainText("Oekraïne");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.screenshot({ path: join(artifacts, "map-osinga-dark-nl.png") });
});

test("selecting the central claim on the map highlights its span in the text (the README's screenshot)", async ({
  page,
  bundledWorkspace,
}) => {
  await page.goto(bundledWorkspace.url);
  await page
    .getByRole("navigation", { name: "Documents" })
    .getByRole("button", { name: /osinga-europa/ })
    .click();
  const thesis = page.locator(".statement.role-thesis");
  await thesis.click();
  await expect(page.locator(".reader mark.is-selected").first()).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Details" })).toContainText("This is the central claim");
  // A click on the claim's span in the text centres the map on the claim at a readable zoom.
  await page.locator(".reader mark.is-selected").first().click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(artifacts, "readme-screenshot.png") });
});
