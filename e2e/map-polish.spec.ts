import { join } from "node:path";
import type { Page } from "@playwright/test";
import {
  artifacts,
  COUNTER,
  checks,
  junction,
  mark,
  OSINGA,
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
 * Defects of the map editor found in use (issue #4): where a new statement goes, which statement is selected
 * after it, how attacks and undercuts are drawn, the text that must not jump, and links that dangle.
 */

const COMMENTARY = "trump-belt-poetin-commentaar-2025-02";

test("with a reason's junction selected, Premise and Implicit premise join that reason as linked premises", async ({
  page,
  emptyWorkspace,
}) => {
  await openText(page, emptyWorkspace.url, OSINGA, THESIS);
  await mark(page, THESIS, "Central claim");
  await mark(page, PREMISE, "Premise");
  const reason = junction(page, /^Reason for “Maar het lijkt overduidelijk/);
  await expect(reason).toHaveCount(1);

  await reason.click();
  await mark(page, SECOND, "Premise");
  const linked = junction(page, /^Linked reason \(2 premises together\) for “Maar het lijkt overduidelijk/);
  await expect(linked).toHaveCount(1);
  await expect(reason).toHaveCount(0);
  await expect(roleOf(page, SECOND)).toHaveText("Premise");
  // The new statement is what is selected now.
  await expect(statement(page, SECOND)).toHaveClass(/is-selected/);

  await linked.click();
  await page.keyboard.press("Alt+5");
  await expect(junction(page, /^Linked reason \(3 premises together\) for “Maar het lijkt overduidelijk/)).toHaveCount(1);
  await expect(roleOf(page, "Implicit premise (edit me)")).toHaveText("Premise");
  await expect(page.locator(".react-flow__node-junction")).toHaveCount(1);
});

test("after a counterclaim the next Rebuttal answers it, and a second rebuttal answers it too", async ({ page, emptyWorkspace }) => {
  await openText(page, emptyWorkspace.url, OSINGA, THESIS);
  await mark(page, THESIS, "Central claim");
  await mark(page, COUNTER, "Counterclaim");
  await expect(roleOf(page, COUNTER)).toHaveText("Counterclaim");
  await expect(statement(page, COUNTER)).toHaveClass(/is-selected/);
  await expect(checks(page)).toContainText("Counterclaim left unanswered");

  await mark(page, REBUTTAL, "Rebuttal");
  await expect(roleOf(page, REBUTTAL)).toHaveText("Rebuttal");
  await expect(junction(page, /^Objection to “Overigens lijkt er bij sommige/)).toHaveCount(1);
  await expect(statement(page, REBUTTAL)).toHaveClass(/is-selected/);
  await expect(checks(page)).not.toContainText("Counterclaim left unanswered");

  // With the rebuttal selected, the next rebuttal still answers the counterclaim (not the rebuttal).
  await mark(page, PREMISE, "Rebuttal");
  await expect(roleOf(page, PREMISE)).toHaveText("Rebuttal");
  await expect(junction(page, /^Objection to “Overigens lijkt er bij sommige/)).toHaveCount(2);
});

/** The colour an arrowhead is painted in, found through the marker its edge's path refers to. */
async function arrowColour(page: Page, edgeId: string): Promise<string> {
  return page.locator(`.react-flow__edge[data-id="${edgeId}"] .react-flow__edge-path`).evaluate((path) => {
    const ref = path.getAttribute("marker-end") ?? "";
    const id = ref.replace(/^url\(['"]?#/, "").replace(/['"]?\)$/, "");
    const shape = document.getElementById(id)?.querySelector("polyline, path");
    return shape ? getComputedStyle(shape).fill : "no marker";
  });
}

/** The colour the theme gives a role, as the browser computes it. */
async function themeColour(page: Page, variable: string): Promise<string> {
  return page.evaluate((name) => {
    const probe = document.createElement("span");
    probe.style.color = `var(${name})`;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, variable);
}

test("arrowheads are green for a reason and red for an objection in both themes; an undercut arrives at the junction's side", async ({
  page,
  bundledWorkspace,
}) => {
  await openText(page, bundledWorkspace.url, COMMENTARY, "Gebrek aan snelheid");
  // i4: s4 objects to the central claim; i5 undercuts i4; i10: s9 is a reason for the central claim.
  const objection = page.locator('.react-flow__edge[data-id="i4:to"]');
  await expect(objection).toHaveCount(1);

  for (const theme of ["light", "dark"] as const) {
    if (theme === "dark") {
      await page.keyboard.press("Control+Shift+L");
      await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    }
    const red = await themeColour(page, "--counterclaim");
    const green = await themeColour(page, "--premise");
    expect(red).not.toBe(green);
    expect(await arrowColour(page, "i4:to"), `objection, ${theme}`).toBe(red);
    expect(await arrowColour(page, "i5:to"), `undercut, ${theme}`).toBe(red);
    expect(await arrowColour(page, "i10:to"), `reason, ${theme}`).toBe(green);
  }

  // The undercut's arrow ends on the right of the junction it attacks, level with its middle; the premise's line
  // arrives at the bottom.
  const attacked = page.locator('.react-flow__node[data-id="i4"] .junction');
  const ends = await page.evaluate(() => {
    const endOf = (edgeId: string) => {
      const path = document.querySelector<SVGPathElement>(`.react-flow__edge[data-id="${edgeId}"] .react-flow__edge-path`);
      const matrix = path?.getScreenCTM();
      if (!path || !matrix) return null;
      const p = path.getPointAtLength(path.getTotalLength());
      return { x: p.x * matrix.a + p.y * matrix.c + matrix.e, y: p.x * matrix.b + p.y * matrix.d + matrix.f };
    };
    return { undercut: endOf("i5:to"), premise: endOf("i4:from:s4") };
  });
  const box = await attacked.boundingBox();
  if (!box || !ends.undercut || !ends.premise) throw new Error("the objection's junction or its edges are not on screen");
  const slack = 4;
  expect(ends.undercut.x).toBeGreaterThan(box.x + box.width - slack);
  expect(ends.undercut.x).toBeLessThan(box.x + box.width + slack);
  expect(Math.abs(ends.undercut.y - (box.y + box.height / 2))).toBeLessThan(slack);
  expect(ends.premise.y).toBeGreaterThan(box.y + box.height - slack);
  expect(Math.abs(ends.premise.x - (box.x + box.width / 2))).toBeLessThan(slack);

  // Close up on the undercut, in both themes, to look at.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
  await page.waitForTimeout(400);
  const near = await attacked.boundingBox();
  if (!near) throw new Error("the objection's junction left the screen");
  const clip = { x: near.x - 220, y: near.y - 160, width: 440, height: 300 };
  await page.screenshot({ path: join(artifacts, "polish-undercut-dark.png"), clip });
  await page.keyboard.press("Control+Shift+L");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.screenshot({ path: join(artifacts, "polish-undercut-light.png"), clip });
  await page.getByRole("button", { name: "Zoom to fit" }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(artifacts, "polish-arrowheads-light.png") });
});

test("a click on a statement in the map leaves the text where it is when one of its spans is in view", async ({ page, emptyWorkspace }) => {
  const conclusion =
    "Conclusie: bij pure escalatie, zonder een nieuw concept dat rekening houdt met de beperkte mogelijkheden van Europa op veiligheidsgebied, zal Europa uiteindelijk onderuitgaan.";
  const lead = "De inzet van een Europese troepenmacht in Oekraïne is afhankelijk van een wapenstilstand tussen Oekraïne en Rusland.";
  await openText(page, emptyWorkspace.url, "mousavi-europese-troepenmacht-oekraine", "Conclusie");
  await mark(page, conclusion, "Central claim");
  await selectInReader(page, lead);
  await page.getByRole("button", { name: "Add as span of the selected statement" }).click();
  const leadMark = reader(page).locator("mark", { hasText: "De inzet van een Europese troepenmacht" });
  const conclusionMark = reader(page).locator("mark", { hasText: "Conclusie: bij pure escalatie" });
  await expect(leadMark).toHaveCount(1);

  // The user reads the end of the text, where the second span is; the first is out of view.
  await page.locator(".react-flow__pane").click({ position: { x: 8, y: 8 } });
  await conclusionMark.scrollIntoViewIfNeeded();
  await expect(conclusionMark).toBeInViewport();
  await expect(leadMark).not.toBeInViewport();

  await statement(page, conclusion).click();
  await expect(statement(page, conclusion)).toHaveClass(/is-selected/);
  await page.waitForTimeout(800);
  await expect(conclusionMark).toBeInViewport();
  await expect(leadMark).not.toBeInViewport();
});

test("links of the cross-author file to a deleted statement are a finding of the checks; a click opens the compare view", async ({
  page,
  bundledWorkspace,
}) => {
  const gone = "Poetin zal deze winstpunten ongetwijfeld dankbaar incasseren";
  await openText(page, bundledWorkspace.url, COMMENTARY, "Gebrek aan snelheid");
  await expect(checks(page)).not.toContainText("Link to a deleted statement");

  // Osinga's map says the same (link l2), and the issue "Dient Trumps diplomatie Poetin meer dan Oekraïne?" names it.
  await statement(page, gone).click();
  await page.keyboard.press("Delete");
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("point at it");
  await confirm.getByRole("button", { name: "Delete" }).click();
  await expect(statement(page, gone)).toHaveCount(0);

  const linkFinding = checks(page).getByRole("button", { name: "Link to a deleted statement: same claim Analyse Osinga" });
  const positionFinding = checks(page).getByRole("button", {
    name: "Link to a deleted statement: “Dient Trumps diplomatie Poetin meer dan Oekraïne?”",
  });
  await expect(linkFinding).toBeVisible();
  await expect(positionFinding).toBeVisible();
  await page.screenshot({ path: join(artifacts, "polish-checks-deleted-link.png") });

  await linkFinding.click();
  const compare = page.getByRole("region", { name: "Compare op-eds" });
  await expect(compare).toBeVisible();
  await expect(compare.getByRole("region", { name: "Pointing at deleted statements" })).toBeVisible();

  // Undoing the deletion mends the link, and the finding goes.
  await page.getByRole("group", { name: "View" }).getByText("Map").click();
  await page.getByRole("toolbar", { name: "Argumap" }).getByRole("button", { name: "Undo" }).click();
  await expect(statement(page, gone)).toBeVisible();
  await expect(checks(page)).not.toContainText("Link to a deleted statement");
});
