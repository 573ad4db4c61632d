import type { IncomingMessage } from "node:http";

export type Body = { ok: true; value: unknown } | { ok: false; status: 400 | 413; message: string };

/**
 * The request body as JSON, refusing one larger than `limit` bytes before it is all in memory. The rest of a
 * refused body is read and dropped rather than the socket destroyed, so the client still receives the 413.
 */
export function readJsonBody(request: IncomingMessage, limit: number): Promise<Body> {
  const tooLarge: Body = { ok: false, status: 413, message: `the request is larger than ${Math.round(limit / 1024 / 1024)} MB` };
  if (Number(request.headers["content-length"] ?? 0) > limit) {
    request.resume();
    return Promise.resolve(tooLarge);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      chunks.length = 0;
      request.off("data", onData);
      request.resume();
      resolve(tooLarge);
    };
    request.on("data", onData);
    request.on("error", reject);
    request.on("end", () => {
      if (size > limit) return;
      try {
        resolve({ ok: true, value: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
      } catch {
        resolve({ ok: false, status: 400, message: "the request body is not valid JSON" });
      }
    });
  });
}
