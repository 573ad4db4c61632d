import { readFile } from "node:fs/promises";
import path from "node:path";
import { RENDERER_CONTENT_TYPES } from "../contract";
import { checkRelativePath, resolveInside, WorkspaceError } from "../workspace";

/** The built renderer's files, by URL path. Paths follow the workspace's rules: nothing above rendererDir is served. */
export type StaticFile = { status: 200; type: string; body: Buffer } | { status: 403 | 404; type: string; body: Buffer };

export function contentTypeOf(file: string): string {
  return RENDERER_CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Argumap</title></head>
<body><h1>Argumap</h1><p>The app is not built yet: run <code>npm run build:renderer</code>, then reload this page.</p></body></html>
`;

/**
 * A file of the built renderer. rendererDir is its real path, or undefined when it is not built: then "/"
 * answers with a page that says how to build it.
 */
export async function readStatic(rendererDir: string | undefined, rawPath: string): Promise<StaticFile> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return plain(404, "not found");
  }
  const relative = decoded === "/" ? "index.html" : decoded.replace(/^\//, "");
  const fallback = relative === "index.html" ? notBuilt() : plain(404, "not found");
  let absolute: string;
  try {
    checkRelativePath(relative);
    if (rendererDir === undefined) return fallback;
    absolute = await resolveInside(rendererDir, relative);
  } catch (error) {
    return error instanceof WorkspaceError ? plain(403, "refused") : fallback;
  }
  try {
    return { status: 200, type: contentTypeOf(absolute), body: await readFile(absolute) };
  } catch {
    return fallback;
  }
}

function plain(status: 403 | 404, message: string): StaticFile {
  return { status, type: "text/plain; charset=utf-8", body: Buffer.from(`${message}\n`) };
}

function notBuilt(): StaticFile {
  return { status: 200, type: "text/html; charset=utf-8", body: Buffer.from(NOT_BUILT) };
}
