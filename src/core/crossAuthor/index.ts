export * from "./issues";
export * from "./links";
export * from "./outcome";
export * from "./suggest";
