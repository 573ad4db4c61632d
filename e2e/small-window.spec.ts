import { join } from "node:path";
import { artifacts, openBundledMap } from "./editorPage";
import { expect, test } from "./workspaceFixture";

/**
 * On a classroom laptop (1280 × 800) the panes beside the map take a share of the window, not their full size,
 * and the minimap steps aside when the map pane is small: the boxes must stay the largest thing on screen.
 */
const MAP = "mousavi-europese-troepenmacht-oekraine";

for (const [width, height, minimap] of [
  [1280, 800, false],
  [1600, 1000, true],
] as const) {
  test(`at ${width} × ${height} the map pane keeps room for the map, the minimap ${minimap ? "shown" : "hidden"}`, async ({
    page,
    bundledWorkspace,
  }) => {
    await page.setViewportSize({ width, height });
    await openBundledMap(page, bundledWorkspace.url, MAP);
    const pane = page.locator("section.map-pane");
    const box = await pane.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(0.38 * width);
    const miniMap = page.locator(".react-flow__minimap");
    if (minimap) await expect(miniMap).toBeVisible();
    else await expect(miniMap).toBeHidden();
    await page.screenshot({ path: join(artifacts, `small-window-${width}.png`) });
  });
}
