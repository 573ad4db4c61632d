import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { runCaptured } from "../src/cli/testing";
import { readMap, staleAnchors } from "../src/core";
import { artifacts, mark, openBundledMap, reader, statement } from "./editorPage";
import { selectInReader } from "./selectText";
import { expect, test } from "./workspaceFixture";

const NAME = "trump-belt-poetin-commentaar-2025-02";
const POSTSCRIPT = "Naschrift van de redactie: dit stuk verscheen eerder in kortere vorm.";
/** Not in the bundled map: marked before the text changes, as an unsaved edit that must survive the change. */
const UNSAVED = "Helemaal onverwacht kwam de boodschap van Trump overigens niet.";

/** Someone edits the open text in another program: words at the top, one span reworded, one span's words replaced. */
function editTextOnDisk(file: string): string {
  const edited = `${POSTSCRIPT}\n\n${readFileSync(file, "utf8")
    .replace("Gebrek aan snelheid kan Trump", "Gebrek aan tempo kan Trump")
    .replace("Die tijd is voorbij.", "Die tijd is aangebroken.")}`;
  writeFileSync(file, edited);
  return edited;
}

async function save(page: Page): Promise<void> {
  await page.keyboard.press("Control+s");
  await expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
}

test("an open text edited on disk: the reader shows the new text, the map's spans follow it, and the saved map validates", async ({
  page,
  bundledWorkspace,
}) => {
  const file = join(bundledWorkspace.root, `${NAME}.txt`);
  const mapFile = join(bundledWorkspace.root, `${NAME}.argmap.json`);
  await openBundledMap(page, bundledWorkspace.url, NAME);
  await mark(page, UNSAVED, "Premise");

  const text = editTextOnDisk(file);

  await expect(reader(page)).toContainText(POSTSCRIPT);
  const banners = page.getByRole("region", { name: "Map" }).first();
  await expect(banners).toContainText(`${NAME}.txt changed on disk while it was open`);
  // Found with other words: shown as it was and as it is now.
  const approximate = page.getByRole("status", { name: /found again with other words/ });
  await expect(approximate.getByRole("deletion")).toContainText("Gebrek aan snelheid kan Trump niet worden verweten");
  await expect(approximate.getByRole("insertion")).toContainText("Gebrek aan tempo kan Trump niet worden verweten");
  // Not found: listed for re-attaching, still in the map.
  const lost = page.getByRole("status").filter({ hasText: "could not be found" });
  await expect(lost).toContainText("“Die tijd is voorbij.”");
  // The spans are highlighted at their new place, the unsaved edit among them.
  await expect(reader(page).locator("mark", { hasText: "Gebrek aan tempo kan Trump niet worden verweten" })).toHaveCount(1);
  await expect(reader(page).locator("mark", { hasText: UNSAVED })).toHaveCount(1);
  await expect(statement(page, UNSAVED)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Documents" })).toContainText("unsaved");
  await page.screenshot({ path: join(artifacts, "text-changed-on-disk.png") });

  // A premise from the new words, and the lost span re-attached to its new words.
  await mark(page, "dit stuk verscheen eerder in kortere vorm", "Premise");
  await selectInReader(page, "Die tijd is aangebroken.");
  await lost.getByRole("button", { name: "Re-attach to selection" }).click();
  await expect(reader(page).locator("mark", { hasText: "Die tijd is aangebroken." })).toHaveCount(1);
  await save(page);

  const read = readMap(readFileSync(mapFile, "utf8"));
  if (!read.ok) throw new Error("the saved map cannot be read");
  const saved = read.value;
  expect(saved.source.sha256).toBe(createHash("sha256").update(text).digest("hex"));
  expect(staleAnchors(saved, text)).toEqual([]);
  const quotes = saved.statements.flatMap((s) => s.anchors.map((a) => a.exact));
  expect(quotes).toContain("dit stuk verscheen eerder in kortere vorm");
  expect(quotes).toContain(UNSAVED);
  expect(quotes).toContain("Die tijd is aangebroken.");
  for (const anchor of saved.statements.flatMap((s) => s.anchors)) expect(text.slice(anchor.start, anchor.end)).toBe(anchor.exact);
  // What the audit ran after saving: `argumap validate` finds no problem.
  expect(await runCaptured(["validate", mapFile], bundledWorkspace.root)).toMatchObject({ code: 0, stdout: "" });
});

test("an empty text says where to write the op-ed, and shows it once it is written", async ({ page, emptyWorkspace }) => {
  const file = join(emptyWorkspace.root, "nieuw-stuk.txt");
  writeFileSync(file, "");
  await page.goto(emptyWorkspace.url);
  await page
    .getByRole("navigation", { name: "Documents" })
    .getByRole("button", { name: /nieuw-stuk/ })
    .click();
  await expect(reader(page)).toContainText("This text is empty");
  writeFileSync(file, "Scholieren zijn ’s ochtends niet uitgerust. Daarom moet de school later beginnen.\n");
  await expect(reader(page)).toContainText("Scholieren zijn ’s ochtends niet uitgerust.");
  await expect(reader(page)).not.toContainText("This text is empty");
});
