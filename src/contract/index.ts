export { workspaceArgs } from "./argsSchema";
export * from "./shell";
export * from "./workspace";
