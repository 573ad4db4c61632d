import type { Browser, Page } from "@playwright/test";
import { FRAME_CATEGORIES, frameTimes } from "./frames";
import { callProbe } from "./pages";

export interface GestureFrames {
  /** Main-thread time of each frame while the pointer moved (see frames.ts). */
  frames: number[];
  moves: number;
  /** From releasing the button to the next painted frame: what dropping a node or ending a pan costs. */
  releaseMs: number;
}

const MAX_MOVES = 60;
const STEP = { x: 3, y: 2 };

/**
 * Press at `from`, move in small steps as a hand would (60 moves or `maxMs`, whichever ends first), release.
 * Frames are traced from the first move after React Flow has taken the press as a drag to the last move's frame.
 */
export async function traceGesture(browser: Browser, page: Page, from: { x: number; y: number }, maxMs: number): Promise<GestureFrames> {
  await page.mouse.move(from.x, from.y);
  await callProbe(page, "settle");
  await page.mouse.down();
  await page.mouse.move(from.x + STEP.x, from.y + STEP.y);
  await callProbe(page, "settle");
  await browser.startTracing(page, { categories: FRAME_CATEGORIES });
  const started = performance.now();
  let moves = 0;
  while (moves < MAX_MOVES && performance.now() - started < maxMs) {
    moves++;
    await page.mouse.move(from.x + (moves + 1) * STEP.x, from.y + (moves + 1) * STEP.y);
  }
  await callProbe(page, "settle");
  const trace = await browser.stopTracing();
  const released = performance.now();
  await page.mouse.up();
  await callProbe(page, "settle");
  return { frames: frameTimes(trace), moves, releaseMs: performance.now() - released };
}
