import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { artifacts, COUNTER, mark, OSINGA, openBundledMap, openText, PREMISE, REBUTTAL, reader, statement, THESIS } from "./editorPage";
import { selectInReader } from "./selectText";
import { expect, test } from "./workspaceFixture";

/**
 * Editing lands where the user looks: Enter edits the statement shown selected, a new statement shows up in
 * the visible part of the map, a span's outline goes with its statement's selection, and the Dutch UI speaks Dutch.
 */

/** The map's drawing area (React Flow's pane, an ARIA application) inside the map pane. */
function canvas(page: Page): Locator {
  return page.getByRole("region", { name: /^(Map|Kaart)$/ }).getByRole("application");
}

/** The box lies wholly inside the visible map area. */
async function expectInView(page: Page, box: Locator): Promise<void> {
  await expect
    .poll(async () => {
      const area = await canvas(page).boundingBox();
      const seen = await box.boundingBox();
      if (!area || !seen) return "not drawn";
      const inside =
        seen.x >= area.x - 1 &&
        seen.y >= area.y - 1 &&
        seen.x + seen.width <= area.x + area.width + 1 &&
        seen.y + seen.height <= area.y + area.height + 1;
      return inside ? "in view" : `box ${JSON.stringify(seen)} outside the map area ${JSON.stringify(area)}`;
    })
    .toBe("in view");
}

test("Enter after Implicit premise edits the new statement, not the box that was clicked before", async ({ page, bundledWorkspace }) => {
  await openBundledMap(page, bundledWorkspace.url, OSINGA);
  const clicked = page.locator(".statement.role-thesis");
  const wording = (await clicked.getAttribute("aria-label")) ?? "";
  await clicked.click();
  await page.keyboard.press("Alt+5");
  const added = statement(page, "Implicit premise (edit me)");
  await expect(added).toHaveClass(/is-selected/);
  await page.keyboard.press("Enter");
  await page.keyboard.type("Europa moet zelf voor zijn veiligheid zorgen");
  await page.keyboard.press("Enter");
  await expect(statement(page, "Europa moet zelf voor zijn veiligheid zorgen")).toHaveClass(/is-implicit/);
  await expect(statement(page, wording)).toHaveCount(1);
  await expect(statement(page, "Implicit premise (edit me)")).toHaveCount(0);
});

test("a statement made by a command takes the keyboard focus, so Tab and Enter go on from it", async ({ page, bundledWorkspace }) => {
  await openBundledMap(page, bundledWorkspace.url, OSINGA);
  await page.locator(".statement.role-thesis").click();
  await page.keyboard.press("Alt+5");
  const focusedBox = page.locator(".react-flow__node:focus");
  await expect(focusedBox.getByRole("article")).toHaveAccessibleName("Implicit premise (edit me)");
  // Tab goes on from the new box to the next one, and Shift+Tab comes back to it.
  const added = (await focusedBox.getAttribute("data-id")) ?? "";
  await page.keyboard.press("Tab");
  await expect(focusedBox).toHaveCount(1);
  await expect(focusedBox).not.toHaveAttribute("data-id", added);
  await page.keyboard.press("Shift+Tab");
  await expect(focusedBox.getByRole("article")).toHaveAccessibleName("Implicit premise (edit me)");
  const box = await focusedBox.boundingBox();
  if (box)
    await page.screenshot({
      path: join(artifacts, "editing-focus-new-box.png"),
      clip: { x: box.x - 150, y: box.y - 120, width: 400, height: 260 },
    });
});

for (const viewport of [
  { width: 1600, height: 1000 },
  { width: 1280, height: 800 },
]) {
  test(`counterclaims, rebuttals and implicit premises made on a fresh map appear inside the visible map area (${viewport.width}×${viewport.height})`, async ({
    page,
    emptyWorkspace,
  }) => {
    await page.setViewportSize(viewport);
    await openText(page, emptyWorkspace.url, OSINGA, THESIS);
    await mark(page, THESIS, "Central claim");
    await selectInReader(page, COUNTER);
    await page.keyboard.press("Alt+3");
    await expectInView(page, statement(page, COUNTER));
    await selectInReader(page, REBUTTAL);
    await page.keyboard.press("Alt+4");
    await expectInView(page, statement(page, REBUTTAL));
    // A linked premise on the counterclaim's junction, then an implicit premise for the central claim.
    await page.locator(".react-flow__node-junction").first().click();
    await page.keyboard.press("Alt+5");
    await expectInView(page, statement(page, "Implicit premise (edit me)"));
    await statement(page, THESIS).click();
    await page.keyboard.press("Alt+5");
    await expectInView(page, statement(page, "Implicit premise (edit me)").last());
    await page.screenshot({ path: join(artifacts, `editing-focus-placement-${viewport.width}.png`) });
  });
}

