import { describe, expect, it } from "vitest";
import { lineOf, meetsBudget, percentile, ratioOf } from "./figures";
import { frameTimes, mergeIntervals, overlap } from "./frames";
import { parseOptions } from "./options";

describe("figures", () => {
  it("print as NAME@SIZE VALUE UNIT with three significant digits", () => {
    expect(lineOf({ name: "open_ratio", size: 2000, value: 1.23456, unit: "ratio" })).toBe("open_ratio@2000 1.23 ratio");
    expect(lineOf({ name: "layout_ms", size: 10000, value: "timeout", unit: "ms" })).toBe("layout_ms@10000 timeout ms");
    expect(lineOf({ name: "type_renders", size: 200, value: 1, unit: "renders" })).toBe("type_renders@200 1 renders");
  });

  it("are judged against their budget only at the size it is set for", () => {
    expect(meetsBudget({ name: "open_ratio", size: 2000, value: 1.3, unit: "ratio" })).toBe(true);
    expect(meetsBudget({ name: "open_ratio", size: 2000, value: 1.31, unit: "ratio" })).toBe(false);
    expect(meetsBudget({ name: "open_ratio", size: 200, value: 5, unit: "ratio" })).toBeUndefined();
    expect(meetsBudget({ name: "drag_p95_ms", size: 2000, value: 16.7, unit: "ms" })).toBe(false);
    expect(meetsBudget({ name: "layout_ms", size: 2000, value: "timeout", unit: "ms" })).toBe(false);
    expect(meetsBudget({ name: "type_renders", size: 10000, value: 2, unit: "renders" })).toBe(false);
  });

  it("take the nearest-rank percentile and carry a failure through a ratio", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 0.95)).toBe(95);
    expect(percentile([7], 0.95)).toBe(7);
    expect(ratioOf(3, 2)).toBe(1.5);
    expect(ratioOf("timeout", 2)).toBe("timeout");
  });
});

describe("frame times from a trace", () => {
  const thread = { pid: 1, tid: 1 };
  const trace = {
    traceEvents: [
      { ...thread, ph: "M", name: "thread_name", ts: 0, args: { name: "CrRendererMain" } },
      // Frame 1: 0..20 ms with 4 ms of work and a nested task that must not count twice.
      { ...thread, ph: "b", name: "AnimationFrame", ts: 0, id2: { local: "0x1" } },
      { ...thread, ph: "X", name: "RunTask", ts: 1000, dur: 3000 },
      { ...thread, ph: "X", name: "RunTask", ts: 2000, dur: 1000 },
      { ...thread, ph: "X", name: "RunTask", ts: 18000, dur: 1000 },
      { ...thread, ph: "e", name: "AnimationFrame", ts: 20000, id2: { local: "0x1" } },
      // Frame 2: a 30 ms task crossing its start counts only inside the frame.
      { ...thread, ph: "X", name: "RunTask", ts: 25000, dur: 30000 },
      { ...thread, ph: "b", name: "AnimationFrame", ts: 40000, id2: { local: "0x2" } },
      { ...thread, ph: "e", name: "AnimationFrame", ts: 60000, id2: { local: "0x2" } },
      // Another thread's work is not the page's.
      { pid: 1, tid: 2, ph: "X", name: "RunTask", ts: 41000, dur: 9000 },
    ],
  };

  it("count the main thread's busy time inside each frame, not the idle wait for the next one", () => {
    expect(frameTimes(JSON.stringify(trace))).toEqual([4, 15]);
  });

  it("merge nested and overlapping tasks before adding them up", () => {
    expect(
      mergeIntervals([
        [5, 9],
        [0, 3],
        [2, 4],
        [8, 12],
      ]),
    ).toEqual([
      [0, 4],
      [5, 12],
    ]);
    expect(
      overlap(
        [
          [0, 4],
          [5, 12],
        ],
        3,
        6,
      ),
    ).toBe(2);
  });
});

describe("options", () => {
  it("read the sizes and benchmarks to run, and refuse unknown ones", () => {
    const options = parseOptions(["--sizes", "200,2000", "--only=open,save", "--layout-timeout", "5"], "out.json");
    expect(options).toMatchObject({ sizes: [200, 2000], layoutTimeoutMs: 5000 });
    expect(options !== "help" && !("error" in options) && [...options.only]).toEqual(["open", "save"]);
    expect(parseOptions(["--only", "speed"], "out.json")).toMatchObject({ error: expect.stringContaining("unknown benchmark speed") });
    expect(parseOptions(["--sizes", "2k"], "out.json")).toMatchObject({ error: expect.stringContaining("--sizes") });
  });
});
