import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./workspaceFixture";

const QUESTION = "Moet Oekraïne grondgebied afstaan voor vrede?";

async function openMatrix(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Documents" }).getByRole("button").first().waitFor();
  await page.keyboard.press("Control+4");
  await expect(page.getByRole("table", { name: "Issues matrix" })).toBeVisible();
}

/** In the issue editor: choose the op-ed, its stance, one statement found by searching, and a short form. */
async function setPosition(page: Page, opEd: string, stance: string, search: string, summary: string): Promise<void> {
  const editor = page.getByRole("region", { name: "Point of contention" });
  await editor.getByLabel("Position of").selectOption({ label: opEd });
  await editor.getByRole("radio", { name: stance, exact: true }).check({ force: true });
  await editor.getByPlaceholder("Search the statements").fill(search);
  await editor.getByRole("list", { name: "Statements of this op-ed" }).getByRole("checkbox").first().check();
  await editor.getByLabel("Short form (shown in the matrix)").fill(summary);
  await editor.getByRole("button", { name: "Set position" }).click();
}

function rowOf(page: Page, question: string) {
  return page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(question.replace(/[?]/g, "\\?")) }) });
}

test("a user asks an issue, gives three op-eds a position, jumps to a span, undoes, redoes, saves and reloads", async ({
  page,
  bundledWorkspace,
}) => {
  await page.goto(bundledWorkspace.url);
  await openMatrix(page);
  const view = page.getByRole("region", { name: "Issues matrix" });
  await expect(page.getByRole("rowheader")).toHaveCount(9);

  await view.getByLabel("New point of contention, as a question").fill(QUESTION);
  await view.getByRole("button", { name: "Add", exact: true }).click();
  const row = rowOf(page, QUESTION);
  await expect(row).toBeVisible();
  await expect(row.getByRole("cell")).toHaveText(Array(5).fill("· not filled in"));

  await setPosition(page, "Analyse Osinga", "contra", "Hegseth", "Nee: Trump geeft vooraf weg");
  await setPosition(page, "Commentaar feb. 2025", "pro", "Kyiv moet", "Ja: Kyiv moet gebieden opgeven");
  await setPosition(page, "Mousavi", "mixed", "concessie", "Onaanvaardbaar voor Oekraïne en Europa");
  const cells = row.getByRole("cell");
  await expect(cells.nth(1)).toHaveText("+ proJa: Kyiv moet gebieden opgeven");
  await expect(cells.nth(2)).toHaveText("± mixedOnaanvaardbaar voor Oekraïne en Europa");
  await expect(cells.nth(3)).toHaveText("− contraNee: Trump geeft vooraf weg");
  await expect(cells.nth(4)).toHaveText("· not filled in");

  // Reorder: the new issue moves up by button and by keyboard.
  await view.getByRole("button", { name: `Move “${QUESTION}” up` }).click();
  await expect(page.getByRole("rowheader").nth(8)).toContainText(QUESTION);
  await page.getByRole("button", { name: `9. ${QUESTION}`, exact: true }).press("Alt+ArrowUp");
  await expect(page.getByRole("rowheader").nth(7)).toContainText(QUESTION);

  // Undo takes back the moves and then Mousavi's position; redo brings them back.
  await page.keyboard.press("Control+z");
  await page.keyboard.press("Control+z");
  await expect(page.getByRole("rowheader").nth(9)).toContainText(QUESTION);
  await view.getByRole("button", { name: "Undo" }).click();
  await expect(cells.nth(2)).toHaveText("· not filled in");
  await view.getByRole("button", { name: "Redo" }).click();
  await expect(cells.nth(2)).toHaveText("± mixedOnaanvaardbaar voor Oekraïne en Europa");
  await page.keyboard.press("Control+Shift+z");
  await expect(page.getByRole("rowheader").nth(8)).toContainText(QUESTION);

  await view.getByRole("button", { name: "Save" }).click();
  await expect(view.getByRole("button", { name: "Save" })).toBeDisabled();
  const saved = JSON.parse(readFileSync(join(bundledWorkspace.root, "workspace.argmap.json"), "utf8"));
  expect(saved.issues[8]).toMatchObject({
    id: "q10",
    question: QUESTION,
    positions: [
      { map: "trump-belt-poetin", stance: "pro", statements: ["s12"] },
      { map: "mousavi-troepenmacht", stance: "mixed", statements: ["s31"] },
      { map: "osinga-europa", stance: "contra", statements: ["s2"] },
    ],
  });

  // A cell opens its op-ed with the statement selected and its span in view.
  await cells
    .nth(3)
    .getByRole("button", { name: /^Analyse Osinga on “Moet Oekraïne.*Open the statement$/ })
    .click();
  await expect(page.getByRole("table", { name: "Issues matrix" })).toHaveCount(0);
  const span = page.locator('.reader-text mark[data-statements~="s2"]').first();
  await expect(span).toHaveClass(/is-selected/);
  await expect(span).toBeInViewport();
  await expect(span).toContainText("Hegseth");

  await page.reload();
  await openMatrix(page);
  await expect(rowOf(page, QUESTION).getByRole("cell").nth(3)).toHaveText("− contraNee: Trump geeft vooraf weg");
  await expect(page.getByRole("rowheader").nth(8)).toContainText(QUESTION);
});

