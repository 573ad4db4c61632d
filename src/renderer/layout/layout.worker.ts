import { type ArgumentMap, layoutMapNow } from "../../core";

/** Lays out maps off the window's thread; a failure comes back as a message, so the caller is never left waiting. */
self.onmessage = (event: MessageEvent<{ id: number; map: ArgumentMap; only?: string[] }>) => {
  const { id, map, only } = event.data;
  try {
    const positions = layoutMapNow(map, only ? new Set(only) : undefined);
    self.postMessage({ id, positions });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
