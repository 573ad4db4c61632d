import { readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { openDocument } from "./editorPage";
import { expect, repoRoot, test } from "./workspaceFixture";

const artifacts = join(repoRoot, "e2e", "artifacts");

const MOUSAVI = "Trump heeft, anders dan Poetin, geen geostrategische visie.";
const OSINGA = "Het is ijzingwekkend dat Trump en Poetin een conservatieve 'bromance' en een sterkemannendeal kunnen sluiten";
const NOTE = "Osinga ziet Trump en Poetin als gelijkgestemde sterke mannen; volgens Mousavi mist Trump juist de visie die Poetin heeft.";
/** A statement of Osinga that two links and two issue positions point at. */
const OSINGA_LINKED = "Trump geeft al dingen weg vóór de onderhandelingen en beloont Poetin als oorlogsmisdadiger";

/** Switch to the compare view and show Mousavi beside Osinga instead of the first two op-eds. */
async function compareMousaviAndOsinga(page: Page): Promise<{ mousavi: Locator; osinga: Locator }> {
  await page.getByRole("group", { name: "View" }).getByText("Compare").click();
  const choose = page.getByRole("group", { name: "Op-eds to compare" });
  await choose.getByText("De oorlog van Trump").click();
  await choose.getByText("Commentaar feb. 2025").click();
  await choose.getByText("Mousavi").click();
  await choose.getByText("Analyse Osinga").click();
  const mousavi = page.getByRole("region", { name: "Map of Mousavi" });
  const osinga = page.getByRole("region", { name: "Map of Analyse Osinga" });
  await expect(mousavi.getByRole("article", { name: MOUSAVI })).toBeVisible();
  await expect(osinga.getByRole("article", { name: OSINGA })).toBeVisible();
  return { mousavi, osinga };
}

/** Drag with the mouse from one element's centre to another's, in small steps as a hand does. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error("nothing to drag between");
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** The new link, drawn across the columns. */
const linkLine = (page: Page) => page.getByRole("button", { name: /^contradicts: Trump heeft, anders dan Poetin/ });
/** The same link in the list beside the columns, easier to hit than a thin curve. */
const linkInList = (page: Page) => page.getByRole("listitem").getByRole("button", { name: /^contradicts Trump heeft, anders dan Poetin/ });

test("a user links two statements of two op-eds as contradicting, undoes and redoes it, saves, and finds it after a reload", async ({
  page,
  bundledWorkspace,
}) => {
  await page.goto(bundledWorkspace.url);
  const { mousavi, osinga } = await compareMousaviAndOsinga(page);
  await expect(page.getByRole("heading", { name: "Links between these op-eds (5)" })).toBeVisible();

  await drag(page, mousavi.getByRole("button", { name: `Link from: ${MOUSAVI}` }), osinga.getByRole("article", { name: OSINGA }));
  const form = page.getByRole("dialog", { name: "New link" });
  await expect(form).toContainText(MOUSAVI);
  await expect(form).toContainText(OSINGA);
  await form.getByRole("radio", { name: "contradicts" }).check();
  await form.getByRole("textbox", { name: "Note" }).fill(NOTE);
  await form.getByRole("button", { name: "Link" }).click();
  await expect(form).toBeHidden();

  // The new link is selected: both statements, both quoted spans and the note are shown together.
  const details = page.getByRole("region", { name: "Link" });
  await expect(details.getByRole("radio", { name: "contradicts" })).toBeChecked();
  await expect(details.getByRole("textbox", { name: "Note" })).toHaveValue(NOTE);
  await expect(details.getByRole("article", { name: `Mousavi: ${MOUSAVI}` }).locator("blockquote mark")).toHaveText(
    "In tegenstelling tot Poetin heeft Trump geen geostrategische visie",
  );
  await expect(details.getByRole("article", { name: `Analyse Osinga: ${OSINGA}` }).locator("blockquote mark")).toContainText(
    "een bromance ontwikkelen op basis van conservatieve waarden",
  );
  await expect(linkLine(page)).toBeVisible();
  await expect(linkLine(page)).toHaveAttribute("aria-pressed", "true");

  await page.keyboard.press("Control+z");
  await expect(linkLine(page)).toHaveCount(0);
  await expect(details).toBeHidden();
  // The map behind the compare view is untouched: undo acted on the links only.
  await expect(page.getByRole("heading", { name: "Links between these op-eds (5)" })).toBeVisible();
  await page.keyboard.press("Control+Shift+z");
  await expect(linkLine(page)).toBeVisible();
  await expect(page.getByRole("button", { name: "Save links" })).toBeEnabled();

  await page.keyboard.press("Control+s");
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save links" })).toBeDisabled();
  const saved = JSON.parse(readFileSync(join(bundledWorkspace.root, "workspace.argmap.json"), "utf8"));
  expect(saved.links).toHaveLength(31);
  expect(saved.links.at(-1)).toEqual({
    id: "l31",
    from: { map: "mousavi-troepenmacht", statement: "s13" },
    to: { map: "osinga-europa", statement: "s15" },
    relation: "contradicts",
    note: NOTE,
  });

  await page.reload();
  await compareMousaviAndOsinga(page);
  await expect(page.getByRole("heading", { name: "Links between these op-eds (6)" })).toBeVisible();
  await expect(linkLine(page)).toBeVisible();
  await linkInList(page).click();
  await expect(page.getByRole("region", { name: "Link" }).getByRole("textbox", { name: "Note" })).toHaveValue(NOTE);
});

test("deleting a statement that links and issue positions point at asks first, keeps them flagged, and undo mends them", async ({
  page,
  bundledWorkspace,
}) => {
  await page.goto(bundledWorkspace.url);
  await openDocument(page, /osinga-europa/);
  const canvas = page.getByRole("region", { name: "Map" }).first();
  await canvas.getByRole("article", { name: OSINGA_LINKED }).click();
  await page.keyboard.press("Delete");
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("2 links and 2 issue positions of the cross-author file point at it");
  await expect(confirm).toContainText("same claim Commentaar feb. 2025");
  await expect(confirm).toContainText("contradicts Vijf conclusies");
  await expect(confirm).toContainText("“Treden de VS op als neutrale, geloofwaardige bemiddelaar?”");
  await confirm.getByRole("button", { name: "Delete" }).click();
  await expect(canvas.getByRole("article", { name: OSINGA_LINKED })).toHaveCount(0);

  await page.getByRole("group", { name: "View" }).getByText("Compare").click();
  const broken = page.getByRole("region", { name: "Pointing at deleted statements" });
  await expect(broken).toContainText("2 links point at a statement that is no longer in its map.");
  await expect(broken).toContainText("2 issue positions name a statement that is no longer in its map.");
  await expect(broken.getByRole("button", { name: /link to a deleted statement/ })).toHaveCount(2);

  // Undo the deletion in the map: the links point at the statement again, nothing was lost.
  await page.getByRole("group", { name: "View" }).getByText("Map").click();
  await page.getByRole("toolbar").getByRole("button", { name: "Undo" }).click();
  await expect(canvas.getByRole("article", { name: OSINGA_LINKED })).toBeVisible();
  await page.getByRole("group", { name: "View" }).getByText("Compare").click();
  await expect(page.getByRole("region", { name: "Pointing at deleted statements" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save links" })).toBeDisabled();
});

test("an op-ed renamed on disk keeps its links, since they name its map by id", async ({ page, bundledWorkspace }) => {
  for (const ext of [".txt", ".argmap.json"]) {
    renameSync(
      join(bundledWorkspace.root, `osinga-europa-niet-aan-tafel-2025-02${ext}`),
      join(bundledWorkspace.root, `osinga-hernoemd${ext}`),
    );
  }
  await page.goto(bundledWorkspace.url);
  await compareMousaviAndOsinga(page);
  await expect(page.getByRole("heading", { name: "Links between these op-eds (5)" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save links" })).toBeEnabled();
  await page.getByRole("button", { name: "Save links" }).click();
  await expect(page.getByRole("button", { name: "Save links" })).toBeDisabled();
  const saved = JSON.parse(readFileSync(join(bundledWorkspace.root, "workspace.argmap.json"), "utf8"));
  expect(saved.maps.find((m: { id: string }) => m.id === "osinga-europa").file).toBe("osinga-hernoemd.argmap.json");
  expect(saved.links).toHaveLength(30);
});

test("the compare view with the bundled maps, in light and dark", async ({ page, bundledWorkspace }) => {
  await page.goto(bundledWorkspace.url);
  await page.getByRole("group", { name: "View" }).getByText("Compare").click();
  const choose = page.getByRole("group", { name: "Op-eds to compare" });
  await choose.getByText("De oorlog van Trump").click();
  await choose.getByText("Commentaar feb. 2025").click();
  await choose.getByText("Analyse Osinga").click();
  await choose.getByText("Vijf conclusies").click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(artifacts, "compare-overview-light.png") });
  await page.getByRole("region", { name: "Map of Vijf conclusies" }).getByRole("button", { name: "Source text" }).click();
  await page
    .getByRole("listitem")
    .getByRole("button", { name: /^contradicts / })
    .first()
    .click();
  await expect(page.getByRole("region", { name: "Link" })).toBeVisible();
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(artifacts, "compare-light.png") });
  await page.keyboard.press("Control+Shift+L");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(artifacts, "compare-dark.png") });
  await choose.getByText("Mousavi").click();
  await page.getByRole("combobox", { name: "Language" }).selectOption("nl");
  await page.waitForTimeout(600);
  // Mousavi, Osinga, Vijf conclusies: a line between the outer two passes over Osinga's map and is drawn faint.
  const across = page.locator(".compare-link.is-across");
  await expect(across.first()).toBeVisible();
  expect(
    await across
      .locator(".line")
      .first()
      .evaluate((el) => Number(getComputedStyle(el).opacity)),
  ).toBeLessThan(0.5);
  await page.screenshot({ path: join(artifacts, "compare-three-dark-nl.png") });
});
