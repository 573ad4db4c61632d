import type { CrossLink, StatementRef } from "../../core";
import type { CompareState } from "./compareStore";

/** The statements of one map that the user is looking at: the selected statement, or the selected link's end there. */
export function selectedIn(state: CompareState, links: readonly CrossLink[], mapId: string): string[] {
  if (state.selectedStatement) return state.selectedStatement.map === mapId ? [state.selectedStatement.statement] : [];
  const link = state.selectedLink ? links.find((l) => l.id === state.selectedLink) : undefined;
  if (!link) return [];
  return [link.from, link.to].filter((r: StatementRef) => r.map === mapId).map((r) => r.statement);
}
