import type { ArgumentMap, Positions } from "../../../src/core";

/**
 * The layout baseline: the app's worker protocol with the least possible layout, boxes on a grid. What it
 * costs is what any layout in a worker pays: copying the map in and the positions out.
 */
self.onmessage = (event: MessageEvent<{ id: number; map: ArgumentMap }>) => {
  const { id, map } = event.data;
  const positions: Positions = {};
  const ids = [...map.statements.map((s) => s.id), ...map.inferences.map((i) => i.id)];
  const columns = Math.ceil(Math.sqrt(ids.length));
  ids.forEach((key, n) => {
    positions[key] = { x: (n % columns) * 280, y: Math.floor(n / columns) * 120 };
  });
  self.postMessage({ id, positions });
};
