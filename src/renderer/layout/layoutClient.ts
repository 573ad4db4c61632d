import type { ArgumentMap, Positions } from "../../core";

/** Layout runs in a Web Worker so that a large map does not freeze the window while it is laid out. */
let worker: Worker | undefined;
let serial = 0;
const waiting = new Map<number, { resolve: (positions: Positions) => void; reject: (error: Error) => void }>();

type Reply = { id: number; positions: Positions } | { id: number; error: string };

export function layoutInWorker(map: ArgumentMap, only?: string[]): Promise<Positions> {
  worker ??= createWorker();
  const id = ++serial;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker?.postMessage({ id, map, only });
  });
}

function createWorker(): Worker {
  const w = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
  w.onmessage = (event: MessageEvent<Reply>) => {
    const reply = event.data;
    const caller = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ("error" in reply) caller?.reject(new Error(`layout failed: ${reply.error}`));
    else caller?.resolve(reply.positions);
  };
  // A worker that cannot start (or dies) fails every layout still waiting, and the next one starts afresh.
  w.onerror = (event) => {
    for (const caller of waiting.values()) caller.reject(new Error(`layout failed: ${event.message}`));
    waiting.clear();
    worker = undefined;
  };
  return w;
}
