/** The workspace service: the only code that reads and writes the files of a workspace. Node only. */

export { WorkspaceError, type WorkspaceErrorKind } from "./errors";
export {
  EXPORT_FORMAT_NAMES,
  EXPORT_FORMATS,
  type ExportedFile,
  type ExportFormat,
  type ExportOptions,
  exportMap,
  isExportFormat,
} from "./export";
export { createWorkspaceHandlers, handlersFor, type WorkspaceHandler } from "./handlers";
export { CROSS_AUTHOR_FILE, checkRelativePath, isInside, isTextPath, mapPathOf, resolveInside } from "./paths";
export { createWorkspace } from "./service";
export { type WatchOptions, watchWorkspace } from "./watch";
