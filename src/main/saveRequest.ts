import path from "node:path";
import type { SaveFileRequest } from "../contract/shell";

/**
 * An export the renderer asks the shell to save. It crosses a process boundary, so its shape is checked here
 * before a dialog opens; the data is written only where the user then chooses.
 */
export function parseSaveFileRequest(value: unknown): SaveFileRequest | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { suggestedName, mime, data, encoding } = value as Record<string, unknown>;
  if (typeof suggestedName !== "string" || typeof mime !== "string" || typeof data !== "string") return undefined;
  if (encoding !== "utf8" && encoding !== "base64") return undefined;
  return { suggestedName, mime, data, encoding };
}

/** The name shown in the save dialog: the renderer's suggestion without folders, so it cannot aim elsewhere. */
export function safeFileName(suggestedName: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
  const name = path.basename(suggestedName.replaceAll("\\", "/")).replace(/[\u0000-\u001f<>:"|?*]/g, "_");
  return name === "" || name === "." || name === ".." ? "export" : name;
}

/** The dialog's file type filter, from the extension of the suggested name ("map.svg" → SVG, *.svg). */
export function filtersFor(fileName: string): { name: string; extensions: string[] }[] {
  const extension = path.extname(fileName).slice(1);
  return extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [];
}

export function bytesOf(request: SaveFileRequest): Buffer {
  return Buffer.from(request.data, request.encoding);
}
