/**
 * Where the window was: its normal bounds and whether it was maximized, kept in userData/window-state.json.
 * Plain data in and out, so the rules are tested without Electron; window.ts does the reading and writing.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1400, height: 900 } as const;
export const MINIMUM_SIZE = { width: 800, height: 560 } as const;

/** The saved state, or undefined when the file is missing, not JSON, or not a state we wrote. */
export function parseWindowState(text: string | undefined): WindowState | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const { bounds, maximized } = value as { bounds?: unknown; maximized?: unknown };
  if (!isRect(bounds) || typeof maximized !== "boolean") return undefined;
  return { bounds: roundRect(bounds), maximized };
}

export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify({ bounds: roundRect(state.bounds), maximized: state.maximized }, null, 2)}\n`;
}

/**
 * Fit saved bounds into the work area of the display they match best, so that a window saved on a monitor that
 * is now unplugged, or on a larger screen, opens whole and reachable.
 */
export function fitToWorkArea(bounds: Rect, workArea: Rect): Rect {
  const width = Math.min(Math.max(bounds.width, MINIMUM_SIZE.width), workArea.width);
  const height = Math.min(Math.max(bounds.height, MINIMUM_SIZE.height), workArea.height);
  const x = clamp(bounds.x, workArea.x, workArea.x + workArea.width - width);
  const y = clamp(bounds.y, workArea.y, workArea.y + workArea.height - height);
  return { x, y, width, height };
}

/** The first start: the default size, no larger than the work area, centred in it. */
export function centredIn(workArea: Rect): Rect {
  const width = Math.min(DEFAULT_SIZE.width, workArea.width);
  const height = Math.min(DEFAULT_SIZE.height, workArea.height);
  return {
    x: Math.round(workArea.x + (workArea.width - width) / 2),
    y: Math.round(workArea.y + (workArea.height - height) / 2),
    width,
    height,
  };
}

function isRect(value: unknown): value is Rect {
  if (typeof value !== "object" || value === null) return false;
  const { x, y, width, height } = value as Record<string, unknown>;
  return [x, y, width, height].every((n) => typeof n === "number" && Number.isFinite(n)) && (width as number) > 0 && (height as number) > 0;
}

function roundRect(rect: Rect): Rect {
  return { x: Math.round(rect.x), y: Math.round(rect.y), width: Math.round(rect.width), height: Math.round(rect.height) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
