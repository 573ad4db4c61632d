export { workspaceArgs } from "./argsSchema";
export * from "./exporting";
export { CONTENT_SECURITY_POLICY, RENDERER_CONTENT_TYPES } from "./rendererPage";
export * from "./shell";
export * from "./workspace";
