import { z } from "zod";
import { mapShapeSchema } from "./mapSchema";
import { crossAuthorShapeSchema } from "./workspaceSchema";

/** JSON Schemas generated from the validators, committed in schema/ so other tools can check the files. */
export function mapJsonSchema(): Record<string, unknown> {
  return withHeader(z.toJSONSchema(mapShapeSchema), "urn:argumap:schema:map:1", "Argumap map (version 1)");
}

export function crossAuthorJsonSchema(): Record<string, unknown> {
  return withHeader(z.toJSONSchema(crossAuthorShapeSchema), "urn:argumap:schema:workspace:1", "Argumap cross-author file (version 1)");
}

function withHeader(schema: Record<string, unknown>, id: string, title: string): Record<string, unknown> {
  return { ...schema, $id: id, title };
}