test("a pasted statement lands beside its original, not on it, in view and with the keyboard focus", async ({
  page,
  context,
  bundledWorkspace,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openBundledMap(page, bundledWorkspace.url, OSINGA);
  const original = page.locator(".statement.role-thesis");
  const wording = (await original.getAttribute("aria-label")) ?? "";
  const originalId = (await original.getAttribute("data-statement")) ?? "";
  await original.click();
  await page.keyboard.press("Control+c");
  await page.keyboard.press("Control+v");
  const copies = statement(page, wording);
  await expect(copies).toHaveCount(2);
  const copy = page.locator(".react-flow__node:focus").getByRole("article", { name: wording });
  await expect(copy).toHaveCount(1);
  // The focus is on the copy, not on the original clicked before.
  await expect(copy).not.toHaveAttribute("data-statement", originalId);
  await expectInView(page, copy);
  const [a, b] = await Promise.all([copies.nth(0).boundingBox(), copies.nth(1).boundingBox()]);
  if (!a || !b) throw new Error("the statements are not drawn");
  const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
  expect(apart, `${JSON.stringify(a)} and ${JSON.stringify(b)} overlap`).toBe(true);
});

test("a span's outline goes when its new statement is deselected", async ({ page, emptyWorkspace }) => {
  await openText(page, emptyWorkspace.url, OSINGA, THESIS);
  await mark(page, THESIS, "Central claim");
  await mark(page, PREMISE, "Premise");
  const span = reader(page).locator("mark", { hasText: "Poetin uit zijn internationale isolement" });
  await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
  await expect(statement(page, PREMISE)).not.toHaveClass(/is-selected/);
  await expect(span).not.toHaveClass(/is-selected/);
  await expect(span).not.toHaveClass(/is-hovered/);
  await expect(statement(page, PREMISE)).not.toHaveClass(/is-hovered/);
});

test("in Dutch the map's controls and lines have Dutch names", async ({ page, bundledWorkspace }) => {
  await openBundledMap(page, bundledWorkspace.url, OSINGA);
  await page.getByRole("combobox", { name: "Language" }).selectOption("nl");
  const map = canvas(page);
  await expect(map.getByRole("button", { name: "Inzoomen" })).toBeVisible();
  await expect(map.getByRole("button", { name: "Uitzoomen" })).toBeVisible();
  await expect(map.getByRole("button", { name: "Kaart passend in beeld" })).toBeVisible();
  await expect(map.getByRole("button", { name: /Zoom In|Zoom Out|Fit View|Toggle Interactivity/ })).toHaveCount(0);
  const edgeNames = await map.locator(".react-flow__edge").evaluateAll((edges) => edges.map((e) => e.getAttribute("aria-label") ?? ""));
  expect(edgeNames.length).toBeGreaterThan(0);
  expect(edgeNames.filter((name) => /^Edge from|^$/.test(name))).toEqual([]);
  expect(edgeNames.some((name) => name.includes("ondersteunt"))).toBe(true);
  await expect(page.getByRole("group", { name: "Weergave" })).toBeVisible();

  await page.locator(".statement.role-thesis").click();
  await page.keyboard.press("Alt+5");
  await page.keyboard.press("Control+z");
  const redo = page.getByRole("button", { name: "Opnieuw", exact: true });
  await expect(redo).toHaveAttribute("title", /^Opnieuw: bewering toevoegen \(/);
  await page.keyboard.press("Control+Shift+z");
  await expect(page.getByRole("button", { name: "Ongedaan maken", exact: true })).toHaveAttribute(
    "title",
    /^Ongedaan maken: bewering toevoegen \(/,
  );
  await page.screenshot({ path: join(artifacts, "editing-focus-dutch.png") });
  await page.keyboard.press("Control+Shift+L");
  await page.screenshot({ path: join(artifacts, "editing-focus-dutch-dark.png") });
});

test("a keyboard user sees which choice of Support/Attack and of the views has the focus", async ({ page, bundledWorkspace }) => {
  await openBundledMap(page, bundledWorkspace.url, OSINGA);
  const toolbar = page.getByRole("toolbar", { name: "Argumap" });
  for (const name of ["Support", "Outline"]) {
    const radio = toolbar.getByRole("radio", { name });
    await page.keyboard.press("Tab");
    await radio.focus();
    const outline = await radio.evaluate((el) => getComputedStyle(el.closest("label") as Element).outlineStyle);
    expect(outline, name).toBe("solid");
  }
});

test("a second central claim says that the first one no longer is", async ({ page, bundledWorkspace }) => {
  await openBundledMap(page, bundledWorkspace.url, OSINGA);
  await mark(page, "De boodschap kwam in Brussel hard aan", "Central claim");
  await expect(page.getByRole("status").filter({ hasText: "no longer is" })).toContainText("Europese regeringsleiders moeten");
  await expect(page.locator(".statement.role-thesis")).toHaveCount(1);
});
