import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import {
  artifacts,
  COUNTER,
  checks,
  details,
  junction,
  mark,
  OSINGA,
  openDocument,
  openText,
  PREMISE,
  REBUTTAL,
  reader,
  roleOf,
  SECOND,
  statement,
  THESIS,
} from "./editorPage";
import { selectInReader } from "./selectText";
import { expect, test } from "./workspaceFixture";

/**
 * The structure of an argument, built as a user builds it: words marked in the text, connections dragged on the
 * canvas, the details and the outline used by mouse and keyboard; every step undone and redone.
 */

const UNDERCUT = "Maar, zegt Sie, of de band tussen Trump en Poetin echt zo innig wordt, is nog niet gezegd.";

/** A click on empty canvas: nothing is selected, so the next statement is not attached to anything. */
async function clickEmptyCanvas(page: Page): Promise<void> {
  await page.locator(".react-flow__pane").click({ position: { x: 8, y: 8 } });
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not on screen");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** What a user does before dragging between boxes that may be off screen: fit the whole map in view. */
async function zoomToFit(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Zoom to fit" }).click();
  await page.waitForTimeout(500);
}

/** Drag from a statement's connection handle (at the top of its box) onto a target, the way a hand does. */
async function dragConnection(page: Page, fromWording: string, onto: Locator): Promise<void> {
  await zoomToFit(page);
  const from = await centre(statement(page, fromWording).locator(".handle-out"));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const to = await centre(onto);
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 6 });
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
}

/** The connection handle at the bottom of a statement's box: where a reason for it is dropped. */
function inHandle(page: Page, wording: string): Locator {
  return statement(page, wording).locator(".handle-in");
}

async function undo(page: Page): Promise<void> {
  await page.keyboard.press("Control+z");
}

async function redo(page: Page): Promise<void> {
  await page.keyboard.press("Control+Shift+z");
}

test("a statement with two spans, one across the hard line breaks of a PDF copy: both highlighted, either selects it, selecting it shows it in the text; undo and redo", async ({
  page,
  emptyWorkspace,
}) => {
  const conclusion =
    "Conclusie: bij pure escalatie, zonder een nieuw concept dat rekening houdt met de beperkte mogelijkheden van Europa op veiligheidsgebied, zal Europa uiteindelijk onderuitgaan.";
  const lead = "De inzet van een Europese troepenmacht in Oekraïne is afhankelijk van een wapenstilstand tussen Oekraïne en Rusland.";
  await openText(page, emptyWorkspace.url, "mousavi-europese-troepenmacht-oekraine");
  await mark(page, conclusion, "Central claim");
  // The new statement is selected; words selected now can become its second span.
  await selectInReader(page, lead);
  await page.getByRole("button", { name: "Add as span of the selected statement" }).click();

  const spans = details(page)
    .getByRole("listitem")
    .filter({ has: page.getByRole("button", { name: "Remove span" }) });
  await expect(spans).toHaveCount(2);
  await expect(spans.first()).toContainText("De inzet van een Europese troepenmacht");
  await expect(spans.last()).toContainText("Conclusie: bij pure escalatie");
  const leadMark = reader(page).locator("mark", { hasText: "De inzet van een Europese troepenmacht" });
  const conclusionMark = reader(page).locator("mark", { hasText: "Conclusie: bij pure escalatie" });
  await expect(leadMark).toHaveClass(/role-thesis/);
  await expect(conclusionMark).toHaveClass(/role-thesis/);
  // Both spans cross line breaks of the source, and each is one highlight.
  await expect(leadMark).toHaveText(lead);
  await expect(conclusionMark).toHaveText(conclusion);
  // On a tall screen the whole text fits, and both highlights show at once.
  const textHeight = await reader(page).evaluate((el) => el.scrollHeight);
  await page.setViewportSize({ width: 1600, height: Math.min(8000, textHeight + 200) });
  await page.getByText("Door Seyed Alireza Mousavi").scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await expect(leadMark).toBeInViewport();
  await expect(conclusionMark).toBeInViewport();
  await page.screenshot({ path: join(artifacts, "structure-two-spans.png") });
  await page.setViewportSize({ width: 1600, height: 1000 });

  // The reverse: a click on the second span selects the statement, and the text stays where it is.
  await clickEmptyCanvas(page);
  await expect(details(page)).toContainText("Select a statement or a connection");
  await conclusionMark.scrollIntoViewIfNeeded();
  await conclusionMark.click();
  await expect(details(page).getByRole("textbox", { name: "Wording" })).toHaveValue(conclusion);
  await expect(statement(page, conclusion)).toHaveClass(/is-selected/);
  await expect(leadMark).toHaveClass(/is-selected/);
  await page.waitForTimeout(400);
  await expect(conclusionMark).toBeInViewport();

  // Selecting the statement in the map brings its span into view when none of them is.
  await clickEmptyCanvas(page);
  await page.getByText("Vredesplan voor Oekraïne").scrollIntoViewIfNeeded();
  await expect(leadMark).not.toBeInViewport();
  await expect(conclusionMark).not.toBeInViewport();
  await statement(page, conclusion).click();
  await expect(leadMark).toBeInViewport();

  // A click on a quote in the details goes to that span.
  await details(page)
    .getByRole("button", { name: /Conclusie: bij pure escalatie/ })
    .click();
  await expect(conclusionMark).toBeInViewport();

  await undo(page);
  await expect(spans).toHaveCount(1);
  await expect(leadMark).toHaveCount(0);
  await expect(conclusionMark).toHaveCount(1);
  await redo(page);
  await expect(spans).toHaveCount(2);
  await expect(leadMark).toHaveClass(/role-thesis/);
});

