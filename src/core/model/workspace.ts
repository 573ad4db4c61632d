/** The cross-author file: what spans the maps of one workspace. */

/** A statement of some map, by the map's stable id. */
export interface StatementRef {
  map: string;
  statement: string;
}

/**
 * same = the same claim in other words (AIF MA, rephrase); contradicts = they cannot both be true;
 * attacks / supports = one is a reason against / for the other.
 */
export type LinkRelation = "same" | "contradicts" | "attacks" | "supports";
export const LINK_RELATIONS: readonly LinkRelation[] = ["same", "contradicts", "attacks", "supports"];

export interface CrossLink {
  id: string;
  from: StatementRef;
  to: StatementRef;
  relation: LinkRelation;
  note?: string;
}

export type Stance = "pro" | "contra" | "mixed" | "none";
export const STANCES: readonly Stance[] = ["pro", "contra", "mixed", "none"];

/** The position one map takes on an issue. stance "none" with no statement: the op-ed does not address it. */
export interface IssuePosition {
  map: string;
  statements: string[];
  stance: Stance;
  /** Short form for the matrix cell. */
  summary?: string;
  note?: string;
}

/** A point of contention that runs through several texts, asked as a question. */
export interface ContentionIssue {
  id: string;
  question: string;
  note?: string;
  positions: IssuePosition[];
}

export interface MapEntry {
  id: string;
  /** The map file, relative to the workspace folder. Updated when the file is renamed. */
  file: string;
  /** Short name for the op-ed in the matrix and compare view, e.g. the outlet or author. */
  label?: string;
}

export const WORKSPACE_FORMAT = "argumap-workspace" as const;
export const WORKSPACE_VERSION = 1 as const;

export interface CrossAuthorFile {
  format: typeof WORKSPACE_FORMAT;
  version: typeof WORKSPACE_VERSION;
  maps: MapEntry[];
  links: CrossLink[];
  issues: ContentionIssue[];
  /** Suggested alignments the user dismissed, as "mapA:stmt|mapB:stmt" keys with the smaller ref first. */
  dismissed: string[];
}
