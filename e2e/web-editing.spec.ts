import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { selectInReader } from "./selectText";
import { expect, test } from "./workspaceFixture";

const TEXT = "trump-belt-poetin-commentaar-2025-02";

test("a user connects two statements as an attack by dragging, edits a wording, deletes and undoes", async ({ page, emptyWorkspace }) => {
  await page.goto(emptyWorkspace.url);
  await page
    .getByRole("navigation", { name: "Documents" })
    .getByRole("button", { name: new RegExp(TEXT) })
    .click();
  // The text arrives from the server after the click: select words only once the reader shows them.
  await expect(page.getByRole("region", { name: "Source text" })).toContainText("Gebrek aan snelheid kan Trump niet worden verweten.");
  await selectInReader(page, "Gebrek aan snelheid kan Trump niet worden verweten.");
  await page.getByRole("button", { name: "Central claim" }).click();
  await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
  await selectInReader(page, "Hij maakte niet in één dag een einde aan de oorlog in Oekraïne");
  await page.getByRole("button", { name: "Central claim" }).click();
  // The second central claim takes over: the first becomes unconnected.
  await expect(page.locator(".statement.role-thesis")).toHaveCount(1);
  await expect(page.locator(".statement.role-unconnected")).toHaveCount(1);

  await page.getByRole("group", { name: "New connections" }).getByText("Attack").click();
  await expect(page.getByRole("radio", { name: "Attack" })).toBeChecked();
  const from = page.locator(".react-flow__node-statement", { has: page.locator(".role-unconnected") }).locator(".handle-out");
  const to = page.locator(".react-flow__node-statement", { has: page.locator(".role-thesis") }).locator(".handle-in");
  await from.hover();
  await page.mouse.down();
  const target = await to.boundingBox();
  if (!target) throw new Error("no target handle");
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page.locator(".statement.role-counterclaim")).toHaveCount(1);
  await expect(page.locator(".junction-attack")).toHaveCount(1);

  const counter = page.locator(".statement.role-counterclaim");
  await counter.click();
  await page.keyboard.press("Enter");
  const editor = page.locator(".wording-editor");
  await editor.fill("Iets anders");
  // Escape takes the words typed back, as in any text field of a dialog; Enter keeps them.
  await page.keyboard.press("Escape");
  await expect(editor).toHaveCount(0);
  await expect(page.getByRole("article", { name: /Hij maakte niet in één dag/ })).toBeVisible();
  await expect(page.getByRole("article", { name: "Iets anders" })).toHaveCount(0);
  await page.keyboard.press("Enter");
  await editor.fill("Trump beëindigde de oorlog niet in één dag");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("article", { name: "Trump beëindigde de oorlog niet in één dag" })).toBeVisible();

  await page.getByRole("article", { name: "Trump beëindigde de oorlog niet in één dag" }).click();
  await page.keyboard.press("Delete");
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("also removes 1 connection");
  await confirm.getByRole("button", { name: "Delete" }).click();
  await expect(page.locator(".statement")).toHaveCount(1);
  await page.keyboard.press("Control+z");
  await expect(page.getByRole("article", { name: "Trump beëindigde de oorlog niet in één dag" })).toBeVisible();
  await expect(page.locator(".statement.role-counterclaim")).toHaveCount(1);
  await page.keyboard.press("Control+z");
  await expect(page.getByRole("article", { name: /Hij maakte niet in één dag/ })).toBeVisible();
  await page.keyboard.press("Control+Shift+z");
  await expect(page.getByRole("article", { name: "Trump beëindigde de oorlog niet in één dag" })).toBeVisible();
});

test("a map made by a newer Argumap opens read-only with the reason and is left untouched", async ({ page, emptyWorkspace }) => {
  const mapFile = join(emptyWorkspace.root, `${TEXT}.argmap.json`);
  const newer = `${JSON.stringify({ format: "argumap", version: 9, id: "x" }, null, 2)}\n`;
  writeFileSync(mapFile, newer);
  await page.goto(emptyWorkspace.url);
  const documents = page.getByRole("navigation", { name: "Documents" });
  await expect(documents).toContainText("map cannot be read");
  await documents.getByRole("button", { name: new RegExp(TEXT) }).click();
  await expect(page.getByRole("alert")).toContainText("version 9");
  await expect(page.getByRole("alert")).toContainText("newer version of Argumap");
  await expect(page.getByRole("region", { name: "Source text" })).toContainText("Gebrek aan snelheid kan Trump niet worden verweten.");
  await selectInReader(page, "Gebrek aan snelheid kan Trump niet worden verweten.");
  await expect(page.getByRole("button", { name: "Central claim" })).toHaveCount(0);
  await page.keyboard.press("Control+s");
  const { readFileSync } = await import("node:fs");
  expect(readFileSync(mapFile, "utf8")).toBe(newer);
});
