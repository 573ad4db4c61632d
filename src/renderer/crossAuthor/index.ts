export * from "./crossStore";
export * from "./dangling";
