import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DocumentSummary } from "../contract";
import { makeWorkspace, type TempWorkspace } from "../workspace/testing";
import { type RunningServer, serveLine, startServer } from "./server";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http rather than fetch: fetch normalises "/../" away and will not send a foreign Host header. */
function send(
  server: RunningServer,
  rawPath: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: rawPath, method: init.method ?? "GET", headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

function callApi(server: RunningServer, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return send(server, "/api/call", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${server.token}`, ...headers },
    body: JSON.stringify(body),
  });
}

describe("the web-mode server", () => {
  let ws: TempWorkspace;
  let site: string;
  let server: RunningServer;
  beforeEach(async () => {
    ws = await makeWorkspace();
    // The renderer folder sits beside a package.json that must never be served.
    site = await mkdtemp(path.join(tmpdir(), "argumap-site-"));
    await writeFile(path.join(site, "package.json"), '{"secret": true}');
    await mkdir(path.join(site, "renderer", "assets"), { recursive: true });
    await writeFile(path.join(site, "renderer", "index.html"), "<!doctype html><title>Argumap</title>");
    await writeFile(path.join(site, "renderer", "assets", "app.js"), "console.log(1);");
    server = await startServer({ root: ws.root, port: 0, rendererDir: path.join(site, "renderer"), maxBodyBytes: 64 * 1024 });
  });
  afterEach(async () => {
    await server.close();
    await ws.remove();
    await rm(site, { recursive: true, force: true });
  });

  it("binds 127.0.0.1 and prints the URL line with the token in the fragment", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(serveLine(server)).toBe(`Argumap web: ${server.url}#token=${server.token}`);
  });

  it("lists the real texts for a call with the token", async () => {
    const answer = await callApi(server, { method: "listDocuments", args: [] });
    expect(answer.status).toBe(200);
    const reply = JSON.parse(answer.body) as { ok: boolean; value: DocumentSummary[] };
    expect(reply.ok).toBe(true);
    expect(reply.value.map((d) => d.path)).toContain("osinga-europa-niet-aan-tafel-2025-02.txt");
    expect(reply.value).toHaveLength(5);
    expect(reply.value.every((d) => d.mapState === "none")).toBe(true);
  });

  it("refuses a call without a token, or with a wrong one, with 401", async () => {
    const without = await send(server, "/api/call", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: '{"method":"listDocuments","args":[]}',
    });
    expect(without.status).toBe(401);
    const wrong = await callApi(server, { method: "listDocuments", args: [] }, { Authorization: `Bearer ${server.token.slice(1)}x` });
    expect(wrong.status).toBe(401);
    // The query form is for the event stream only.
    const inQuery = await send(server, `/api/call?token=${server.token}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    expect(inQuery.status).toBe(401);
  });

  it("refuses a foreign Origin and a foreign Host with 403, even with the token", async () => {
    const origin = await callApi(server, { method: "listDocuments", args: [] }, { Origin: "https://evil.example" });
    expect(origin.status).toBe(403);
    const host = await callApi(server, { method: "listDocuments", args: [] }, { Host: `evil.example:${new URL(server.url).port}` });
    expect(host.status).toBe(403);
    const ownOrigin = await callApi(server, { method: "info", args: [] }, { Origin: `http://localhost:${new URL(server.url).port}` });
    expect(ownOrigin.status).toBe(200);
  });

  it("answers bad arguments with 400, a refused path with 403, a body too large with 413", async () => {
    expect((await callApi(server, { method: "openDocument", args: [1] })).status).toBe(400);
    expect((await callApi(server, { method: "openDocument", args: ["../secret.txt"] })).status).toBe(403);
    expect((await callApi(server, { method: "openDocument", args: ["x".repeat(100_000)] })).status).toBe(413);
    const notJson = await send(server, "/api/call", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${server.token}` },
      body: "{",
    });
    expect(notJson.status).toBe(400);
  });

  it("serves the built renderer with its content type and the security headers", async () => {
    const index = await send(server, "/");
    expect(index.status).toBe(200);
    expect(index.body).toContain("<title>Argumap</title>");
    expect(index.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(index.headers["content-security-policy"]).toContain("default-src 'self'; script-src 'self'");
    expect(index.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(index.headers["x-content-type-options"]).toBe("nosniff");
    const script = await send(server, "/assets/app.js");
    expect(script.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect((await send(server, "/assets/missing.js")).status).toBe(404);
  });

  it.each(["/../package.json", "/%2e%2e/package.json", "/assets/../../package.json", "/..%2Fpackage.json"])(
    "refuses the traversal %s",
    async (rawPath) => {
      const answer = await send(server, rawPath);
      expect(answer.status).toBe(403);
      expect(answer.body).not.toContain("secret");
    },
  );

  it("delivers a workspace change on the event stream", async () => {
    const { port } = new URL(server.url);
    const received = new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, path: `/api/events?token=${server.token}` }, (res) => {
        expect(res.headers["content-type"]).toBe("text/event-stream; charset=utf-8");
        let text = "";
        res.on("data", (chunk: Buffer) => {
          text += chunk.toString("utf8");
          if (text.includes(": connected")) void writeFile(path.join(ws.root, "nieuw.txt"), "Een nieuwe tekst.");
          const data = /^data: (.*)$/m.exec(text);
          if (data?.[1]) {
            resolve(data[1]);
            req.destroy();
          }
        });
      });
      req.on("error", reject);
      req.end();
    });
    expect(JSON.parse(await received)).toEqual({ kind: "added", path: "nieuw.txt" });
  });

  it("refuses the event stream without the token", async () => {
    expect((await send(server, "/api/events")).status).toBe(401);
  });
});

describe("the web-mode server without a built renderer", () => {
  it("answers / with a page that says how to build it", async () => {
    const ws = await makeWorkspace();
    const server = await startServer({ root: ws.root, rendererDir: path.join(ws.root, "no-such-folder") });
    try {
      const index = await send(server, "/");
      expect(index.status).toBe(200);
      expect(index.body).toContain("npm run build:renderer");
      expect((await send(server, "/../package.json")).status).toBe(403);
    } finally {
      await server.close();
      await ws.remove();
    }
  });
});
