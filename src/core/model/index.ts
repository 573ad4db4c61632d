export { emptyCrossAuthorFile, emptyMap, findInference, findStatement, isImplicit } from "./build";
export * from "./map";
export * from "./workspace";