test("an implicit premise: added with no span, marked as implicit in the map, the details and the checks; undo and redo", async ({
  page,
  emptyWorkspace,
}) => {
  await openText(page, emptyWorkspace.url, OSINGA);
  await mark(page, THESIS, "Central claim");
  await mark(page, PREMISE, "Premise");
  const marksBefore = await reader(page).locator("mark").count();

  // With the central claim selected, Alt+5 (the toolbar's "Implicit premise") adds a premise for it.
  await statement(page, THESIS).click();
  await page.keyboard.press("Alt+5");
  const implicit = statement(page, "Implicit premise (edit me)");
  await expect(implicit).toBeVisible();
  await expect(implicit).toHaveClass(/is-implicit/);
  await expect(implicit.getByText("implicit", { exact: true })).toBeVisible();
  await expect(roleOf(page, "Implicit premise (edit me)")).toHaveText("Premise");
  await expect(reader(page).locator("mark")).toHaveCount(marksBefore);
  await expect(checks(page)).toContainText("Statement with no span (implicit): Implicit premise (edit me)");
  // Its border is dashed, unlike an explicit premise's.
  const border = (l: Locator) => l.evaluate((el) => getComputedStyle(el).borderTopStyle);
  expect(await border(implicit)).toBe("dashed");
  expect(await border(statement(page, PREMISE))).toBe("solid");

  // The analyst words the unstated step.
  await implicit.click();
  await expect(details(page)).toContainText("No span: an implicit premise.");
  await page.keyboard.press("Enter");
  const wording = "Wie niet op de VS kan rekenen, moet zelf zorgen voor zijn veiligheid";
  await page.getByRole("textbox", { name: "Wording" }).first().fill(wording);
  await page.keyboard.press("Enter");
  await expect(statement(page, wording)).toBeVisible();
  await expect(checks(page)).toContainText(`Statement with no span (implicit): ${wording}`);
  await expect(junction(page, /Reason for “Maar het lijkt overduidelijk/)).toHaveCount(2);
  await checks(page).getByText("Checks (1)").click();
  await expect(checks(page).getByRole("button", { name: `Statement with no span (implicit): ${wording}` })).toBeVisible();
  await zoomToFit(page);
  await page.screenshot({ path: join(artifacts, "structure-implicit.png") });

  await undo(page);
  await expect(statement(page, "Implicit premise (edit me)")).toBeVisible();
  await undo(page);
  await expect(statement(page, "Implicit premise (edit me)")).toHaveCount(0);
  await expect(checks(page)).not.toContainText("Statement with no span");
  await expect(junction(page, /Reason for “Maar het lijkt overduidelijk/)).toHaveCount(1);
  await redo(page);
  await expect(statement(page, "Implicit premise (edit me)")).toHaveClass(/is-implicit/);
  await redo(page);
  await expect(statement(page, wording)).toHaveClass(/is-implicit/);
  await expect(junction(page, /Reason for “Maar het lijkt overduidelijk/)).toHaveCount(2);
});

