import { readFile } from "node:fs/promises";
import { protocol } from "electron";
import { APP_SCHEME, CONTENT_SECURITY_POLICY, contentTypeOf, resolveRendererFile } from "./appUrl";

/**
 * The renderer is served from app://argumap/ instead of file://, so the page has a real origin, a CSP header
 * and no access to any file but the built renderer (the Electron security checklist, items 18 and 7).
 */

/** Must run before the app is ready: Chromium fixes its list of schemes when it starts. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // standard: relative URLs and an origin of its own; secure: counts as HTTPS for the web platform.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== "GET" && request.method !== "HEAD") return respond(405, "method not allowed");
    const file = resolveRendererFile(rendererRoot, request.url);
    if (file === undefined) return respond(404, "not found");
    try {
      return respond(200, await readFile(file), contentTypeOf(file));
    } catch {
      return respond(404, "not found");
    }
  });
}

function respond(status: number, body: string | Buffer, contentType = "text/plain; charset=utf-8"): Response {
  return new Response(new Uint8Array(typeof body === "string" ? Buffer.from(body) : body), {
    status,
    headers: {
      "Content-Type": contentType,
      "Content-Security-Policy": CONTENT_SECURITY_POLICY,
      "X-Content-Type-Options": "nosniff",
      // A rebuilt renderer must be picked up by the next reload.
      "Cache-Control": "no-cache",
    },
  });
}
