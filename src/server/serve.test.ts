import { describe, expect, it } from "vitest";
import { makeWorkspace } from "../workspace/testing";
import { parseServeArgs, serve } from "./serve";

describe("serving a folder", () => {
  it("prints exactly one URL line, answers on it, and stops cleanly when asked", async () => {
    const ws = await makeWorkspace();
    const out: string[] = [];
    const err: string[] = [];
    let stop = () => {};
    const stopped = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const running = serve([ws.root], { stdout: (t) => out.push(t), stderr: (t) => err.push(t), untilStopped: () => stopped, cwd: "/" });
    try {
      while (out.length === 0) await new Promise((r) => setTimeout(r, 20));
      expect(out).toHaveLength(1);
      const match = /^Argumap web: (http:\/\/127\.0\.0\.1:\d+\/)#token=([A-Za-z0-9_-]+)\n$/.exec(out[0] ?? "");
      expect(match).not.toBeNull();
      const answer = await fetch(`${match?.[1]}api/call`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${match?.[2]}` },
        body: JSON.stringify({ method: "listDocuments", args: [] }),
      });
      expect(answer.status).toBe(200);
    } finally {
      stop();
      expect(await running).toBe(0);
      await ws.remove();
    }
    expect(err).toEqual([]);
  });

  it("refuses a folder that does not exist with exit code 2", async () => {
    const err: string[] = [];
    const code = await serve(["/no/such/folder"], {
      stdout: () => {},
      stderr: (t) => err.push(t),
      untilStopped: () => Promise.resolve(),
      cwd: "/",
    });
    expect(code).toBe(2);
    expect(err.join("")).toContain("not a folder");
  });

  it("reads FOLDER and --port, defaulting to maps and any free port", () => {
    expect(parseServeArgs([])).toEqual({ ok: true, folder: "maps", port: 0 });
    expect(parseServeArgs(["ws", "--port", "8123"])).toEqual({ ok: true, folder: "ws", port: 8123 });
    expect(parseServeArgs(["--port=9"])).toEqual({ ok: true, folder: "maps", port: 9 });
    expect(parseServeArgs(["--port", "x"]).ok).toBe(false);
    expect(parseServeArgs(["a", "b"]).ok).toBe(false);
    expect(parseServeArgs(["--verbose"]).ok).toBe(false);
  });
});