test("linked premises: a premise dragged onto a reason's junction joins it, side by side after layout; undo and redo", async ({
  page,
  emptyWorkspace,
}) => {
  await openText(page, emptyWorkspace.url, OSINGA);
  // Mark first, connect later: with no central claim and nothing selected, the statements stand alone.
  await mark(page, PREMISE, "Premise");
  await clickEmptyCanvas(page);
  await mark(page, SECOND, "Premise");
  await clickEmptyCanvas(page);
  await mark(page, THESIS, "Central claim");
  await expect(roleOf(page, PREMISE)).toHaveText("Unconnected");

  await dragConnection(page, PREMISE, inHandle(page, THESIS));
  const reason = junction(page, /^Reason for “Maar het lijkt overduidelijk/);
  await expect(reason).toHaveCount(1);
  await expect(roleOf(page, PREMISE)).toHaveText("Premise");
  await expect(roleOf(page, SECOND)).toHaveText("Unconnected");

  await dragConnection(page, SECOND, reason);
  const linked = junction(page, /^Linked reason \(2 premises together\) for “Maar het lijkt overduidelijk/);
  await expect(linked).toHaveCount(1);
  await expect(reason).toHaveCount(0);
  await expect(roleOf(page, SECOND)).toHaveText("Premise");

  await page.getByRole("button", { name: "Lay out again" }).click();
  // Side by side under the one junction, which sits under the claim (the layout runs in a worker: wait for it).
  const geometry = async () => {
    const [a, b, j, c] = await Promise.all([
      statement(page, PREMISE).boundingBox(),
      statement(page, SECOND).boundingBox(),
      linked.boundingBox(),
      statement(page, THESIS).boundingBox(),
    ]);
    if (!a || !b || !j || !c) return "boxes not on screen";
    const problems = [];
    if (Math.abs(a.y - b.y) > 30) problems.push("premises not side by side");
    if (j.y < c.y + c.height - 1) problems.push("junction not under the claim");
    if (j.y + j.height > Math.min(a.y, b.y) + 1) problems.push("junction not above the premises");
    if (Math.min(a.x, b.x) > j.x || Math.max(a.x + a.width, b.x + b.width) < j.x + j.width) problems.push("junction not between them");
    return problems.join(", ") || "ok";
  };
  await expect.poll(geometry, { timeout: 15_000 }).toBe("ok");
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(artifacts, "structure-linked.png") });

  // The details of the junction list both premises, each removable from the link.
  await linked.click();
  const premises = details(page).getByRole("listitem");
  await expect(premises).toHaveCount(2);
  await expect(details(page).getByRole("button", { name: "Remove from linked premises" })).toHaveCount(2);

  await undo(page); // the layout
  await undo(page); // the link
  await expect(reason).toHaveCount(1);
  await expect(linked).toHaveCount(0);
  await expect(roleOf(page, SECOND)).toHaveText("Unconnected");
  await redo(page);
  await expect(linked).toHaveCount(1);
  await expect(roleOf(page, SECOND)).toHaveText("Premise");

  // Taking a premise out of the link in the details is one step too.
  await linked.click();
  await details(page).getByRole("button", { name: "Remove from linked premises" }).last().click();
  await expect(reason).toHaveCount(1);
  await expect(roleOf(page, SECOND)).toHaveText("Unconnected");
  await undo(page);
  await expect(linked).toHaveCount(1);
});

