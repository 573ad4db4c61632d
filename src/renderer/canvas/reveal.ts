/** A rectangle in map coordinates, or on the screen. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** React Flow's viewport: the screen position of the map's origin, and the zoom. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Room kept between revealed boxes and the edge of the pane, so they do not sit under its border. */
export const REVEAL_MARGIN = 32;

/**
 * The viewport that shows the bounds with the least change: the same zoom, panned only as far as needed; zoomed
 * out (about the middle of the view) only when the bounds cannot fit at the zoom the user chose. Undefined when
 * the bounds are wholly in view already, so that the map does not move under the user for nothing.
 */
export function viewportShowing(
  view: Viewport,
  pane: { width: number; height: number },
  bounds: Rect,
  minZoom: number,
  margin = REVEAL_MARGIN,
): Viewport | undefined {
  const seen = {
    x: bounds.x * view.zoom + view.x,
    y: bounds.y * view.zoom + view.y,
    width: bounds.width * view.zoom,
    height: bounds.height * view.zoom,
  };
  const inView = seen.x >= 0 && seen.y >= 0 && seen.x + seen.width <= pane.width && seen.y + seen.height <= pane.height;
  if (inView) return undefined;
  const room = { width: Math.max(1, pane.width - 2 * margin), height: Math.max(1, pane.height - 2 * margin) };
  const zoom = Math.max(minZoom, Math.min(view.zoom, room.width / bounds.width, room.height / bounds.height));
  // Zooming out keeps the map point in the middle of the view where it is; panning starts from there.
  const centre = { x: (pane.width / 2 - view.x) / view.zoom, y: (pane.height / 2 - view.y) / view.zoom };
  const start = zoom === view.zoom ? view : { x: pane.width / 2 - centre.x * zoom, y: pane.height / 2 - centre.y * zoom, zoom };
  const x = clampInto(start.x, bounds.x, bounds.width, pane.width, zoom, margin);
  const y = clampInto(start.y, bounds.y, bounds.height, pane.height, zoom, margin);
  if (zoom === view.zoom && x === view.x && y === view.y) return undefined;
  return { x, y, zoom };
}

/**
 * The nearest offset to `offset` that puts [start, start + size] (map units) inside the pane, margin kept; a
 * span too long for the pane shows its start.
 */
function clampInto(offset: number, start: number, size: number, pane: number, zoom: number, margin: number): number {
  const least = margin - start * zoom;
  const most = pane - margin - (start + size) * zoom;
  if (least > most) return least;
  return Math.min(most, Math.max(least, offset));
}
