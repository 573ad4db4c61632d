/**
 * The link overlay reads the boxes of statements from the page, so it must measure again whenever a column
 * pans, zooms or resizes. Columns ask for a measurement here; the overlay measures once per frame at most,
 * and keeps measuring for a while after an animated move (fit, centre) so the lines follow it.
 */
type Listener = () => void;

let listener: Listener | null = null;
let frame = 0;
let until = 0;

export function onMeasure(next: Listener): () => void {
  listener = next;
  return () => {
    if (listener === next) listener = null;
  };
}

export function requestMeasure(forMs = 0): void {
  until = Math.max(until, performance.now() + forMs);
  if (frame) return;
  const tick = () => {
    listener?.();
    frame = performance.now() < until ? requestAnimationFrame(tick) : 0;
  };
  frame = requestAnimationFrame(tick);
}
