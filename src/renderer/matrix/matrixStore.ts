import { create } from "zustand";

/** What the matrix view shows; the issues themselves live in the cross-author file (crossAuthor/crossStore). */
export interface MatrixState {
  /** The issue open in the editor beside the matrix. */
  selectedIssue: string | null;
  /** The op-ed whose position the editor shows. */
  positionMap: string | null;
  /** The side panel: the issue editor or the suggested alignments. */
  panel: "issue" | "suggestions";
  /** The two op-eds the suggestions are for; null until the user chooses (then the first two apply). */
  pair: [string, string] | null;
}

export const useMatrix = create<MatrixState>(() => ({
  selectedIssue: null,
  positionMap: null,
  panel: "issue",
  pair: null,
}));

export function selectIssue(id: string | null, positionMap?: string): void {
  useMatrix.setState((s) => ({ selectedIssue: id, panel: "issue", positionMap: positionMap ?? s.positionMap }));
}
