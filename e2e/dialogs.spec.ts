import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { artifacts, OSINGA, openBundledMap, statement } from "./editorPage";
import { expect, test } from "./workspaceFixture";

/**
 * A modal dialog owns the keyboard: no shortcut acts on the map behind it, focus goes into it (on the safe
 * choice), Tab stays inside, Escape cancels, and focus comes back to where it was.
 */

const GIVES_AWAY = "Trump geeft al dingen weg vóór de onderhandelingen en beloont Poetin als oorlogsmisdadiger";
const ON_DISK = "Op schijf gewijzigd door een collega";
const IMPLICIT = "Implicit premise (edit me)";

function boxes(page: Page): Locator {
  return page.locator(".react-flow").getByRole("article");
}

/** Whether the element with the keyboard focus is inside this dialog. */
function focusInside(dialog: Locator): Promise<boolean> {
  return dialog.evaluate((el) => el.contains(document.activeElement));
}

/** The page in the other theme (the app's own shortcut; the map has the focus). */
async function toggleTheme(page: Page): Promise<void> {
  const before = await page.evaluate(() => document.documentElement.dataset.theme);
  await page.keyboard.press("Control+Shift+L");
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).not.toBe(before);
}

async function shoot(page: Page, name: string): Promise<void> {
  const theme = await page.evaluate(() => document.documentElement.dataset.theme);
  await page.screenshot({ path: join(artifacts, `dialogs-${name}-${theme}.png`) });
}

/** A key that should do nothing gets a moment to do its harm before the test looks. */
async function pressAndSettle(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await page.waitForTimeout(250);
}

/** Tab and Shift+Tab, more times than the dialog has buttons: the focus never leaves it. */
async function expectTabTrapped(page: Page, dialog: Locator): Promise<void> {
  const stops = (await dialog.getByRole("button").count()) + 1;
  for (const key of ["Tab", "Shift+Tab"]) {
    for (let i = 0; i < stops; i++) {
      await page.keyboard.press(key);
      expect(await focusInside(dialog), `${key} #${i + 1} keeps the focus in the dialog`).toBe(true);
    }
  }
}

