import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { type ArgumentMap, readMap, statementSize, treeLinesOf } from "../src/core";
import { openBundledMap, openDocument } from "./editorPage";
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

/** Boxes of the statements on screen, in page coordinates, with their wording. */
async function statementBoxes(page: Page) {
  return page.locator(".react-flow__node-statement").evaluateAll((nodes: Element[]) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect();
      const article = n.querySelector("article");
      return {
        id: n.getAttribute("data-id"),
        x: r.x,
        y: r.y,
        w: r.width,
        h: r.height,
        text: article?.querySelector(".wording")?.textContent ?? "",
        central: article?.classList.contains("role-thesis") ?? false,
        z: Number(getComputedStyle(n).zIndex) || 0,
      };
    }),
  );
}

/** The canvas zoom, read from React Flow's viewport transform. */
async function zoomOf(page: Page): Promise<number> {
  const transform = await page.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? Number.NaN);
}

function bundledMap(title: string): ArgumentMap {
  const read = readMap(readFileSync(join(repoRoot, "maps", `${title}.argmap.json`), "utf8"));
  if (!read.ok) throw new Error(`${title}: ${read.error.message}`);
  return read.value;
}

/** Each line the canvas draws, as points on screen, with the ids of its two ends. */
async function drawnLines(page: Page, map: ArgumentMap) {
  const drawn = await page.locator(".react-flow__edge").evaluateAll((edges: Element[]) =>
    edges.map((edge) => {
      const path = edge.querySelector<SVGPathElement>(".react-flow__edge-path");
      const matrix = path?.getScreenCTM();
      const points: { x: number; y: number }[] = [];
      if (path && matrix) {
        const length = path.getTotalLength();
        for (let k = 1; k < 48; k++) {
          const p = path.getPointAtLength((length * k) / 48).matrixTransform(matrix);
          points.push({ x: p.x, y: p.y });
        }
      }
      // React Flow gives each edge its own <svg>, stacked by the edge's zIndex against the nodes' zIndex.
      const svg = edge.closest("svg");
      const z = svg ? Number(getComputedStyle(svg).zIndex) || 0 : 0;
      const shown = path ? Number(getComputedStyle(path).strokeOpacity) * Number(getComputedStyle(edge).opacity) : 0;
      return { id: edge.getAttribute("data-id") ?? "", points, z, shown };
    }),
  );
  const targets = new Map(map.inferences.map((i) => [i.id, i.target]));
  // Edge ids are "inference:from:premise" (premise to junction) and "inference:to" (junction to its target).
  return drawn.map(({ id, points, z, shown }) => {
    const [inference = "", way, premise] = id.split(":");
    const ends = way === "from" ? { from: premise ?? "", to: inference } : { from: inference, to: targets.get(inference) ?? "" };
    return { ...ends, points, z, shown };
  });
}

async function openMap(page: Page, url: string, title: string) {
  await openBundledMap(page, url, title);
  await page.getByRole("button", { name: "Zoom to fit" }).click();
  await page.waitForTimeout(500);
}

