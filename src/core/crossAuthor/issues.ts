import { nextId } from "../ids/ids";
import { type ContentionIssue, type CrossAuthorFile, type IssuePosition, STANCES, type Stance } from "../model/workspace";

/**
 * Edits of the points of contention ("issues") in the cross-author file. Like the map commands, each is a pure
 * function from file to file that returns the new file or the reason it was refused, so that it is undoable
 * through src/core/history and shared by every view.
 */

/** The problems of core/crossAuthor/outcome.ts that issue edits share, and three of their own. */
export type IssueProblem =
  | "unknown-issue"
  | "unknown-map"
  | "unknown-statement"
  | "empty-question"
  | "unknown-position"
  | "bad-stance"
  | "bad-index";

/** Shaped like CrossEdit, so a refused issue edit reads the same in the UI (notice key `problem_` + code). */
export type IssueEdit = { ok: true; file: CrossAuthorFile; created: string[] } | { ok: false; problem: IssueProblem };

function done(file: CrossAuthorFile, created: string[] = []): IssueEdit {
  return { ok: true, file, created };
}

function refused(problem: IssueProblem): IssueEdit {
  return { ok: false, problem };
}

export interface NewIssue {
  question: string;
  note?: string;
}

/** Links and issues share one id space in the file (the schema refuses a duplicate across both). */
function usedIds(file: CrossAuthorFile): string[] {
  return [...file.links.map((l) => l.id), ...file.issues.map((i) => i.id)];
}

/** Add an issue, asked as a question, at the end of the list (or at `index`). */
export function addIssue(file: CrossAuthorFile, issue: NewIssue, index = file.issues.length): IssueEdit {
  const question = issue.question.trim();
  if (!question) return refused("empty-question");
  if (!Number.isInteger(index) || index < 0 || index > file.issues.length) return refused("bad-index");
  const id = nextId("q", usedIds(file));
  const created: ContentionIssue = withOptionalNote({ id, question, positions: [] }, issue.note);
  const issues = file.issues.slice();
  issues.splice(index, 0, created);
  return done({ ...file, issues }, [id]);
}

export interface IssuePatch {
  question?: string;
  /** An empty note removes it. */
  note?: string;
}

export function updateIssue(file: CrossAuthorFile, issueId: string, patch: IssuePatch): IssueEdit {
  return changeIssue(file, issueId, (current) => {
    const question = patch.question === undefined ? current.question : patch.question.trim();
    if (!question) return "empty-question";
    const { note: _old, ...rest } = current;
    return withOptionalNote({ ...rest, question }, patch.note === undefined ? current.note : patch.note);
  });
}

export function removeIssue(file: CrossAuthorFile, issueId: string): IssueEdit {
  if (!file.issues.some((i) => i.id === issueId)) return refused("unknown-issue");
  return done({ ...file, issues: file.issues.filter((i) => i.id !== issueId) });
}

/** Move an issue to a new place in the list; the matrix shows the issues in this order. */
export function moveIssue(file: CrossAuthorFile, issueId: string, toIndex: number): IssueEdit {
  const from = file.issues.findIndex((i) => i.id === issueId);
  const moving = file.issues[from];
  if (!moving) return refused("unknown-issue");
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= file.issues.length) return refused("bad-index");
  if (from === toIndex) return done(file);
  const issues = file.issues.filter((i) => i.id !== issueId);
  issues.splice(toIndex, 0, moving);
  return done({ ...file, issues });
}

export interface PositionInput {
  map: string;
  statements: string[];
  stance: Stance;
  summary?: string;
  note?: string;
}

/**
 * Set the position one op-ed takes on an issue, replacing the one it had. When the op-ed's map is given, its
 * statements must exist in it; the file alone cannot tell. Empty summary or note are left out.
 */
export function setPosition(
  file: CrossAuthorFile,
  issueId: string,
  input: PositionInput,
  map?: { readonly statements: readonly { readonly id: string }[] },
): IssueEdit {
  if (!file.maps.some((m) => m.id === input.map)) return refused("unknown-map");
  if (!STANCES.includes(input.stance)) return refused("bad-stance");
  const statements = [...new Set(input.statements)];
  if (map && statements.some((id) => !map.statements.some((s) => s.id === id))) return refused("unknown-statement");
  if (statements.some((id) => !/^[A-Za-z][A-Za-z0-9_-]*$/.test(id))) return refused("unknown-statement");
  const position: IssuePosition = { map: input.map, statements, stance: input.stance };
  const summary = input.summary?.trim();
  const note = input.note?.trim();
  if (summary) position.summary = summary;
  if (note) position.note = note;
  return changeIssue(file, issueId, (current) => {
    const at = current.positions.findIndex((p) => p.map === input.map);
    const positions = current.positions.slice();
    if (at >= 0) positions[at] = position;
    else positions.splice(insertionPoint(file, current.positions, input.map), 0, position);
    return { ...current, positions };
  });
}

export function removePosition(file: CrossAuthorFile, issueId: string, mapId: string): IssueEdit {
  return changeIssue(file, issueId, (current) => {
    if (!current.positions.some((p) => p.map === mapId)) return "unknown-position";
    return { ...current, positions: current.positions.filter((p) => p.map !== mapId) };
  });
}

/** The position an op-ed takes on an issue; undefined when the op-ed takes none. */
export function positionOf(issue: ContentionIssue, mapId: string): IssuePosition | undefined {
  return issue.positions.find((p) => p.map === mapId);
}

/** A new position goes where its map stands in the file's list of maps, so the file reads in matrix order. */
function insertionPoint(file: CrossAuthorFile, positions: IssuePosition[], mapId: string): number {
  const order = (id: string) => file.maps.findIndex((m) => m.id === id);
  const mine = order(mapId);
  const after = positions.findIndex((p) => order(p.map) > mine);
  return after < 0 ? positions.length : after;
}

function changeIssue(
  file: CrossAuthorFile,
  issueId: string,
  change: (issue: ContentionIssue) => ContentionIssue | IssueProblem,
): IssueEdit {
  const index = file.issues.findIndex((i) => i.id === issueId);
  const current = file.issues[index];
  if (!current) return refused("unknown-issue");
  const next = change(current);
  if (typeof next === "string") return refused(next);
  const issues = file.issues.slice();
  issues[index] = next;
  return done({ ...file, issues });
}

function withOptionalNote(issue: Omit<ContentionIssue, "note">, note: string | undefined): ContentionIssue {
  const trimmed = note?.trim();
  return trimmed ? { ...issue, note: trimmed } : { ...issue };
}
