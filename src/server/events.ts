import type { ServerResponse } from "node:http";
import type { WorkspaceEvent } from "../contract";

/**
 * The Server-Sent Events stream of workspace changes. Each change is one default "message" event whose data is
 * the WorkspaceEvent as JSON, which is what the renderer's EventSource listens for.
 */
export interface EventHub {
  add(response: ServerResponse): void;
  publish(event: WorkspaceEvent): void;
  close(): void;
}

/** Proxies close idle connections; a comment line every so often keeps the stream open. */
const KEEP_ALIVE_MS = 25_000;

export function createEventHub(): EventHub {
  const clients = new Set<ServerResponse>();
  const keepAlive = setInterval(() => {
    for (const client of clients) client.write(": keep-alive\n\n");
  }, KEEP_ALIVE_MS);
  keepAlive.unref();
  return {
    add(response) {
      response.writeHead(200, {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-store",
        Connection: "keep-alive",
      });
      // The retry hint makes a browser reconnect soon after the server restarts.
      response.write("retry: 2000\n: connected\n\n");
      clients.add(response);
      response.on("close", () => clients.delete(response));
    },
    publish(event) {
      const frame = `data: ${JSON.stringify(event)}\n\n`;
      for (const client of clients) client.write(frame);
    },
    close() {
      clearInterval(keepAlive);
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}
