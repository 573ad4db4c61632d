import { z } from "zod";
import { crossAuthorShapeSchema, mapShapeSchema } from "../core";
import type { WorkspaceMethod } from "./workspace";

/**
 * Arguments arrive from another process or over HTTP: each method's are checked before the service sees them.
 * Maps are checked for shape here; the service validates their cross-references before writing.
 */
const path = z.string().min(1).max(4096);
const revision = z.string().nullable();

export const workspaceArgs: Record<WorkspaceMethod, z.ZodType<unknown[]>> = {
  info: z.tuple([]),
  listDocuments: z.tuple([]),
  openDocument: z.tuple([path]),
  saveMap: z.tuple([path, mapShapeSchema, revision]),
  saveMapCopy: z.tuple([path, mapShapeSchema]),
  readCrossAuthor: z.tuple([]),
  saveCrossAuthor: z.tuple([crossAuthorShapeSchema, revision]),
  writeRecovery: z.tuple([z.strictObject({ path, map: mapShapeSchema, baseRevision: revision, savedAt: z.string() })]),
  readRecoveries: z.tuple([]),
  clearRecovery: z.tuple([path]),
};
