import type { Browser, Page } from "@playwright/test";
import { FRAME_CATEGORIES, frameTimes } from "./frames";
import { callProbe } from "./pages";

export interface Keystroke {
  /** StatementNode renders caused by one keystroke (counted by the app's bench-only render hook). */
  renders: number;
  /** How many different statements those renders were of. */
  statements: number;
  /** The edited statement's id and how often each statement rendered, for the report. */
  edited: string;
  byStatement: Record<string, number>;
  /** The longest main-thread frame while the keystroke was handled. */
  longestFrameMs: number;
}

/**
 * Select a statement, open its wording editor with Enter as a user would, put the caret at the end, then type
 * one character and count which statement boxes rendered because of it.
 */
export async function typeOneCharacter(browser: Browser, page: Page, point: { x: number; y: number }): Promise<Keystroke> {
  await page.mouse.click(point.x, point.y);
  await callProbe(page, "settle");
  await page.keyboard.press("Enter");
  // The box's own editor, not the details panel's field of the same name.
  const box = page.locator(".react-flow__node:has(textarea.wording-editor)");
  await box.waitFor({ timeout: 30_000 });
  const edited = (await box.getAttribute("data-id")) ?? "";
  await page.keyboard.press("End");
  await quiet(page);
  await callProbe(page, "resetRenders");
  await browser.startTracing(page, { categories: FRAME_CATEGORIES });
  await page.keyboard.type("x");
  await quiet(page);
  const trace = await browser.stopTracing();
  const { renders, statements, byStatement } = await callProbe(page, "renders");
  await page.keyboard.press("Escape");
  await callProbe(page, "settle");
  return { renders, statements, edited, byStatement, longestFrameMs: Math.max(0, ...frameTimes(trace)) };
}

/** Painted twice, a pause for anything scheduled later (a debounce), painted twice again. */
async function quiet(page: Page): Promise<void> {
  await callProbe(page, "settle");
  await page.waitForTimeout(300);
  await callProbe(page, "settle");
}