/** Tab until this button of the dialog has the focus. */
async function tabTo(page: Page, button: Locator): Promise<void> {
  for (let i = 0; i < 8 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(button).toBeFocused();
}

/** Someone else changes the map file while it is open: one statement gets other words. */
function changeOnDisk(root: string, words = ON_DISK): void {
  const file = join(root, `${OSINGA}.argmap.json`);
  const map = JSON.parse(readFileSync(file, "utf8")) as { statements: { id: string; text: string }[] };
  const s1 = map.statements.find((s) => s.id === "s1");
  if (!s1) throw new Error("no s1 in the bundled map");
  s1.text = words;
  writeFileSync(file, `${JSON.stringify(map, null, 2)}\n`);
}

/**
 * Osinga's map with one step to undo (an implicit premise added), so that an undo behind a dialog would show;
 * the statement "gives away" selected again, and the number of boxes.
 */
async function openWithOneStepToUndo(page: Page, url: string): Promise<{ box: Locator; count: number }> {
  await openBundledMap(page, url, OSINGA);
  const box = statement(page, GIVES_AWAY);
  await box.click();
  await page.keyboard.press("Alt+5");
  await expect(statement(page, IMPLICIT)).toBeVisible();
  const count = await boxes(page).count();
  await box.click();
  return { box, count };
}

test("while the shortcut help is open, Delete, Alt+5 and Ctrl+Z do nothing to the map behind it", async ({ page, bundledWorkspace }) => {
  const { count } = await openWithOneStepToUndo(page, bundledWorkspace.url);

  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect.poll(() => focusInside(help)).toBe(true);
  for (const key of ["Delete", "Alt+5", "Control+z", "Backspace"]) await pressAndSettle(page, key);
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(help).toBeVisible();
  await expect(boxes(page)).toHaveCount(count);
  await expect(statement(page, IMPLICIT)).toBeVisible();
  await expectTabTrapped(page, help);
  await shoot(page, "help");

  await page.keyboard.press("Escape");
  await expect(help).toHaveCount(0);
  await expect(boxes(page)).toHaveCount(count);
  await toggleTheme(page);
  await page.keyboard.press("?");
  await expect(help).toBeVisible();
  await shoot(page, "help");
});

test("the delete confirmation takes the focus on Cancel, keeps Tab inside, cancels with Escape and deletes with Enter on Delete", async ({
  page,
  bundledWorkspace,
}) => {
  const { box, count } = await openWithOneStepToUndo(page, bundledWorkspace.url);
  await page.keyboard.press("Delete");
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await shoot(page, "delete-confirmation");
  await expectTabTrapped(page, confirm);
  // Keys behind the confirmation: no undo of the step before, no new statement, no second confirmation.
  for (const key of ["Control+z", "Alt+5", "Delete"]) await pressAndSettle(page, key);
  await expect(confirm).toHaveCount(1);
  await expect(statement(page, IMPLICIT)).toBeVisible();
  await expect(boxes(page)).toHaveCount(count);

  await page.keyboard.press("Escape");
  await expect(confirm).toHaveCount(0);
  await expect(box).toBeVisible();
  await expect(boxes(page)).toHaveCount(count);
  // The focus is back on the box, so Delete asks again about the same statement.
  await expect(page.locator(".react-flow__node:focus").getByRole("article")).toHaveAccessibleName(GIVES_AWAY);

  await toggleTheme(page);
  await page.keyboard.press("Delete");
  await expect(confirm).toBeVisible();
  await shoot(page, "delete-confirmation");
  await tabTo(page, confirm.getByRole("button", { name: "Delete" }));
  await page.keyboard.press("Enter");
  await expect(confirm).toHaveCount(0);
  await expect(box).toHaveCount(0);
  await expect(boxes(page)).toHaveCount(count - 1);
});

test("the 'map changed on disk' dialog owns the keyboard: focus on Cancel, Tab inside, keys kept from the map, Escape cancels", async ({
  page,
  bundledWorkspace,
}) => {
  await openBundledMap(page, bundledWorkspace.url, OSINGA);
  const box = statement(page, GIVES_AWAY);
  await box.click();
  await page.keyboard.press("Alt+5");
  await expect(statement(page, IMPLICIT)).toBeVisible();
  const count = await boxes(page).count();
  changeOnDisk(bundledWorkspace.root);

  await box.click();
  await page.keyboard.press("Control+s");
  const conflict = page.getByRole("alertdialog", { name: "The map changed on disk" });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole("button", { name: "Cancel" })).toBeFocused();
  await shoot(page, "conflict");
  await expectTabTrapped(page, conflict);
  for (const key of ["Delete", "Alt+5", "Control+z"]) await pressAndSettle(page, key);
  await expect(conflict).toHaveCount(1);
  await expect(page.getByRole("alertdialog")).toHaveCount(1);
  await expect(boxes(page)).toHaveCount(count);
  await expect(statement(page, IMPLICIT)).toBeVisible();

  await page.keyboard.press("Escape");
  await expect(conflict).toHaveCount(0);
  // Cancelled: the edits are still there, unsaved, and the focus is back on the box.
  await expect(statement(page, IMPLICIT)).toBeVisible();
  await expect(page.locator(".react-flow__node:focus").getByRole("article")).toHaveAccessibleName(GIVES_AWAY);
  await expect(page.getByRole("navigation", { name: "Documents" })).toContainText("unsaved");

  // The conflict is not forgotten: the next save asks again.
  await toggleTheme(page);
  await page.keyboard.press("Control+s");
  await expect(conflict).toBeVisible();
  await shoot(page, "conflict");
});

