import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { selectInReader } from "./selectText";
import { expect, repoRoot, test } from "./workspaceFixture";

const artifacts = join(repoRoot, "e2e", "artifacts");
const TRUMP = "trump-belt-poetin-commentaar-2025-02";
const OSINGA = "osinga-europa-niet-aan-tafel-2025-02";
const SPEED = "Trump kan geen gebrek aan snelheid worden verweten";
const ONE_DAY = "Trump beëindigde de oorlog niet in één dag, zoals hij in zijn campagne had beloofd";

function documents(page: Page) {
  return page.getByRole("navigation", { name: "Documents" });
}

/** Open a text by clicking it in the document list (its button's name starts with the title). */
async function openText(page: Page, name: string): Promise<void> {
  await documents(page)
    .getByRole("button", { name: new RegExp(`^${name}`) })
    .click();
  await expect(page.getByRole("region", { name: "Source text" })).toBeVisible();
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
}

function canvas(page: Page) {
  return page.getByRole("region", { name: "Map" }).last();
}

function statement(page: Page, wording: string) {
  return canvas(page).getByRole("article", { name: wording, exact: true });
}

/** Add an implicit premise and give it a wording: an unsaved edit a user would not want to lose. */
async function addPremise(page: Page, wording: string): Promise<void> {
  await page.getByRole("toolbar", { name: "Argumap" }).getByRole("button", { name: "Implicit premise" }).click();
  await statement(page, "Implicit premise (edit me)").click();
  await page.keyboard.press("Enter");
  await canvas(page).getByRole("textbox", { name: "Wording" }).fill(wording);
  await page.keyboard.press("Enter");
  await expect(statement(page, wording)).toBeVisible();
}

