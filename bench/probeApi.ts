/** What bench/browser/probe.ts offers inside a page; plain data only, so both the Node and the DOM side can use it. */
export interface ProbeApi {
  armOpen(nodes: number, edges: number): void;
  openTime(): number | null;
  settle(): Promise<void>;
  resetRenders(): void;
  renders(): { renders: number; statements: number; byStatement: Record<string, number> };
  paneBox(): { width: number; height: number } | null;
  nodePoint(preferred?: string): { id: string; x: number; y: number } | null;
  panePoint(): { x: number; y: number } | null;
}
