import { create } from "zustand";

/**
 * The boxes the last edit made (a command's new statement, a paste, a connection's junction). The canvas brings
 * them into view and gives the first new statement the keyboard focus, so Enter, Tab and the arrow keys go on
 * from what the user just made rather than from the box clicked before. The serial makes a repeat fire again.
 */
export interface Arrival {
  ids: readonly string[];
  serial: number;
}

export const useArrivals = create<{ arrival: Arrival | null }>(() => ({ arrival: null }));

export function announceArrival(ids: readonly string[]): void {
  if (ids.length === 0) return;
  useArrivals.setState((s) => ({ arrival: { ids, serial: (s.arrival?.serial ?? 0) + 1 } }));
}