test("statements copied in one map paste into another without their spans, and back into their own with them", async ({
  page,
  context,
  bundledWorkspace,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(bundledWorkspace.url);
  await openText(page, TRUMP);
  const before = await page.locator(".statement").count();

  // Two statements with the attack between them; the attack travels with them.
  await statement(page, SPEED).click();
  await statement(page, ONE_DAY).click({ modifiers: ["Shift"] });
  await page.keyboard.press("Control+c");
  await expect(page.getByRole("status").filter({ hasText: "Copied 2 statements" })).toBeVisible();
  const onClipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(JSON.parse(onClipboard)).toMatchObject({ kind: "argumap-fragment", statements: [{ text: SPEED }, { text: ONE_DAY }] });

  // Into the same map: new boxes that keep their spans, undone in one step.
  await page.keyboard.press("Control+v");
  await expect(page.locator(".statement")).toHaveCount(before + 2);
  await expect(statement(page, SPEED)).toHaveCount(2);
  await expect(page.locator(".statement.is-selected.is-implicit")).toHaveCount(0);
  await page.keyboard.press("Control+z");
  await expect(page.locator(".statement")).toHaveCount(before);

  // Into another map: the spans point at another text, so they are dropped, and the notice says so.
  await openText(page, OSINGA);
  const osingaBefore = await page.locator(".statement").count();
  const junctionsBefore = await page.locator(".junction").count();
  await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Control+v");
  await expect(page.getByRole("status")).toContainText("from another text. Their spans were dropped");
  await expect(statement(page, SPEED)).toBeVisible();
  await expect(statement(page, ONE_DAY)).toBeVisible();
  await expect(page.locator(".statement.is-implicit", { hasText: SPEED })).toHaveCount(1);
  await expect(page.locator(".statement.is-implicit", { hasText: ONE_DAY })).toHaveCount(1);
  await expect(page.locator(".junction")).toHaveCount(junctionsBefore + 1);
  await expect(page.locator(".statement")).toHaveCount(osingaBefore + 2);
  await expect(documents(page)).toContainText("unsaved");
  await page.keyboard.press("Control+z");
  await expect(page.locator(".statement")).toHaveCount(osingaBefore);
  await page.keyboard.press("Control+Shift+z");
  await expect(statement(page, SPEED)).toBeVisible();

  // Words selected in the reader keep the ordinary copy: the clipboard gets the words, and the map ignores them.
  const words = "Ondertussen is Poetin uit zijn internationale isolement getrokken door Trump.";
  await selectInReader(page, words);
  await page.keyboard.press("Control+c");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(words);
  await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Control+v");
  await expect(page.locator(".statement")).toHaveCount(osingaBefore + 2);
});

test("search finds statements and places in the text regardless of case and accents, and shows each one", async ({
  page,
  bundledWorkspace,
}) => {
  await page.goto(bundledWorkspace.url);
  await openText(page, TRUMP);
  await page.keyboard.press("Control+f");
  const search = page.getByRole("search", { name: "Search" });
  const box = search.getByRole("combobox", { name: "Search the statements and the text" });
  await expect(box).toBeFocused();

  // "poetin" finds "Poetin": every place in the text, and the statements that name him.
  await box.fill("poetin");
  const text = readFileSync(join(bundledWorkspace.root, `${TRUMP}.txt`), "utf8");
  const places = text.match(/poetin/gi)?.length ?? 0;
  expect(places).toBeGreaterThan(2);
  await expect(search.getByRole("group", { name: `In the text (${places})` })).toBeVisible();
  await expect(
    search
      .getByRole("group", { name: /^Statements \(\d+\)$/ })
      .getByRole("option")
      .first(),
  ).toContainText("Poetin");

  // "een dag" finds "één dag", in the wording and in the text.
  await box.fill("een dag");
  const statements = search.getByRole("group", { name: "Statements (1)" });
  await expect(statements.getByRole("option")).toHaveText(ONE_DAY);
  await expect(statements.locator("mark")).toHaveText("één dag");
  await expect(
    search
      .getByRole("group", { name: /^In the text \(\d+\)$/ })
      .locator("mark")
      .first(),
  ).toHaveText("één dag");
  await page.screenshot({ path: join(artifacts, "editor-search-light.png") });

  // Enter shows the statement: selected, centred in the map, its span in the reader scrolled into view.
  await box.press("Enter");
  await expect(page.locator(".statement.is-selected", { hasText: ONE_DAY })).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Source text" }).locator("mark.is-selected").first()).toBeInViewport();
  await expect(statement(page, ONE_DAY)).toBeInViewport();

  // Down moves to the first place in the text: highlighted in the reader and scrolled to.
  await box.press("ArrowDown");
  await expect(search.getByRole("option", { selected: true })).toContainText("één dag");
  const highlighted = await page.evaluate(() => [...(CSS.highlights.get("editor-search") ?? [])].map((r) => r.toString()));
  expect(highlighted).toEqual(["één dag"]);

  await page.getByRole("toolbar", { name: "Argumap" }).getByRole("button", { name: "Dark" }).click();
  await page.screenshot({ path: join(artifacts, "editor-search-dark.png") });

  await box.press("Escape");
  await expect(search).toHaveCount(0);
  expect(await page.evaluate(() => CSS.highlights.has("editor-search"))).toBe(false);
});

test("? lists every command with its keys, in the user's language, and Escape closes the list", async ({ page, bundledWorkspace }) => {
  await page.goto(bundledWorkspace.url);
  await openText(page, TRUMP);
  await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  for (const group of ["Edit", "Statements from the text", "View", "Mouse"])
    await expect(help.getByRole("region", { name: group })).toBeVisible();
  const copy = help.locator(".editor-help-row", { has: page.getByText("Copy", { exact: true }) });
  await expect(copy.locator("kbd")).toHaveText(["Ctrl", "C"]);
  await expect(help.locator(".editor-help-row", { has: page.getByText("Find", { exact: true }) }).locator("kbd")).toHaveText(["Ctrl", "F"]);
  await page.screenshot({ path: join(artifacts, "editor-help-light.png") });
  await page.keyboard.press("Escape");
  await expect(help).toHaveCount(0);

  await page.keyboard.press("Control+Shift+L");
  await page.getByRole("combobox", { name: "Language" }).selectOption("nl");
  await page.getByRole("toolbar", { name: "Argumap" }).getByRole("button", { name: "Sneltoetsen" }).click();
  const hulp = page.getByRole("dialog", { name: "Sneltoetsen" });
  await expect(hulp.getByText("Kopiëren", { exact: true })).toBeVisible();
  await expect(hulp.getByRole("region", { name: "Beweringen uit de tekst" })).toBeVisible();
  await page.screenshot({ path: join(artifacts, "editor-help-dark-nl.png") });
  await hulp.getByRole("button", { name: "Sluiten" }).click();
  await expect(hulp).toHaveCount(0);
});

test("focus on a statement dims all but its neighbours, and Escape shows everything again", async ({ page, bundledWorkspace }) => {
  await page.goto(bundledWorkspace.url);
  await openText(page, TRUMP);
  await statement(page, SPEED).click();
  await page.keyboard.press("Control+Shift+F");
  await expect(page.getByText(`Showing the neighbourhood of “${SPEED}”`)).toBeVisible();
  // SPEED with its attacker and its reason stay; a statement further away is dimmed.
  for (const near of [SPEED, ONE_DAY, "Trumps voortvarende optreden brengt wel beweging in het slepende conflict"]) {
    await expect(page.locator(".react-flow__node:not(.is-dimmed)", { hasText: near })).toHaveCount(1);
  }
  await expect(page.locator(".react-flow__node.is-dimmed", { hasText: "Oekraïne kan geen lid van de NAVO worden" })).toHaveCount(1);
  await page.screenshot({ path: join(artifacts, "editor-focus-light.png") });
  await page.keyboard.press("Escape");
  await expect(page.locator(".react-flow__node.is-dimmed")).toHaveCount(0);
});

test("closing a document with unsaved changes asks first, and leaving the page warns while any are unsaved", async ({
  page,
  bundledWorkspace,
}) => {
  await page.goto(bundledWorkspace.url);
  await openText(page, TRUMP);
  const saved = await page.locator(".statement").count();
  const close = documents(page).getByRole("button", { name: `Close ${TRUMP}` });

  await addPremise(page, "Poetin wint tijd");
  await close.click();
  const ask = page.getByRole("alertdialog", { name: `Close ${TRUMP}?` });
  await expect(ask).toContainText("changes that are not saved");
  await page.screenshot({ path: join(artifacts, "editor-close-unsaved.png") });
  await ask.getByRole("button", { name: "Cancel" }).click();
  await expect(statement(page, "Poetin wint tijd")).toBeVisible();

  await close.click();
  await ask.getByRole("button", { name: "Close without saving" }).click();
  await expect(close).toHaveCount(0);
  await expect(page.getByText("Open a text from the list").first()).toBeVisible();
  await openText(page, TRUMP);
  await expect(page.locator(".statement")).toHaveCount(saved);

  await addPremise(page, "Zelensky zit niet aan tafel");
  await close.click();
  await ask.getByRole("button", { name: "Save and close" }).click();
  await expect(close).toHaveCount(0);
  const onDisk = readFileSync(join(bundledWorkspace.root, `${TRUMP}.argmap.json`), "utf8");
  expect(onDisk).toContain("Zelensky zit niet aan tafel");

  // The browser's own "leave page?" while an edit is unsaved; none once it is saved.
  await openText(page, TRUMP);
  await addPremise(page, "Europa kijkt toe");
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(["beforeunload"]);
  expect(page.isClosed()).toBe(false);
  await page.keyboard.press("Control+s");
  await expect(documents(page)).not.toContainText("unsaved");
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
});

/** Edit in a page that is then killed without saving, once the edit reached the recovery file. */
async function editAndKill(page: Page, url: string, root: string, wording: string): Promise<void> {
  await page.goto(url);
  await openText(page, TRUMP);
  await addPremise(page, wording);
  const recovery = join(root, ".argumap", "recovery", `${TRUMP}.txt.json`);
  await expect.poll(() => existsSync(recovery) && readFileSync(recovery, "utf8").includes(wording)).toBe(true);
  await page.context().close();
}

test("after a page is killed mid-edit, a new page offers the edits back; restored they are unsaved and undo to the saved map", async ({
  browser,
  bundledWorkspace,
}) => {
  await editAndKill(await browser.newPage(), bundledWorkspace.url, bundledWorkspace.root, "Poetin wint tijd");

  const page = await browser.newPage();
  await page.goto(bundledWorkspace.url);
  const offer = page.getByRole("dialog", { name: "Recover unsaved edits?" });
  await expect(offer).toContainText(TRUMP);
  await page.screenshot({ path: join(artifacts, "editor-recovery-offer.png") });
  await offer.getByRole("button", { name: `Restore ${TRUMP}` }).click();
  await expect(offer).toHaveCount(0);
  await expect(statement(page, "Poetin wint tijd")).toBeVisible();
  await expect(documents(page)).toContainText("unsaved");
  await expect(page.getByRole("toolbar", { name: "Argumap" }).getByRole("button", { name: "Save" })).toBeEnabled();
  await page.keyboard.press("Control+z");
  await expect(statement(page, "Poetin wint tijd")).toHaveCount(0);
  await expect(documents(page)).not.toContainText("unsaved");
  await page.keyboard.press("Control+Shift+z");
  await expect(statement(page, "Poetin wint tijd")).toBeVisible();
  await page.keyboard.press("Control+s");
  await expect(documents(page)).not.toContainText("unsaved");
  await expect.poll(() => existsSync(join(bundledWorkspace.root, ".argumap", "recovery", `${TRUMP}.txt.json`))).toBe(false);
  await page.context().close();
});

test("declined recovered edits are gone: the saved map opens and the offer does not come back", async ({ browser, bundledWorkspace }) => {
  await editAndKill(await browser.newPage(), bundledWorkspace.url, bundledWorkspace.root, "Poetin wint tijd");

  const page = await browser.newPage();
  await page.goto(bundledWorkspace.url);
  const offer = page.getByRole("dialog", { name: "Recover unsaved edits?" });
  await offer.getByRole("button", { name: `Discard ${TRUMP}` }).click();
  await expect(offer).toHaveCount(0);
  await expect.poll(() => existsSync(join(bundledWorkspace.root, ".argumap", "recovery", `${TRUMP}.txt.json`))).toBe(false);
  await openText(page, TRUMP);
  await expect(statement(page, "Poetin wint tijd")).toHaveCount(0);
  await expect(documents(page)).not.toContainText("unsaved");

  await page.reload();
  await expect(documents(page).getByRole("button", { name: new RegExp(`^${TRUMP}`) })).toBeVisible();
  await expect(page.getByRole("dialog", { name: "Recover unsaved edits?" })).toHaveCount(0);
  await page.context().close();
});

test("a second window does not offer the edits a live window is still making; once that window is gone, they are offered", async ({
  browser,
  bundledWorkspace,
}) => {
  // Two windows of one browser, as two tabs: the first edits and keeps its edits unsaved.
  const context = await browser.newContext();
  const first = await context.newPage();
  await first.goto(bundledWorkspace.url);
  await openText(first, TRUMP);
  await addPremise(first, "Kyiv wacht af");
  const recovery = join(bundledWorkspace.root, ".argumap", "recovery", `${TRUMP}.txt.json`);
  await expect.poll(() => existsSync(recovery) && readFileSync(recovery, "utf8").includes("Kyiv wacht af")).toBe(true);

  const second = await context.newPage();
  await second.goto(bundledWorkspace.url);
  await expect(documents(second)).toContainText(TRUMP);
  // The offer would come right after the documents; give it the time it takes to ask the other windows.
  await second.waitForTimeout(1000);
  await expect(second.getByRole("dialog", { name: "Recover unsaved edits?" })).toHaveCount(0);
  await second.close();

  await first.close({ runBeforeUnload: false });
  const third = await context.newPage();
  await third.goto(bundledWorkspace.url);
  await expect(third.getByRole("dialog", { name: "Recover unsaved edits?" })).toContainText(TRUMP);
  await context.close();
});
