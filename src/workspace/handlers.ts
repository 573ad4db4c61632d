import type { z } from "zod";
import {
  WORKSPACE_METHODS,
  type WorkspaceApi,
  type WorkspaceCall,
  type WorkspaceMethod,
  type WorkspaceReply,
  workspaceArgs,
} from "../contract";
import { errnoCode, WorkspaceError } from "./errors";
import { createWorkspace } from "./service";

export type WorkspaceHandler = (call: WorkspaceCall) => Promise<WorkspaceReply>;

/**
 * The one handler table both transports (Electron IPC and the web server) carry. The call arrives from another
 * process or over HTTP, so nothing about it is trusted: the method must be known and the arguments must match
 * the contract's schema before the service sees them. Every failure becomes a reply a person can read.
 */
export function createWorkspaceHandlers(root: string): WorkspaceHandler {
  return handlersFor(createWorkspace(root));
}

/** The same table over a given service, for tests and for a caller that already has one. */
export function handlersFor(service: WorkspaceApi): WorkspaceHandler {
  return async (call) => {
    const { method, args } = (call ?? {}) as { method?: unknown; args?: unknown };
    if (!isMethod(method)) return { ok: false, status: 400, message: `unknown method ${JSON.stringify(method ?? null)}` };
    const parsed = workspaceArgs[method].safeParse(args);
    if (!parsed.success) return { ok: false, status: 400, message: `bad arguments for ${method}: ${describeIssues(parsed.error)}` };
    try {
      const run = service[method] as (...values: unknown[]) => Promise<unknown>;
      const value = await run.apply(service, parsed.data);
      // A method without a result answers null, so that the JSON of the reply still carries `value`.
      return { ok: true, value: value ?? null };
    } catch (error) {
      return replyForError(method, error);
    }
  };
}

function isMethod(value: unknown): value is WorkspaceMethod {
  return typeof value === "string" && (WORKSPACE_METHODS as readonly string[]).includes(value);
}

function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
    return `${where ? `argument${where}` : "arguments"}: ${issue.message}`;
  });
  return shown.join("; ") + (error.issues.length > 3 ? `; and ${error.issues.length - 3} more` : "");
}

/** A reply without a stack: the message says what failed; the status says whose fault it was. */
function replyForError(method: WorkspaceMethod, error: unknown): WorkspaceReply {
  if (error instanceof WorkspaceError) return { ok: false, status: error.kind === "refused" ? 403 : 404, message: error.message };
  const code = errnoCode(error);
  if (code === "ENOENT") return { ok: false, status: 404, message: `${method}: a file or folder is missing` };
  if (code === "EACCES" || code === "EPERM") return { ok: false, status: 500, message: `${method}: permission denied` };
  if (code !== undefined) return { ok: false, status: 500, message: `${method} failed (${code})` };
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, status: 500, message: `${method} failed: ${message}` };
}
