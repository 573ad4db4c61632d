import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { selectInReader } from "./selectText";
import { expect, repoRoot } from "./workspaceFixture";

/** The parts of the editor the specs act on, found as a user finds them: by role, name and visible words. */

/** Where the specs put the screenshots they take to be looked at. */
export const artifacts = join(repoRoot, "e2e", "artifacts");
mkdirSync(artifacts, { recursive: true });

/** The op-ed most specs build a map of, and sentences of it. */
export const OSINGA = "osinga-europa-niet-aan-tafel-2025-02";
export const THESIS = "Maar het lijkt overduidelijk dat Europa niet meer op de onvoorwaardelijke steun van de VS hoeft te rekenen.";
export const PREMISE = "Ondertussen is Poetin uit zijn internationale isolement getrokken door Trump.";
export const SECOND = "Ondertussen verwacht de VS wel dat Europa straks zelf opdraait voor veiligheidsgaranties voor Oekraïne.";
export const COUNTER =
  "Overigens lijkt er bij sommige Europese leiders, onder wie premier Dick Schoof, nog hoop dat de Amerikanen wél militair willen bijdragen aan een wapenstilstand in Oekraïne.";
export const REBUTTAL =
  "Dit weekend leek de Amerikaanse vicepresident JD Vance zelfs te suggereren dat de VS en Rusland ideologisch dichter bij elkaar liggen dan de VS en Europa.";

export type Kind = "Central claim" | "Premise" | "Counterclaim" | "Rebuttal";

/** Click a text in the documents list. */
export async function openDocument(page: Page, name: string | RegExp): Promise<void> {
  await page
    .getByRole("navigation", { name: "Documents" })
    .getByRole("button", { name: typeof name === "string" ? new RegExp(name) : name })
    .click();
}

/** Open a text from the documents list and wait for its words in the reader. */
export async function openText(page: Page, url: string, name: string, words = "Oekraïne"): Promise<void> {
  await page.goto(url);
  await openDocument(page, name);
  await expect(reader(page)).toContainText(words);
}

/** Open a bundled op-ed with its map and wait for its central claim on the canvas. */
export async function openBundledMap(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await openDocument(page, name);
  await expect(page.locator(".statement.role-thesis")).toHaveCount(1);
}

/** Select words of the text and make them a statement with the toolbar that appears for the selection. */
export async function mark(page: Page, words: string, kind: Kind): Promise<void> {
  await selectInReader(page, words);
  await page.getByRole("toolbar", { name: "Make the selected words a statement" }).getByRole("button", { name: kind, exact: true }).click();
  await expect(statement(page, words)).toBeVisible();
}

export function statement(page: Page, wording: string | RegExp): Locator {
  return page.locator(".react-flow").getByRole("article", { name: wording });
}

export function reader(page: Page): Locator {
  return page.getByRole("region", { name: "Source text" });
}

export function details(page: Page): Locator {
  return page.getByRole("complementary", { name: "Details" });
}

export function checks(page: Page): Locator {
  return page.locator("details.checks");
}

/** The role label printed in a statement's box. */
export function roleOf(page: Page, wording: string): Locator {
  return statement(page, wording).locator("header .role");
}

/** The junction of a reason or objection, by what its accessible name says it connects. */
export function junction(page: Page, name: RegExp): Locator {
  return page.locator(".react-flow").getByRole("img", { name });
}
