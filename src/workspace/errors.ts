/**
 * The errors the workspace service throws across its boundary. The handler table turns each kind into a status
 * (refused → 403, not-found → 404), so both transports answer the same way.
 */
export type WorkspaceErrorKind = "refused" | "not-found";

export class WorkspaceError extends Error {
  override readonly name = "WorkspaceError";

  constructor(
    readonly kind: WorkspaceErrorKind,
    message: string,
    /** The path as the caller gave it, relative to the workspace. */
    readonly path?: string,
  ) {
    super(message);
  }
}

export function refused(path: string, why: string): WorkspaceError {
  return new WorkspaceError("refused", `refused path "${printable(path)}": ${why}`, path);
}

export function notFound(path: string): WorkspaceError {
  return new WorkspaceError("not-found", `no such file in the workspace: ${printable(path)}`, path);
}

/** Node's error code (ENOENT, EACCES, …) of an unknown thrown value. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** Paths are echoed in messages: keep control characters (a NUL byte, say) out of them. */
function printable(path: string): string {
  const shown = path.length > 200 ? `${path.slice(0, 200)}…` : path;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this replaces
  return shown.replace(/[\u0000-\u001f\u007f]/g, "�");
}
