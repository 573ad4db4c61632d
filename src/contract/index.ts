export { workspaceArgs } from "./argsSchema";
export { CONTENT_SECURITY_POLICY, RENDERER_CONTENT_TYPES } from "./rendererPage";
export * from "./shell";
export * from "./workspace";