test("an undercut: in attack mode, a statement dragged onto a reason's junction attacks the inference, not its claim; undo and redo", async ({
  page,
  emptyWorkspace,
}) => {
  await openText(page, emptyWorkspace.url, OSINGA);
  await mark(page, UNDERCUT, "Counterclaim");
  await clickEmptyCanvas(page);
  await mark(page, THESIS, "Central claim");
  await mark(page, PREMISE, "Premise");
  const reason = junction(page, /^Reason for “Maar het lijkt overduidelijk/);
  await expect(reason).toHaveCount(1);
  await expect(roleOf(page, UNDERCUT)).toHaveText("Unconnected");

  await page.getByRole("group", { name: "New connections" }).getByText("Attack").click();
  await expect(page.getByRole("radio", { name: "Attack" })).toBeChecked();
  await dragConnection(page, UNDERCUT, reason);

  const undercut = junction(page, /^Undercut of the reason for “Maar het lijkt overduidelijk/);
  await expect(undercut).toHaveCount(1);
  await expect(roleOf(page, UNDERCUT)).toHaveText("Undercutter");
  // The claim and its premise keep their roles: the attack is on the step between them.
  await expect(roleOf(page, THESIS)).toHaveText("Central claim");
  await expect(roleOf(page, PREMISE)).toHaveText("Premise");
  await expect(statement(page, UNDERCUT)).toHaveClass(/role-undercutter/);
  await expect(reader(page).locator("mark", { hasText: "of de band tussen Trump en Poetin" })).toHaveClass(/role-undercutter/);

  await undercut.click();
  await expect(details(page).getByRole("combobox", { name: "Kind" })).toHaveValue("attack");
  await expect(details(page)).toContainText("The reason “Ondertussen is Poetin uit zijn internationale isolement getrokken door Trump.” →");
  await page.getByRole("button", { name: "Lay out again" }).click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(artifacts, "structure-undercut.png") });
  await undo(page); // the layout

  await undo(page);
  await expect(undercut).toHaveCount(0);
  await expect(roleOf(page, UNDERCUT)).toHaveText("Unconnected");
  await expect(reason).toHaveCount(1);
  await redo(page);
  await expect(undercut).toHaveCount(1);
  await expect(roleOf(page, UNDERCUT)).toHaveText("Undercutter");
});

test("a counterclaim and its rebuttal: role colours as in the legend, the unanswered counterclaim listed until rebutted; undo and redo each", async ({
  page,
  emptyWorkspace,
}) => {
  await openText(page, emptyWorkspace.url, OSINGA);
  await mark(page, THESIS, "Central claim");
  await mark(page, PREMISE, "Premise");
  // The premise just made is selected; the objection is to the central claim.
  await statement(page, THESIS).click();
  await mark(page, COUNTER, "Counterclaim");
  await expect(roleOf(page, COUNTER)).toHaveText("Counterclaim");
  await expect(junction(page, /^Objection to “Maar het lijkt overduidelijk/)).toHaveCount(1);
  await expect(checks(page)).toContainText("Counterclaim left unanswered: Overigens lijkt er bij sommige Europese leiders");

  // A rebuttal answers the counterclaim the user points at.
  await statement(page, COUNTER).click();
  await mark(page, REBUTTAL, "Rebuttal");
  await expect(roleOf(page, REBUTTAL)).toHaveText("Rebuttal");
  await expect(junction(page, /^Objection to “Overigens lijkt er bij sommige/)).toHaveCount(1);
  await expect(checks(page)).not.toContainText("Counterclaim left unanswered");

  // Each box has the colour its role has in the legend; the roles differ in colour.
  const legend = page.getByLabel("Legend");
  const borderOf = (l: Locator) => l.evaluate((el) => getComputedStyle(el).borderTopColor);
  const swatch = (role: string) =>
    legend
      .getByRole("listitem")
      .filter({ hasText: new RegExp(`^${role}$`) })
      .locator(".swatch");
  for (const [wording, role] of [
    [THESIS, "Central claim"],
    [PREMISE, "Premise"],
    [COUNTER, "Counterclaim"],
    [REBUTTAL, "Rebuttal"],
  ] as const) {
    expect(await borderOf(statement(page, wording)), role).toBe(await borderOf(swatch(role)));
  }
  const colours = await Promise.all([COUNTER, REBUTTAL, PREMISE].map((w) => borderOf(statement(page, w))));
  expect(new Set(colours).size).toBe(3);
  await expect(legend).toContainText("supports");
  await expect(legend).toContainText("attacks");
  await zoomToFit(page);
  await page.screenshot({ path: join(artifacts, "structure-counter-rebuttal.png") });
  await page.keyboard.press("Control+Shift+L");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await borderOf(statement(page, COUNTER))).toBe(await borderOf(swatch("Counterclaim")));
  await page.screenshot({ path: join(artifacts, "structure-counter-rebuttal-dark.png") });

  await undo(page);
  await expect(statement(page, REBUTTAL)).toHaveCount(0);
  await expect(checks(page)).toContainText("Counterclaim left unanswered");
  await undo(page);
  await expect(statement(page, COUNTER)).toHaveCount(0);
  await expect(checks(page)).not.toContainText("Counterclaim left unanswered");
  await redo(page);
  await expect(roleOf(page, COUNTER)).toHaveText("Counterclaim");
  await expect(checks(page)).toContainText("Counterclaim left unanswered");
  await redo(page);
  await expect(roleOf(page, REBUTTAL)).toHaveText("Rebuttal");
  await expect(checks(page)).not.toContainText("Counterclaim left unanswered");
});

