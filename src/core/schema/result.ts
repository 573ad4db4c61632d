/** Why a file could not be read: a code for programs, a sentence for people, and where in the file. */
export type ReadErrorCode = "syntax" | "invalid" | "newer-version" | "wrong-format" | "unknown-version";

export interface ReadError {
  code: ReadErrorCode;
  message: string;
  line: number;
  column: number;
  /** Every problem found, for validators that list them all; message is the first. */
  problems: Problem[];
}

export interface Problem {
  message: string;
  line: number;
  column: number;
  path: string;
}

export type ReadResult<T> = { ok: true; value: T; migratedFrom?: number } | { ok: false; error: ReadError };
