import type { ArgumentMap, Positions } from "../../core";

/** Layout runs in a Web Worker so that a large map does not freeze the window while ELK works. */
let worker: Worker | undefined;
let serial = 0;
const waiting = new Map<number, (positions: Positions) => void>();

export function layoutInWorker(map: ArgumentMap, only?: string[]): Promise<Positions> {
  worker ??= createWorker();
  const id = ++serial;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker?.postMessage({ id, map, only });
  });
}

function createWorker(): Worker {
  const w = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
  w.onmessage = (event: MessageEvent<{ id: number; positions: Positions }>) => {
    waiting.get(event.data.id)?.(event.data.positions);
    waiting.delete(event.data.id);
  };
  return w;
}