test("a suggested alignment is linked or dismissed, and a dismissed one stays dismissed after a reload", async ({
  page,
  bundledWorkspace,
}) => {
  await page.goto(bundledWorkspace.url);
  await openMatrix(page);
  const view = page.getByRole("region", { name: "Issues matrix" });
  await view.getByRole("tab", { name: "Suggested alignments" }).click();
  const panel = view.getByRole("region", { name: "Suggested alignments" });
  await panel.getByLabel("Suggestions between 1").selectOption({ label: "Mousavi" });
  await panel.getByLabel("Suggestions between 2").selectOption({ label: "Vijf conclusies" });
  const items = panel.getByRole("listitem");
  await expect(items.first()).toContainText("shared");
  // Positions the two op-eds give on one issue are offered with the question as the reason.
  await expect(items.filter({ hasText: "both positions on “Moet Europa zijn militaire steun" }).first()).toBeVisible();
  const first = (await items.first().getAttribute("aria-label")) ?? "";
  const second = (await items.nth(1).getAttribute("aria-label")) ?? "";
  await items.first().getByRole("button", { name: "Dismiss" }).click();
  await expect(panel.getByRole("listitem", { name: first, exact: true })).toHaveCount(0);
  const next = panel.getByRole("listitem").first();
  await expect(next).toHaveAttribute("aria-label", second.replace(/^Suggestion 2/, "Suggestion 1"));
  await page.screenshot({ path: "e2e/artifacts/matrix-suggestions.png" });
  await next.getByLabel("Relation of the link").selectOption({ label: "contradicts" });
  await next.getByRole("button", { name: "Link" }).click();
  await view.getByRole("button", { name: "Save" }).click();
  await expect(view.getByRole("button", { name: "Save" })).toBeDisabled();
  const readSaved = () => JSON.parse(readFileSync(join(bundledWorkspace.root, "workspace.argmap.json"), "utf8"));
  await expect.poll(() => readSaved().dismissed.length).toBe(1);
  const saved = readSaved();
  expect(saved.links).toHaveLength(31);
  expect(saved.links[30]).toMatchObject({ id: "l31", relation: "contradicts" });

  await page.reload();
  await openMatrix(page);
  await view.getByRole("tab", { name: "Suggested alignments" }).click();
  await panel.getByLabel("Suggestions between 1").selectOption({ label: "Mousavi" });
  await panel.getByLabel("Suggestions between 2").selectOption({ label: "Vijf conclusies" });
  await expect(panel.getByRole("listitem").first()).toBeVisible();
  const texts = await panel.getByRole("listitem").evaluateAll((els) => els.map((el) => el.getAttribute("aria-label") ?? ""));
  const strip = (label: string) => label.replace(/^Suggestion \d+: /, "");
  expect(texts.map(strip)).not.toContain(strip(first));
  expect(texts.map(strip)).not.toContain(strip(second));
});

test("the matrix of the bundled maps, light and dark, in Dutch", async ({ page, bundledWorkspace }) => {
  await page.addInitScript(() => {
    localStorage.setItem("argumap.language", "nl");
    localStorage.setItem("argumap.theme", "light");
  });
  await page.goto(bundledWorkspace.url);
  await page.getByRole("navigation", { name: "Documenten" }).getByRole("button").first().waitFor();
  await page.keyboard.press("Control+4");
  const table = page.getByRole("table", { name: "Strijdpuntenmatrix" });
  await expect(table).toBeVisible();
  await expect(table).toContainText("Treden de VS op als neutrale, geloofwaardige bemiddelaar?");
  await expect(table).toContainText("Geeft niets weg, maar 'parkeert' Oekraïne");
  await page.getByRole("button", { name: /^1\. Treden de VS/ }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.screenshot({ path: "e2e/artifacts/matrix-light.png" });
  await page.keyboard.press("Control+Shift+L");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.screenshot({ path: "e2e/artifacts/matrix-dark.png" });
});

test("the matrix downloads as a handout, with every issue and the op-eds' short positions, without opening a map", async ({
  page,
  bundledWorkspace,
}) => {
  await page.goto(bundledWorkspace.url);
  await openMatrix(page);
  const [html] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Handout (HTML)" }).click()]);
  const handout = readFileSync(await html.path(), "utf8");
  expect(handout).toContain("Treden de VS op als neutrale, geloofwaardige bemiddelaar?");
  expect(handout).toContain("Nee: kan niet tegelijk partij en makelaar zijn");
  const [md] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Handout (Markdown)" }).click()]);
  expect(md.suggestedFilename()).toMatch(/\.md$/);
  expect(readFileSync(await md.path(), "utf8")).toContain("Kunnen Europa en Oekraïne nog op de VS rekenen?");
  await page.screenshot({ path: "e2e/artifacts/matrix-handout-buttons.png" });
  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Handout (PDF)" }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.handout\.pdf$/);
  const bytes = readFileSync(await pdf.path());
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  // A4 landscape until the export dialog is told otherwise.
  expect(bytes.toString("latin1")).toMatch(/\/MediaBox \[0 0 841\.\d+ 595\.\d+\]/);
});