for (const title of TITLES) {
  test(`the bundled map of ${title} opens laid out, with no overlapping boxes`, async ({ page, bundledWorkspace }) => {
    await openMap(page, bundledWorkspace.url, title);
    const boxes = await statementBoxes(page);
    expect(boxes.length).toBeGreaterThan(10);
    for (const a of boxes) {
      for (const b of boxes) {
        if (a.id === b.id) continue;
        const overlap = a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
    const zoom = await zoomOf(page);
    const pane = await page.locator(".react-flow").boundingBox();
    // The figure the layout is judged by: how far "zoom to fit" has to zoom out in a 1600×1000 window.
    console.log(`${title}: fit zoom ${zoom.toFixed(3)} in a ${pane?.width}×${pane?.height} map pane`);
    await page.screenshot({ path: join(artifacts, `map-${title}-light.png`) });
    await page.getByRole("button", { name: "Dark" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await page.screenshot({ path: join(artifacts, `map-${title}-dark.png`) });
  });

  test(`no box of ${title} is taller on screen than the layout measured it`, async ({ page, bundledWorkspace }) => {
    await openMap(page, bundledWorkspace.url, title);
    const zoom = await zoomOf(page);
    for (const box of await statementBoxes(page)) {
      // The layout leaves room for the size core measures; a box that renders taller would reach into its neighbours.
      expect(box.h / zoom, `${box.id} “${box.text}”`).toBeLessThanOrEqual(statementSize(box.text, box.central).height + 0.5);
    }
  });
}

for (const title of TITLES) {
  test(`no line of ${title}'s tree runs under a box on screen, and it reads at a closer zoom`, async ({ page, bundledWorkspace }) => {
    await openMap(page, bundledWorkspace.url, title);
    const map = bundledMap(title);
    const tree = new Set(treeLinesOf(map).map((l) => `${l.from}>${l.to}`));
    const boxes = await statementBoxes(page);
    const lines = await drawnLines(page, map);
    expect(lines.filter((l) => tree.has(`${l.from}>${l.to}`))).toHaveLength(tree.size);
    for (const line of lines.filter((l) => tree.has(`${l.from}>${l.to}`))) {
      for (const b of boxes.filter((x) => x.id !== line.from && x.id !== line.to)) {
        const inside = line.points.filter((p) => p.x > b.x + 1 && p.x < b.x + b.w - 1 && p.y > b.y + 1 && p.y < b.y + b.h - 1);
        expect(inside, `${line.from} → ${line.to} under ${b.id}`).toEqual([]);
      }
    }
    // What a teacher sees after zooming in on the central claim: the wording must be legible there.
    const thesis = await page.locator(".statement.role-thesis").boundingBox();
    if (thesis) await page.mouse.move(thesis.x + thesis.width / 2, thesis.y + thesis.height);
    for (let k = 0; k < 8 && (await zoomOf(page)) < 0.75; k++) {
      await page.mouse.wheel(0, -200);
      await page.waitForTimeout(150);
    }
    await page.screenshot({ path: join(artifacts, `map-${title}-closer.png`) });
  });
}

for (const title of TITLES) {
  test(`every line of ${title} runs clear of the boxes or is drawn above them, visibly`, async ({ page, bundledWorkspace }) => {
    await openMap(page, bundledWorkspace.url, title);
    const map = bundledMap(title);
    const boxes = await statementBoxes(page);
    const lines = await drawnLines(page, map);
    expect(lines).toHaveLength(map.inferences.reduce((n, i) => n + i.premises.length + 1, 0));
    let crossing = 0;
    for (const line of lines) {
      expect(line.shown, `${line.from} → ${line.to} is drawn`).toBeGreaterThan(0.3);
      for (const b of boxes.filter((x) => x.id !== line.from && x.id !== line.to)) {
        const inside = line.points.some((p) => p.x > b.x + 1 && p.x < b.x + b.w - 1 && p.y > b.y + 1 && p.y < b.y + b.h - 1);
        if (!inside) continue;
        crossing++;
        expect(line.z, `${line.from} → ${line.to} crosses ${b.id} and must be drawn above it`).toBeGreaterThan(b.z);
      }
    }
    console.log(`${title}: ${crossing} line-over-box crossings, all drawn above the box`);
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
  await openDocument(page, /osinga-europa/);
  const thesis = page.locator(".statement.role-thesis");
  await thesis.click();
  await expect(page.locator(".reader mark.is-selected").first()).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Details" })).toContainText("This is the central claim");
  // A click on the claim's span in the text centres the map on the claim at a readable zoom.
  await page.locator(".reader mark.is-selected").first().click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(artifacts, "readme-screenshot.png") });
});

test("map only: the documents, the text and the details step aside, the map is fitted larger, and all comes back", async ({
  page,
  bundledWorkspace,
}) => {
  const title = "trump-erft-oorlog-oekraine";
  await openMap(page, bundledWorkspace.url, title);
  const fitBeside = await zoomOf(page);
  const text = page.getByRole("region", { name: "Source text" });
  await expect(text).toBeVisible();

  await page.keyboard.press("Control+Shift+M");
  await expect(text).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Documents" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Map only" })).toHaveAttribute("aria-pressed", "true");
  // Fitted again to the wider pane: the whole map, about twice as large as beside the text.
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(fitBeside * 1.5);
  for (const theme of ["light", "dark"] as const) {
    if (theme === "dark") await page.keyboard.press("Control+Shift+L");
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(artifacts, `map-only-${title}-${theme}.png`) });
  }

  await page.getByRole("button", { name: "Map only" }).click();
  await expect(text).toBeVisible();
  await expect(text).toContainText("Biden’s War");
  await expect.poll(() => zoomOf(page)).toBeLessThan(fitBeside * 1.2);
});

test("another op-ed opened after one is fitted to the window too, not shown in the first one's viewport", async ({
  page,
  bundledWorkspace,
}) => {
  await openMap(page, bundledWorkspace.url, "osinga-europa-niet-aan-tafel-2025-02");
  await openDocument(page, /trump-erft-oorlog-oekraine/);
  await expect(page.locator(".statement.role-thesis")).toContainText("Biden");
  const pane = await page.locator(".react-flow").boundingBox();
  if (!pane) throw new Error("no pane");
  await expect
    .poll(async () => {
      const boxes = await statementBoxes(page);
      return boxes.filter(
        (b) => b.x < pane.x - 1 || b.y < pane.y - 1 || b.x + b.w > pane.x + pane.width + 1 || b.y + b.h > pane.y + pane.height + 1,
      ).length;
    })
    .toBe(0);
});
