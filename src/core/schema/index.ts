export { crossAuthorJsonSchema, mapJsonSchema } from "./jsonSchema";
export { placeOf, placeOfPath } from "./locate";
export { slugOf } from "./migrations";
export { checkedMapFile, readCrossAuthorFile, readMap, validateMap } from "./read";
export type { Problem, ReadError, ReadErrorCode, ReadResult } from "./result";
export * from "./schemas";
export { compareIds, serializeCrossAuthorFile, serializeMap } from "./write";
