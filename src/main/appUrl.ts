import path from "node:path";
import { CONTENT_SECURITY_POLICY, RENDERER_CONTENT_TYPES } from "../contract";

/**
 * The renderer's address space: app://argumap/… serves the built renderer and nothing else. These functions
 * take plain data so that the rules (no path traversal, which sender is ours) are tested without Electron.
 */
export const APP_SCHEME = "app";
export const APP_HOST = "argumap";
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Sent with every response of the app scheme, so the page can load nothing but its own files. */
export { CONTENT_SECURITY_POLICY };

/** True for an address inside our own origin (the page, its scripts, a reload). */
export function isAppUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}

/**
 * The file under `root` that an app:// request asks for, or undefined when it asks for anything else: another
 * host, an encoded "..", a NUL byte, a backslash (a separator on Windows). "/" means index.html.
 */
export function resolveRendererFile(root: string, requestUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (relative.includes("\0") || relative.includes("\\")) return undefined;
  if (relative === "/" || relative === "") relative = "/index.html";
  const base = path.resolve(root);
  const file = path.resolve(base, `.${path.posix.normalize(relative)}`);
  return file.startsWith(base + path.sep) ? file : undefined;
}

/** Module scripts are refused without a JavaScript type, so every file the build emits needs a known one. */
export function contentTypeOf(file: string): string {
  return RENDERER_CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** The part of Electron's WebFrameMain that sender validation reads. */
export interface SenderFrame {
  readonly url: string;
}

/**
 * An IPC message is ours only when it comes from the main frame of our window while that frame shows our own
 * page: not from a subframe, not after a navigation elsewhere, not from a frame that is gone (null).
 */
export function isTrustedSender(senderFrame: SenderFrame | null, mainFrame: SenderFrame | undefined): boolean {
  if (senderFrame === null || mainFrame === undefined) return false;
  return senderFrame === mainFrame && isAppUrl(senderFrame.url);
}