test("the outline: an indented list in the same selection as the canvas, by mouse and by keyboard", async ({ page, emptyWorkspace }) => {
  await openText(page, emptyWorkspace.url, OSINGA);
  await mark(page, THESIS, "Central claim");
  await mark(page, PREMISE, "Premise");
  await mark(page, COUNTER, "Counterclaim");
  await statement(page, COUNTER).click();
  await mark(page, REBUTTAL, "Rebuttal");

  // Selected on the canvas, selected in the outline.
  await statement(page, PREMISE).click();
  await page.getByRole("group", { name: "View" }).getByText("Outline").click();
  const outline = page.getByRole("region", { name: "Outline" });
  const row = (wording: string) => outline.getByRole("button", { name: new RegExp(wording.slice(0, 30)) });
  await expect(row(PREMISE)).toHaveAttribute("aria-pressed", "true");
  await expect(row(THESIS)).toHaveAttribute("aria-pressed", "false");

  // Indented: the premise and the counterclaim hang under the claim, the rebuttal under the counterclaim.
  // The list item of a row holds the row and, in a nested list, the rows of what argues for or against it.
  const itemOf = (wording: string) =>
    outline.getByRole("listitem").filter({ has: page.getByRole("button", { name: new RegExp(wording.slice(0, 30)) }) });
  const thesisItem = itemOf(THESIS).first();
  await expect(
    thesisItem
      .getByRole("list")
      .first()
      .getByRole("button", { name: /Ondertussen is Poetin/ }),
  ).toBeVisible();
  const counterItem = itemOf(COUNTER).last();
  await expect(thesisItem.getByRole("list").first()).toContainText(COUNTER);
  await expect(counterItem.getByRole("list").getByRole("button", { name: /Dit weekend leek/ })).toBeVisible();
  await expect(row(REBUTTAL)).toContainText("Rebuttal");
  await expect(row(COUNTER)).toContainText("Counterclaim");
  const indent = async (wording: string) => ((await row(wording).boundingBox())?.x ?? 0) as number;
  expect(await indent(PREMISE)).toBeGreaterThan(await indent(THESIS));
  expect(await indent(REBUTTAL)).toBeGreaterThan(await indent(COUNTER));
  await page.screenshot({ path: join(artifacts, "structure-outline.png") });

  // Selected in the outline (mouse), selected on the canvas, and shown in the text.
  await reader(page).getByText("De wereld wordt ingericht op basis van allianties").scrollIntoViewIfNeeded();
  const rebuttalMark = reader(page).locator("mark", { hasText: "Dit weekend leek de Amerikaanse vicepresident" });
  await page.mouse.move(300, 500);
  await page.mouse.wheel(0, 3000);
  await expect(rebuttalMark).not.toBeInViewport();
  await row(REBUTTAL).click();
  await expect(rebuttalMark).toBeInViewport();
  await expect(rebuttalMark).toHaveClass(/is-selected/);
  await expect(row(REBUTTAL)).toHaveAttribute("aria-pressed", "true");
  await expect(row(PREMISE)).toHaveAttribute("aria-pressed", "false");
  await expect(details(page).getByRole("textbox", { name: "Wording" })).toHaveValue(REBUTTAL);
  await page.keyboard.press("Control+1");
  await expect(statement(page, REBUTTAL)).toHaveClass(/is-selected/);
  await expect(statement(page, PREMISE)).not.toHaveClass(/is-selected/);

  // By keyboard: back to the outline, Tab into its rows, move up a row and press Enter.
  await page.keyboard.press("Control+2");
  await row(REBUTTAL).focus();
  await page.keyboard.press("ArrowUp");
  await expect(row(COUNTER)).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(row(PREMISE)).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(row(COUNTER)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(row(COUNTER)).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("group", { name: "View" }).getByText("Map").click();
  await expect(statement(page, COUNTER)).toHaveClass(/is-selected/);
  await expect(statement(page, REBUTTAL)).not.toHaveClass(/is-selected/);

  // A change in the map shows in the outline at once, and so does its undo.
  await page.getByRole("toolbar", { name: "Argumap" }).getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page.getByRole("alertdialog")).toContainText("also removes 2 connections");
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await page.keyboard.press("Control+2");
  await expect(row(COUNTER)).toHaveCount(0);
  await expect(row(REBUTTAL)).toContainText("Unconnected");
  await undo(page);
  await expect(row(COUNTER)).toContainText("Counterclaim");
  await expect(row(REBUTTAL)).toContainText("Rebuttal");
});

