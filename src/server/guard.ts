import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

/**
 * Who may talk to the web-mode server. It binds 127.0.0.1, but any web page the user visits can still send
 * requests there, so: a per-run token that only the printed URL carries (in its fragment, which browsers never
 * send), a Host check against DNS rebinding (evil.example resolving to 127.0.0.1), and an Origin check against
 * cross-site requests.
 */
export function newToken(): string {
  return randomBytes(24).toString("base64url");
}

export type Refusal = { status: 401 | 403; message: string } | undefined;

/** Host must name this server by loopback address or localhost; an Origin, when sent, must be this server. */
export function checkHostAndOrigin(request: IncomingMessage, port: number): Refusal {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = request.headers.host?.toLowerCase();
  if (host === undefined || !allowedHosts.includes(host))
    return { status: 403, message: "this server answers only to 127.0.0.1 and localhost" };
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedHosts.some((h) => origin.toLowerCase() === `http://${h}`)) {
    return { status: 403, message: "requests from other sites are refused" };
  }
  return undefined;
}

/** The token from `Authorization: Bearer …`, or for the event stream (EventSource cannot set headers) from ?token=. */
export function checkToken(request: IncomingMessage, query: URLSearchParams, token: string, allowQuery: boolean): Refusal {
  const header = request.headers.authorization;
  const bearer = header?.startsWith("Bearer ") ? header.slice("Bearer ".length).trim() : undefined;
  const given = bearer ?? (allowQuery ? (query.get("token") ?? undefined) : undefined);
  if (given === undefined) return { status: 401, message: "a token is required: open the URL the server printed" };
  if (!sameSecret(given, token)) return { status: 401, message: "the token is wrong: open the URL the server printed" };
  return undefined;
}

/** Constant-time comparison, so the token cannot be guessed a character at a time from response times. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
