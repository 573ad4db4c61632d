/** A figure the benchmarks print: `NAME@SIZE VALUE UNIT`, one per line. */
export interface Figure {
  name: string;
  /** Statements in the map it was measured on; absent for figures not tied to a size. */
  size?: number;
  /** "timeout": stopped at its cap (see `note`); "error": the measurement failed (see `note`). */
  value: number | "timeout" | "error";
  unit: string;
  note?: string;
}

/** The budgets of DESIGN.md and issue #4, by figure name. A bench reports them; it never fails on them. */
export interface Budget {
  limit: number;
  /** true: the figure must stay under the limit; false: at or under it. */
  strict: boolean;
  /** The size the budget is set for; absent: every size. */
  at?: number;
}

export const BUDGETS: Record<string, Budget> = {
  open_ratio: { limit: 1.3, strict: false, at: 2000 },
  drag_p95_ms: { limit: 16.7, strict: true, at: 2000 },
  pan_p95_ms: { limit: 16.7, strict: true, at: 2000 },
  type_renders: { limit: 1, strict: false },
  layout_ms: { limit: 1000, strict: true, at: 2000 },
  save_ms: { limit: 50, strict: true, at: 2000 },
  export_svg_ratio: { limit: 1, strict: true },
};

export function labelOf(figure: Figure): string {
  return figure.size === undefined ? figure.name : `${figure.name}@${figure.size}`;
}

/** Three significant digits are more than the noise of these measurements allows. */
export function formatValue(value: Figure["value"]): string {
  if (typeof value !== "number") return value;
  if (Number.isInteger(value)) return String(value);
  const magnitude = Math.abs(value);
  return value.toFixed(magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3);
}

export function lineOf(figure: Figure): string {
  return `${labelOf(figure)} ${formatValue(figure.value)} ${figure.unit}`;
}

/** Whether a figure meets its budget; undefined when no budget applies to it at its size. */
export function meetsBudget(figure: Figure): boolean | undefined {
  const budget = BUDGETS[figure.name];
  if (!budget || (budget.at !== undefined && budget.at !== figure.size)) return undefined;
  if (typeof figure.value !== "number") return figure.value === "timeout" ? false : undefined;
  return budget.strict ? figure.value < budget.limit : figure.value <= budget.limit;
}

export function budgetText(name: string): string | undefined {
  const budget = BUDGETS[name];
  if (!budget) return undefined;
  return `${budget.strict ? "<" : "≤"} ${budget.limit}${budget.at === undefined ? "" : ` at ${budget.at}`}`;
}

/** Nearest-rank percentile (q in 0..1) of a non-empty list: the value that q of the values are at or below. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error("percentile of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** A ratio of two measured values, or the first one's failure when either failed. */
export function ratioOf(value: Figure["value"], baseline: Figure["value"]): Figure["value"] {
  if (typeof value !== "number") return value;
  if (typeof baseline !== "number") return baseline;
  return baseline > 0 ? value / baseline : "error";
}
