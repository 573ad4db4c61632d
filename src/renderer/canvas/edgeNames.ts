import type { Edge } from "@xyflow/react";
import type { ArgumentMap } from "../../core";
import type { MessageKey } from "../i18n";

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** Wording longer than this is cut in a line's name, as in a junction's. */
const SHORT = 60;

/**
 * Names for the lines, in the user's language and words ("“…” supports “…”"), instead of React Flow's
 * "Edge from s2 to i1", which a screen reader reads out when a line gets the focus.
 */
export function edgeName(edge: Edge, map: MapIndex, t: Translate): string {
  const inference = map.inferences.get((edge.data as { inference?: string } | undefined)?.inference ?? "");
  if (!inference) return "";
  const attacked = map.inferences.get(inference.target);
  const target = wording(map, attacked ? attacked.target : inference.target);
  if (edge.source === inference.id) {
    if (attacked) return t("canvas_arrowToReason", { target });
    return t(inference.kind === "attack" ? "canvas_arrowAttack" : "canvas_arrowSupport", { target });
  }
  const premise = wording(map, edge.source);
  if (attacked) return t(inference.kind === "attack" ? "canvas_lineUndercuts" : "canvas_lineSupportsReason", { premise, target });
  return t(inference.kind === "attack" ? "canvas_lineAttacks" : "canvas_lineSupports", { premise, target });
}

export interface MapIndex {
  statements: Map<string, string>;
  inferences: Map<string, ArgumentMap["inferences"][number]>;
}

export function indexMap(map: ArgumentMap): MapIndex {
  return {
    statements: new Map(map.statements.map((s) => [s.id, s.text])),
    inferences: new Map(map.inferences.map((i) => [i.id, i])),
  };
}

function wording(map: MapIndex, id: string): string {
  const text = map.statements.get(id) ?? "";
  return text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text;
}

/**
 * Gives the lines their names and keeps every line object whose name did not change: typing in a box renames
 * the few lines at that box, and React Flow redraws those only.
 */
export class EdgeNamer {
  private last: { edges: readonly Edge[]; named: Edge[] } | undefined;

  name(edges: readonly Edge[], map: ArgumentMap, t: Translate): Edge[] {
    const index = indexMap(map);
    const previous = this.last?.edges === edges ? this.last.named : undefined;
    let changed = previous === undefined;
    const named = edges.map((edge, k) => {
      const ariaLabel = edgeName(edge, index, t);
      const old = previous?.[k];
      if (old && old.ariaLabel === ariaLabel) return old;
      changed = true;
      return { ...edge, ariaLabel };
    });
    if (!changed && previous) return previous;
    this.last = { edges, named };
    return named;
  }
}
