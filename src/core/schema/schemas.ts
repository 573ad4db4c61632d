/** The zod schemas themselves, for layers that validate data arriving from elsewhere (IPC, HTTP). */
export { anchorSchema, inferenceSchema, mapSchema, mapShapeSchema, statementSchema } from "./mapSchema";
export { crossAuthorSchema, crossAuthorShapeSchema } from "./workspaceSchema";
