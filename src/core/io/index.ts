/** Import and export formats: pure functions over the map, shared by the app, the command line and the tests. */

// Formats of the field (AIF, Argdown, Potsdam microtexts) and the report of what a conversion could not express.
export {
  type AifDocument,
  type AifEdge,
  type AifExportOptions,
  type AifNode,
  type AifProblem,
  aifOf,
  checkAif,
  exportAif,
  importAif,
} from "./aif";
export { exportArgdown, importArgdown, parseArgdown } from "./argdown";
export * from "./export";
export { guessFormat, IMPORT_FORMATS, type ImportFormat, importAs } from "./formats";
export { importMicrotext, OPPONENT_TAG } from "./microtext";
export {
  type ConversionReport,
  type ExportResult,
  type ImportError,
  type ImportOptions,
  type ImportResult,
  type ReportEntry,
  reportLines,
} from "./report";
