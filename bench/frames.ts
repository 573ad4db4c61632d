/**
 * Frame times from a Chromium trace. Chromium marks each animation frame that had work with an "AnimationFrame"
 * span (the data behind the Long Animation Frames API, for every frame, not only the long ones): from the first
 * task that led to the frame to the end of its rendering. A frame's time here is the main thread's busy time
 * inside that span (the union of its tasks), so that the idle wait for the next vsync does not count: under
 * 16.7 ms means the main thread could keep up with 60 frames a second.
 *
 * Requestanimationframe intervals would not do: headless Chromium paces frames at 60 Hz whatever the flags, so
 * an interval is 16.7 ms or a multiple of it even for an empty page.
 */

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  id2?: { local?: string; global?: string };
  args?: { name?: string };
}

/** The trace categories the analysis needs. */
export const FRAME_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel"];

/** Main-thread work of each animation frame in the trace, in milliseconds, in the order of the frames. */
export function frameTimes(trace: Buffer | string): number[] {
  const parsed = JSON.parse(trace.toString()) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const threadKey = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const mainThreads = new Set(
    events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map(threadKey),
  );

  const tasks = new Map<string, [number, number][]>();
  const opened = new Map<string, TraceEvent>();
  const frames: { thread: string; start: number; end: number }[] = [];
  for (const e of events) {
    const thread = threadKey(e);
    if (!mainThreads.has(thread)) continue;
    if (e.name === "RunTask" && e.ph === "X" && e.dur !== undefined) {
      const list = tasks.get(thread) ?? [];
      list.push([e.ts, e.ts + e.dur]);
      tasks.set(thread, list);
    } else if (e.name === "AnimationFrame" && (e.ph === "b" || e.ph === "e")) {
      const key = `${thread}/${e.id2?.local ?? e.id2?.global ?? e.id ?? ""}`;
      if (e.ph === "b") opened.set(key, e);
      else {
        const begin = opened.get(key);
        opened.delete(key);
        if (begin) frames.push({ thread, start: begin.ts, end: e.ts });
      }
    }
  }
  const busy = new Map([...tasks].map(([thread, list]) => [thread, mergeIntervals(list)]));
  return frames.sort((a, b) => a.start - b.start).map((frame) => overlap(busy.get(frame.thread) ?? [], frame.start, frame.end) / 1000);
}

/** Sorted, non-overlapping intervals covering the same time (tasks can nest inside one another). */
export function mergeIntervals(intervals: readonly [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** How much of [start, end] the merged intervals cover. */
export function overlap(merged: readonly [number, number][], start: number, end: number): number {
  let total = 0;
  for (const [a, b] of merged) {
    if (b <= start) continue;
    if (a >= end) break;
    total += Math.min(b, end) - Math.max(a, start);
  }
  return total;
}
