import { realpath } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { CONTENT_SECURITY_POLICY, type WorkspaceCall } from "../contract";
import { createWorkspaceHandlers, watchWorkspace } from "../workspace";
import { readJsonBody } from "./body";
import { createEventHub } from "./events";
import { checkHostAndOrigin, checkToken, newToken } from "./guard";
import { defaultRendererDir } from "./packageRoot";
import { readStatic } from "./staticFiles";

export interface ServerOptions {
  /** The workspace folder. */
  root: string;
  /** 0 = any free port. */
  port?: number;
  /** The built renderer; default dist/renderer of this package. */
  rendererDir?: string;
  /** Largest request body accepted; maps of thousands of statements fit easily in the default. */
  maxBodyBytes?: number;
}

export interface RunningServer {
  /** http://127.0.0.1:PORT/ — the token goes in the fragment, see serveLine. */
  url: string;
  token: string;
  close(): Promise<void>;
}

const COMMON_HEADERS = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

/**
 * Web mode: the workspace contract over HTTP on 127.0.0.1, beside the built renderer.
 *   POST /api/call   {"method","args"} → the handler table's reply, with its status
 *   GET  /api/events  Server-Sent Events of workspace changes (token as ?token=, EventSource sends no headers)
 *   GET  anything else: a file of the built renderer
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const handle = createWorkspaceHandlers(options.root);
  const rendererDir = await realpath(options.rendererDir ?? defaultRendererDir()).catch(() => undefined);
  const maxBodyBytes = options.maxBodyBytes ?? 20 * 1024 * 1024;
  const token = newToken();
  const hub = createEventHub();
  const stopWatching = watchWorkspace(options.root, (event) => hub.publish(event));
  let port = 0;

  const server = createServer((request, response) => {
    route(request, response).catch(() => {
      if (!response.headersSent) sendJson(response, 500, { ok: false, status: 500, message: "the server failed to answer" });
      else response.end();
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const [rawPath = "/", rawQuery = ""] = (request.url ?? "/").split("?", 2);
    const site = checkHostAndOrigin(request, port);
    if (site) return sendJson(response, site.status, { ok: false, status: site.status, message: site.message });
    if (rawPath.startsWith("/api/")) {
      const query = new URLSearchParams(rawQuery);
      const isEvents = rawPath === "/api/events";
      const who = checkToken(request, query, token, isEvents);
      if (who) return sendJson(response, who.status, { ok: false, status: who.status, message: who.message });
      if (isEvents && request.method === "GET") return hub.add(response);
      if (rawPath === "/api/call" && request.method === "POST") return call(request, response);
      return sendJson(response, 404, { ok: false, status: 404, message: `no such API: ${request.method} ${rawPath}` });
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { ...COMMON_HEADERS, Allow: "GET, HEAD" }).end();
      return;
    }
    const file = await readStatic(rendererDir, rawPath);
    response.writeHead(file.status, { ...COMMON_HEADERS, "Content-Type": file.type, "Cache-Control": "no-cache" });
    response.end(request.method === "HEAD" ? undefined : file.body);
  }

  async function call(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!/^application\/json\b/i.test(request.headers["content-type"] ?? "")) {
      return sendJson(response, 415, { ok: false, status: 415, message: "send the call as application/json" });
    }
    const body = await readJsonBody(request, maxBodyBytes);
    if (!body.ok) {
      if (body.status === 413) response.setHeader("Connection", "close");
      return sendJson(response, body.status, { ok: false, status: body.status, message: body.message });
    }
    const reply = await handle(body.value as WorkspaceCall);
    sendJson(response, reply.ok ? 200 : reply.status, reply);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        stopWatching();
        hub.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The one line the server prints: the renderer takes the token from the fragment, which is never sent to a server. */
export function serveLine(server: Pick<RunningServer, "url" | "token">): string {
  return `Argumap web: ${server.url}#token=${server.token}`;
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { ...COMMON_HEADERS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
  response.end(JSON.stringify(value));
}
