import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateDocument } from "../bench/generate";
import { writeWorkspace } from "../bench/workspace";
import { startServer } from "../src/server";
import { expect, repoRoot, test } from "./workspaceFixture";

/**
 * A map of hundreds of statements (above the canvas's LARGE_MAP) is drawn differently: only the boxes in view are
 * in the page, and they come with their size and handles so that React Flow need not draw every box to measure it.
 * What the user must still get: the whole map in view on opening, and every line ending on its boxes.
 */
const SIZE = 400;

test("a large map opens fitted to the window, with only the boxes in view in the page and every line on its boxes", async ({ page }) => {
  const root = mkdtempSync(join(tmpdir(), "argumap-large-"));
  const generated = generateDocument(SIZE);
  writeWorkspace(root, generated);
  const server = await startServer({ root, port: 0, rendererDir: process.env.ARGUMAP_RENDERER_DIR ?? join(repoRoot, "dist", "renderer") });
  try {
    await page.goto(`${server.url}#token=${server.token}`);
    await page.getByRole("button", { name: new RegExp(`Gegenereerde kaart van ${SIZE} uitspraken`) }).click();
    const boxes = page.locator(".react-flow__node-statement");
    await expect(boxes.first()).toBeVisible();

    // Fitted: zoomed out, and the boxes drawn lie inside the pane.
    const zoomOf = () =>
      page.evaluate(() =>
        Number(/scale\(([\d.]+)\)/.exec(document.querySelector(".react-flow__viewport")?.getAttribute("style") ?? "")?.[1]),
      );
    expect(await zoomOf()).toBeLessThan(0.5);
    const drawn = await boxes.count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(SIZE);

    // Closer, where a line's end can be seen against its box: zoom in on a box in the middle of the drawn ones.
    const box = await boxes.nth(Math.floor(drawn / 2)).boundingBox();
    if (!box) throw new Error("no box");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 14; i++) await page.mouse.wheel(0, -200);
    await expect.poll(zoomOf).toBeGreaterThan(0.6);
    await page.waitForTimeout(300);

    const ends = await page.evaluate(() => {
      const zoom = Number(/scale\(([\d.]+)\)/.exec(document.querySelector(".react-flow__viewport")?.getAttribute("style") ?? "")?.[1]);
      const result: { edge: string; dx: number; dy: number; zoom: number }[] = [];
      for (const edge of document.querySelectorAll<SVGGElement>(".react-flow__edge")) {
        const id = edge.getAttribute("data-id") ?? "";
        // A junction's arrow to its conclusion ("i3:to") ends on the conclusion's bottom edge.
        if (!id.endsWith(":to")) continue;
        const path = edge.querySelector<SVGPathElement>(".react-flow__edge-path");
        const matrix = path?.getScreenCTM();
        if (!path || !matrix) continue;
        const end = path.getPointAtLength(path.getTotalLength()).matrixTransform(matrix);
        for (const box of document.querySelectorAll(".react-flow__node-statement")) {
          const r = box.getBoundingClientRect();
          if (end.x < r.left || end.x > r.right || end.y < r.top || end.y > r.bottom + 20 * zoom) continue;
          result.push({ edge: id, dx: end.x - (r.left + r.width / 2), dy: end.y - r.bottom, zoom });
        }
      }
      return result;
    });
    expect(ends.length).toBeGreaterThan(0);
    for (const end of ends) {
      expect(Math.abs(end.dx), end.edge).toBeLessThan(1.5);
      // The handle is centred on the bottom edge: the line ends at its far side, 5 px (times the zoom) below the box.
      expect(end.dy, end.edge).toBeGreaterThanOrEqual(-1);
      expect(end.dy, end.edge).toBeLessThanOrEqual(5 * end.zoom + 1.5);
    }
    await page.screenshot({ path: join(repoRoot, "e2e", "artifacts", "large-map-closer.png") });
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