test("a bundled op-ed's text edited on disk: the other spans are found again, the broken one is listed until re-attached", async ({
  page,
  bundledWorkspace,
}) => {
  const name = "trump-belt-poetin-commentaar-2025-02";
  const file = join(bundledWorkspace.root, `${name}.txt`);
  const text = readFileSync(file, "utf8");
  writeFileSync(
    file,
    `Naschrift van de redactie: dit stuk verscheen eerder in kortere vorm.\n\n${text.replace("Die tijd is voorbij.", "Die tijd is aangebroken.")}`,
  );
  await page.goto(bundledWorkspace.url);
  await openDocument(page, name);

  const map = page.getByRole("region", { name: "Map" }).first();
  await expect(map).toContainText("The text changed since the map was saved; 28 spans were found again at their new place.");
  const lost = page.getByRole("status").filter({ hasText: "could not be found" });
  await expect(lost).toContainText("1 span could not be found in the changed text.");
  await expect(lost).toContainText("“Die tijd is voorbij.”");
  const stale = "Span no longer found in the text: De tijd van Amerikaanse miljardensteun en van weigeren met Poetin te praten is voorbij";
  await expect(checks(page).getByRole("button", { name: stale })).toBeVisible();
  // The spans that were found again are highlighted at their new place.
  await expect(reader(page).locator("mark", { hasText: "Gebrek aan snelheid kan Trump niet worden verweten" })).toHaveCount(1);
  await expect(reader(page).locator("mark", { hasText: "Die tijd is aangebroken." })).toHaveCount(0);
  await page.screenshot({ path: join(artifacts, "structure-stale-anchor.png") });

  // A click on the finding selects the statement; the user selects the new words and re-attaches the span.
  await checks(page).getByRole("button", { name: stale }).click();
  await expect(details(page).getByRole("textbox", { name: "Wording" })).toHaveValue(/^De tijd van Amerikaanse miljardensteun/);
  await selectInReader(page, "Die tijd is aangebroken.");
  await lost.getByRole("button", { name: "Re-attach to selection" }).click();
  await expect(reader(page).locator("mark", { hasText: "Die tijd is aangebroken." })).toHaveCount(1);
  await expect(checks(page)).not.toContainText("Span no longer found");
  await undo(page);
  await expect(checks(page)).toContainText("Span no longer found");
  await redo(page);
  await expect(checks(page)).not.toContainText("Span no longer found");
});

