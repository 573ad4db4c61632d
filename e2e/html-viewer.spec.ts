import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "@playwright/test";
import { type ArgumentMap, readMap, renderHtmlViewer } from "../src/core";
import { expect, mapsDir, repoRoot, test } from "./workspaceFixture";

const NAME = "osinga-europa-niet-aan-tafel-2025-02";

function bundledMap(): ArgumentMap {
  const read = readMap(readFileSync(join(mapsDir, `${NAME}.argmap.json`), "utf8"));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

async function openViewer(page: Page, map: ArgumentMap): Promise<string[]> {
  const html = renderHtmlViewer(map, readFileSync(join(mapsDir, `${NAME}.txt`), "utf8"));
  const file = join(mkdtempSync(join(tmpdir(), "argumap-viewer-")), `${NAME}.html`);
  writeFileSync(file, html);
  const requests: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) requests.push(r.url());
  });
  await page.goto(pathToFileURL(file).href);
  return requests;
}

/** Where the side column's parts are, in page pixels, and whether the page itself scrolled. */
async function sideLayout(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const r = (document.querySelector(selector) as HTMLElement).getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    };
    const active = document.querySelector("mark.span.is-active")?.getBoundingClientRect();
    return {
      scrollY: window.scrollY,
      header: box("header.page"),
      details: box(".details"),
      pane: box(".text-pane"),
      heading: box(".text-pane h2"),
      active: active ? { top: active.top, bottom: active.bottom } : undefined,
    };
  });
}

test("the exported HTML viewer works offline: clicking a statement shows its span and its details", async ({ page }) => {
  const map = bundledMap();
  const requests = await openViewer(page, map);
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

test("the details panel sits above the text pane, never over it, and the chosen quote shows below the pane's heading", async ({ page }) => {
  // A title long enough to wrap makes the header taller: the panes must shrink, not slide under the window's edge.
  const base = bundledMap();
  const map = {
    ...base,
    source: {
      ...base.source,
      title:
        "Europa zit niet aan tafel, maar moet wel de lasten dragen: waarom Europese regeringsleiders nu afspraken moeten maken over een geloofwaardige afschrikkingsmacht",
    },
  };
  await openViewer(page, map);
  const longNote = map.statements.find((s) => (s.note ?? "").length > 150) ?? map.statements[0];
  if (!longNote) throw new Error("empty map");
  await page.evaluate(
    (id) => (window as unknown as { argumapViewer: { select(id: string, from: string): void } }).argumapViewer.select(id, "map"),
    longNote.id,
  );
  await expect(page.getByRole("complementary")).toContainText(longNote.text);
  await page.waitForTimeout(800);
  const layout = await sideLayout(page);
  expect(layout.scrollY).toBe(0);
  expect(layout.header.top).toBe(0);
  expect(layout.details.bottom).toBeLessThanOrEqual(layout.pane.top + 1);
  expect(layout.heading.top).toBeGreaterThanOrEqual(layout.pane.top - 1);
  await expect(page.getByRole("heading", { name: "Tekst" })).toBeInViewport();
  if (layout.active) {
    expect(layout.active.top).toBeGreaterThanOrEqual(layout.heading.bottom - 1);
    expect(layout.active.bottom).toBeLessThanOrEqual(layout.pane.bottom + 1);
  }
  await page.screenshot({ path: join(repoRoot, "e2e", "artifacts", "html-viewer-long-title.png") });
});
