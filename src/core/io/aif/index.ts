export { type AifProblem, checkAif } from "./checkAif";
export { type AifExportOptions, aifOf, exportAif } from "./exportAif";
export { importAif } from "./importAif";
export type { AifDocument, AifEdge, AifLocution, AifNode } from "./types";