test("a span whose words were edited on disk is found again and shown as it was and as it is, until the user has checked it", async ({
  page,
  bundledWorkspace,
}) => {
  const name = "trump-belt-poetin-commentaar-2025-02";
  const file = join(bundledWorkspace.root, `${name}.txt`);
  writeFileSync(file, readFileSync(file, "utf8").replace("Gebrek aan snelheid kan Trump", "Gebrek aan tempo kan Trump"));
  await page.goto(bundledWorkspace.url);
  await openDocument(page, name);

  const banner = page.getByRole("status", { name: /found again with other words/ });
  await expect(banner).toContainText("1 span was found again with other words than were marked.");
  await expect(banner.getByRole("deletion")).toContainText("Gebrek aan snelheid kan Trump niet worden verweten");
  await expect(banner.getByRole("insertion")).toContainText("Gebrek aan tempo kan Trump niet worden verweten");
  await expect(reader(page).locator("mark", { hasText: "Gebrek aan tempo kan Trump niet worden verweten" })).toHaveCount(1);
  await page.screenshot({ path: join(artifacts, "structure-approximate-anchor.png") });

  await banner.getByRole("button", { name: "Show" }).click();
  await expect(details(page).getByRole("textbox", { name: "Wording" })).toBeVisible();
  await expect(reader(page).locator("mark.is-selected", { hasText: "Gebrek aan tempo" })).toHaveCount(1);
  await banner.getByRole("button", { name: "Checked" }).click();
  await expect(page.getByText(/found again with other words/)).toHaveCount(0);
});

test("who asserts a statement, its tags and its note: set in the details, shown where they matter, each undone on its own", async ({
  page,
  emptyWorkspace,
}) => {
  await openText(page, emptyWorkspace.url, OSINGA);
  const quote = "Hiermee geeft Trump al dingen weg voordat de onderhandelingen begonnen zijn en beloont hij Poetin als oorlogsmisdadiger.";
  await mark(page, quote, "Premise");
  await statement(page, quote).click();
  await details(page).getByRole("textbox", { name: "Speaker" }).fill("Rob de Wijk");
  // Typed key by key, as a person types: the comma that starts the next tag must stay.
  await details(page).getByRole("textbox", { name: "Tags (comma separated)" }).pressSequentially("Oekraïne, onderhandelingen, ");
  await expect(details(page).getByRole("textbox", { name: "Tags (comma separated)" })).toHaveValue("Oekraïne, onderhandelingen, ");
  await details(page).getByRole("textbox", { name: "Note" }).fill("Osinga citeert hier een collega.");
  await page.getByRole("toolbar", { name: "Argumap" }).getByRole("button", { name: "Undo" }).focus();
  await expect(statement(page, quote).getByText("Rob de Wijk")).toBeVisible();
  await expect(details(page).getByRole("textbox", { name: "Tags (comma separated)" })).toHaveValue("Oekraïne, onderhandelingen");

  // Each field is one step: the note goes first, then the tags, then the speaker.
  await page.keyboard.press("Enter");
  await expect(details(page).getByRole("textbox", { name: "Note" })).toHaveValue("");
  await expect(details(page).getByRole("textbox", { name: "Tags (comma separated)" })).toHaveValue("Oekraïne, onderhandelingen");
  await page.keyboard.press("Enter");
  await expect(details(page).getByRole("textbox", { name: "Tags (comma separated)" })).toHaveValue("");
  await expect(statement(page, quote).getByText("Rob de Wijk")).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(statement(page, quote).getByText("Rob de Wijk")).toHaveCount(0);
  await expect(details(page).getByRole("textbox", { name: "Speaker" })).toHaveValue("");
  await redo(page);
  await expect(statement(page, quote).getByText("Rob de Wijk")).toBeVisible();
});
