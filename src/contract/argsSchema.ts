import { z } from "zod";
import { crossAuthorShapeSchema, mapShapeSchema } from "../core";
import { EXPORT_FORMAT_IDS, HANDOUT_FORMAT_IDS } from "./exporting";
import type { WorkspaceMethod } from "./workspace";

/**
 * Arguments arrive from another process or over HTTP: each method's are checked before the service sees them.
 * Maps are checked for shape here; the service validates their cross-references before writing.
 */
const path = z.string().min(1).max(4096);
const revision = z.string().nullable();
const ids = z.array(z.string().min(1).max(200)).max(100_000);
const exportRequest = z.strictObject({
  format: z.enum(EXPORT_FORMAT_IDS),
  scale: z.union([z.literal(1), z.literal(2)]).optional(),
  page: z.enum(["a4", "letter"]).optional(),
  landscape: z.boolean().optional(),
  greyscale: z.boolean().optional(),
  quotes: z.boolean().optional(),
  selection: ids.optional(),
  blank: z.union([ids, z.literal("auto")]).optional(),
  answerKey: z.boolean().optional(),
});

const handoutRequest = z.strictObject({
  format: z.enum(HANDOUT_FORMAT_IDS),
  page: z.enum(["a4", "letter"]).optional(),
  landscape: z.boolean().optional(),
});

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
  exportMap: z.tuple([path, mapShapeSchema, exportRequest]),
  exportHandout: z.tuple([crossAuthorShapeSchema, z.record(z.string().min(1).max(200), mapShapeSchema), handoutRequest]),
};
