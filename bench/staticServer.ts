import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
};

/** Serves the bare page and the generated maps on 127.0.0.1: the first folder holding a requested name answers. */
export async function serveFolders(folders: string[]): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const name = decodeURIComponent((request.url ?? "/").split("?")[0] ?? "/").replace(/^\/+/, "") || "index.html";
    if (name.split("/").includes("..")) {
      response.writeHead(403).end();
      return;
    }
    void (async () => {
      for (const folder of folders) {
        const body = await readFile(path.join(folder, name)).catch(() => undefined);
        if (body === undefined) continue;
        response.writeHead(200, { "Content-Type": TYPES[path.extname(name)] ?? "application/octet-stream", "Cache-Control": "no-cache" });
        response.end(body);
        return;
      }
      response.writeHead(404).end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