test("'Save my version as a copy' names the copy, shows the map on disk, and the next save is not a conflict", async ({
  page,
  bundledWorkspace,
}) => {
  const copyName = `${OSINGA}.copy-1.argmap.json`;
  await openBundledMap(page, bundledWorkspace.url, OSINGA);
  await statement(page, GIVES_AWAY).click();
  await page.keyboard.press("Alt+5");
  await expect(statement(page, IMPLICIT)).toBeVisible();
  changeOnDisk(bundledWorkspace.root);

  await page.keyboard.press("Control+s");
  const conflict = page.getByRole("alertdialog", { name: "The map changed on disk" });
  await expect(conflict).toBeVisible();
  await conflict.getByRole("button", { name: "Save my version as a copy" }).click();

  // The user is told where their version went and what the map shows now.
  const saved = page.getByRole("alertdialog", { name: "Your version is saved as a copy" });
  await expect(saved).toBeVisible();
  await expect(saved).toContainText(copyName);
  await expect(saved).toContainText("version on disk");
  await expect(saved.getByRole("button", { name: "OK" })).toBeFocused();
  await expect(conflict).toHaveCount(0);
  await shoot(page, "copy-saved");

  // The copy holds the user's version, under a map id of its own (links name maps by id).
  const copyFile = join(bundledWorkspace.root, copyName);
  expect(existsSync(copyFile)).toBe(true);
  const copy = JSON.parse(readFileSync(copyFile, "utf8")) as { id: string; statements: { text: string }[] };
  expect(copy.statements.some((s) => s.text === IMPLICIT)).toBe(true);
  expect(copy.id).not.toBe("osinga-europa");

  await page.keyboard.press("Enter");
  await expect(saved).toHaveCount(0);
  await expect(statement(page, ON_DISK)).toBeVisible();
  await expect(statement(page, IMPLICIT)).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Documents" })).not.toContainText("unsaved");

  // An edit on the version on disk saves without asking again.
  await statement(page, GIVES_AWAY).click();
  await page.keyboard.press("Alt+5");
  await expect(statement(page, IMPLICIT)).toBeVisible();
  await page.keyboard.press("Control+s");
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  const onDisk = readFileSync(join(bundledWorkspace.root, `${OSINGA}.argmap.json`), "utf8");
  expect(onDisk).toContain(IMPLICIT);
  expect(onDisk).toContain(ON_DISK);

  // A later change on disk is a conflict again, and a second copy gets the next free name.
  await toggleTheme(page);
  changeOnDisk(bundledWorkspace.root, `${ON_DISK}, opnieuw`);
  await statement(page, GIVES_AWAY).click();
  await page.keyboard.press("Alt+5");
  await page.keyboard.press("Control+s");
  await conflict.getByRole("button", { name: "Save my version as a copy" }).click();
  await expect(saved).toContainText(`${OSINGA}.copy-2.argmap.json`);
  await shoot(page, "copy-saved");
  await saved.getByRole("button", { name: "OK" }).click();
  await expect(statement(page, `${ON_DISK}, opnieuw`)).toBeVisible();
});

test("in the compare view, Delete with the help open leaves the chosen link alone", async ({ page, bundledWorkspace }) => {
  await page.goto(bundledWorkspace.url);
  await page.getByRole("group", { name: "View" }).getByText("Compare").click();
  const links = page.getByRole("listitem").getByRole("button", { name: /^(contradicts|same claim|attacks|supports) / });
  await expect(links.first()).toBeVisible();
  await links.first().click();
  const chosen = page.getByRole("region", { name: "Link" });
  await expect(chosen.getByRole("button", { name: "Delete link" })).toBeVisible();
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: /Keyboard shortcuts/ });
  await expect(help).toBeVisible();
  await page.keyboard.press("Delete");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  // Still chosen, so still there: deleting it would have closed its details.
  await expect(chosen.getByRole("button", { name: "Delete link" })).toBeVisible();
});
