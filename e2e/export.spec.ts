import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { openBundledMap } from "./editorPage";
import { expect, mapsDir, repoRoot, test } from "./workspaceFixture";

const artifacts = join(repoRoot, "e2e", "artifacts");
mkdirSync(artifacts, { recursive: true });

const NAME = "osinga-europa-niet-aan-tafel-2025-02";
const map = JSON.parse(readFileSync(join(mapsDir, `${NAME}.argmap.json`), "utf8")) as {
  statements: { id: string; text: string; central?: boolean }[];
};
const thesis = map.statements.find((s) => s.central);

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** Press Export in the open dialog and return the file the browser downloaded. */
async function exportFile(page: Page): Promise<{ name: string; data: Buffer }> {
  const downloading = page.waitForEvent("download");
  await page.getByRole("dialog", { name: "Export the map" }).getByRole("button", { name: "Export", exact: true }).click();
  const download = await downloading;
  const path = await download.path();
  return { name: download.suggestedFilename(), data: readFileSync(path) };
}

test("exports the open map from the dialog as SVG, PNG at 1x and 2x, PDF A4 landscape, Markdown and HTML", async ({
  page,
  bundledWorkspace,
}) => {
  await openBundledMap(page, bundledWorkspace.url, NAME);
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog", { name: "Export the map" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("img", { name: "Preview" })).toBeVisible();
  await page.screenshot({ path: join(artifacts, "export-dialog-light.png") });

  await dialog.getByRole("radio", { name: "SVG drawing" }).check();
  const svg = await exportFile(page);
  expect(svg.name).toBe(`${NAME}.svg`);
  expect(svg.data.toString("utf8")).toContain(`data-statement="${thesis?.id}"`);
  // A successful export closes the dialog and says where the file went.
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status")).toContainText(`Exported ${NAME}.svg`);

  const png = async (scale: string) => {
    await page.keyboard.press("Control+E");
    await dialog.getByRole("radio", { name: "PNG image" }).check();
    await dialog.getByRole("radio", { name: scale }).check();
    return exportFile(page);
  };
  const one = await png("1× for the screen");
  const two = await png("2× for slides and print");
  expect([one.name, two.name]).toEqual([`${NAME}.png`, `${NAME}@2x.png`]);
  expect(one.data.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect(pngSize(two.data)).toEqual({ width: 2 * pngSize(one.data).width, height: 2 * pngSize(one.data).height });

  await page.keyboard.press("Control+E");
  await dialog.getByRole("radio", { name: "PDF page" }).check();
  await dialog.getByRole("radio", { name: "A4" }).check();
  await dialog.getByRole("radio", { name: "Landscape" }).check();
  const pdf = await exportFile(page);
  expect(pdf.name).toBe(`${NAME}.pdf`);
  expect(pdf.data.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const box = /\/MediaBox \[([^\]]+)\]/.exec(pdf.data.toString("latin1"))?.[1]?.trim().split(/\s+/).map(Number);
  expect(box?.map(Math.round)).toEqual([0, 0, 842, 595]);

  await page.keyboard.press("Control+E");
  await dialog.getByRole("radio", { name: "Markdown outline" }).check();
  const md = await exportFile(page);
  expect(md.name).toBe(`${NAME}.md`);
  expect(md.data.toString("utf8")).toContain(thesis?.text ?? "?");

  await page.keyboard.press("Control+E");
  await dialog.getByRole("radio", { name: /HTML viewer/ }).check();
  const html = await exportFile(page);
  expect(html.name).toBe(`${NAME}.html`);
  expect(html.data.toString("utf8")).toMatch(/^<!doctype html>/);
  expect(html.data.toString("utf8")).toContain("Oekraïne");
});

test("exports only the selected statements when asked, including an edit not yet saved", async ({ page, bundledWorkspace }) => {
  await openBundledMap(page, bundledWorkspace.url, NAME);
  const box = page.locator(".statement.role-thesis");
  await box.click();
  await page.keyboard.press("Enter");
  const editor = page.locator(".react-flow .wording-editor");
  await editor.fill("Europa moet nu zelf afspreken hoe het afschrikt");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("article", { name: "Europa moet nu zelf afspreken hoe het afschrikt" })).toBeVisible();
  await page.keyboard.press("Control+E");
  const dialog = page.getByRole("dialog", { name: "Export the map" });
  await dialog.getByRole("radio", { name: "SVG drawing" }).check();
  await dialog.getByRole("radio", { name: "Only the selected statements (1)" }).check();
  await dialog.getByRole("radio", { name: /Greyscale/ }).check();
  const svg = (await exportFile(page)).data.toString("utf8");
  expect(svg.match(/<g data-statement=/g)).toHaveLength(1);
  // The edit is in the export (wrapped over two lines of the box), though the map on disk does not have it.
  expect(svg).toMatch(/>Europa moet nu zelf afspreken hoe<\/text><text [^>]+>het afschrikt</);
  expect(svg).not.toMatch(/#e3eaf3/i);
});

test("the dialog is modal: Tab stays inside, Escape closes it and focus returns to the Export button", async ({
  page,
  bundledWorkspace,
}) => {
  await openBundledMap(page, bundledWorkspace.url, NAME);
  const button = page.getByRole("button", { name: "Export…" });
  await button.click();
  const dialog = page.getByRole("dialog", { name: "Export the map" });
  await expect(dialog.getByRole("radio", { name: "SVG drawing" })).toBeFocused();
  for (let k = 0; k < 12; k++) {
    await page.keyboard.press("Tab");
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  // Delete in the dialog must not delete the statement behind it.
  await page.keyboard.press("Delete");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await expect(page.locator(".statement.role-thesis")).toHaveCount(1);
});

test("an export shows its progress, and one that fails says why and keeps the dialog and its choices", async ({
  page,
  bundledWorkspace,
}) => {
  await openBundledMap(page, bundledWorkspace.url, NAME);
  await page.route("**/api/call", async (route) => {
    const call = route.request().postDataJSON() as { method: string };
    if (call.method !== "exportMap") return route.continue();
    await new Promise((resolve) => setTimeout(resolve, 700));
    return route.fulfill({ status: 500, json: { ok: false, status: 500, message: "exportMap failed: the disk is full" } });
  });
  await page.keyboard.press("Control+E");
  const dialog = page.getByRole("dialog", { name: "Export the map" });
  await dialog.getByRole("radio", { name: "PDF page" }).check();
  await dialog.getByRole("radio", { name: "Letter" }).check();
  await dialog.getByRole("button", { name: "Export", exact: true }).click();
  // While it works the dialog says so and cannot be sent twice.
  await expect(dialog.getByRole("button", { name: "Exporting…" })).toBeDisabled();
  await expect(dialog.getByRole("progressbar", { name: "Exporting…" })).toBeVisible();
  await expect(dialog.getByRole("alert")).toHaveText("Could not export: exportMap failed: the disk is full");
  await expect(dialog.getByRole("radio", { name: "Letter" })).toBeChecked();
  await expect(dialog.getByRole("button", { name: "Export", exact: true })).toBeEnabled();
  await page.screenshot({ path: join(artifacts, "export-dialog-error.png") });
});

test("the export dialog in Dutch and in the dark theme", async ({ page, bundledWorkspace }) => {
  await openBundledMap(page, bundledWorkspace.url, NAME);
  await page.getByRole("combobox", { name: "Language" }).selectOption("nl");
  await page.keyboard.press("Control+Shift+L");
  await page.keyboard.press("Control+E");
  const dialog = page.getByRole("dialog", { name: "De kaart exporteren" });
  await dialog.getByRole("radio", { name: /^Werkblad/ }).check();
  await expect(dialog.getByRole("checkbox", { name: /antwoordsleutel/ })).toBeChecked();
  await expect(dialog.getByRole("radio", { name: "Alles behalve de hoofdstelling" })).toBeVisible();
  await page.screenshot({ path: join(artifacts, "export-dialog-dark-nl.png") });
  const sheet = await (async () => {
    await dialog.getByRole("radio", { name: "Alle premissen" }).check();
    const downloading = page.waitForEvent("download");
    await dialog.getByRole("button", { name: "Exporteren", exact: true }).click();
    return downloading;
  })();
  expect(sheet.suggestedFilename()).toBe(`${NAME}.werkblad.html`);
});

test("exports the handout of the workspace: every point of contention with who says what", async ({ page, bundledWorkspace }) => {
  await openBundledMap(page, bundledWorkspace.url, NAME);
  await page.keyboard.press("Control+E");
  const dialog = page.getByRole("dialog", { name: "Export the map" });
  await dialog.getByRole("radio", { name: "Handout: points of contention and links (HTML)" }).check();
  await expect(dialog.getByText("Who says what on each point of contention")).toBeVisible();
  const html = await exportFile(page);
  expect(html.name).toMatch(/^argumap-e2e-.+\.handout\.html$/);
  const text = html.data.toString("utf8");
  expect(text).toContain("Treden de VS op als neutrale, geloofwaardige bemiddelaar?");
  expect(text).toContain("<table");
  await page.keyboard.press("Control+E");
  await dialog.getByRole("radio", { name: "Handout (Markdown)" }).check();
  const md = await exportFile(page);
  expect(md.name).toMatch(/\.handout\.md$/);
  expect(md.data.toString("utf8")).toContain("Treden de VS op als neutrale, geloofwaardige bemiddelaar?");
  // The PDF for print, on the paper chosen: the handout's own options, not the map PDF's "fit to the page".
  await page.keyboard.press("Control+E");
  await dialog.getByRole("radio", { name: "Handout (PDF, for print)" }).check();
  await expect(dialog.getByText("The matrix runs onto as many pages as it needs")).toBeVisible();
  await dialog.getByRole("radio", { name: "Letter" }).check();
  await dialog.getByRole("radio", { name: "Portrait" }).check();
  await page.screenshot({ path: join(artifacts, "export-dialog-handout-pdf.png") });
  const pdf = await exportFile(page);
  expect(pdf.name).toMatch(/^argumap-e2e-.+\.handout\.pdf$/);
  expect(pdf.data.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdf.data.toString("latin1")).toContain("/MediaBox [0 0 612 792]");
});

test("a worksheet with its answer key for the teacher, and without it for the students", async ({ page, bundledWorkspace }) => {
  await openBundledMap(page, bundledWorkspace.url, NAME);
  const dialog = page.getByRole("dialog", { name: "Export the map" });
  const worksheet = async (answers: boolean) => {
    await page.keyboard.press("Control+E");
    await dialog.getByRole("radio", { name: /^Worksheet/ }).check();
    await dialog.getByRole("checkbox", { name: /answer key/ }).setChecked(answers);
    return (await exportFile(page)).data.toString("utf8");
  };
  const teacher = await worksheet(true);
  const students = await worksheet(false);
  expect(teacher).toContain('<section class="answers">');
  expect(students).not.toContain('<section class="answers">');
  // The same exercise: the blanks are numbered alike in both.
  expect(students.match(/<b>\d+\.<\/b> _+/g)).toEqual(teacher.match(/<b>\d+\.<\/b> _+/g));
  expect(students.match(/<b>\d+\.<\/b> _+/g)?.length).toBeGreaterThan(3);
});
