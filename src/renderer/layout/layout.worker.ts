import { type ArgumentMap, layoutMap } from "../../core";

self.onmessage = async (event: MessageEvent<{ id: number; map: ArgumentMap; only?: string[] }>) => {
  const { id, map, only } = event.data;
  const positions = await layoutMap(map, only ? new Set(only) : undefined);
  self.postMessage({ id, positions });
};
