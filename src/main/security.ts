import { type Session, shell, type WebContents, type WebPreferences } from "electron";
import { APP_ORIGIN, isAppUrl } from "./appUrl";

/**
 * The Electron security checklist, applied to every web contents and to the session: nothing but our own
 * page is loaded, nothing navigates away, no new windows, no webviews, no permissions.
 */

/** Every option written out, so that a change of Electron's defaults cannot loosen them unnoticed. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
  };
}

export function hardenContents(contents: WebContents): void {
  contents.on("will-navigate", (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on("will-redirect", (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on("will-attach-webview", (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // A link in a source text or a note opens in the user's browser, never inside the app.
    if (isWebLink(url)) void shell.openExternal(url);
    return { action: "deny" };
  });
}

/** Requests for anything but our own scheme (and the data/blob URLs the page makes itself) never leave the app. */
const REMOTE_URLS = ["http://*/*", "https://*/*", "ws://*/*", "wss://*/*", "ftp://*/*", "file://*/*"];

/**
 * Permissions the app may have, asked for by our own page: writing to the clipboard (copying statements) and
 * full screen (presentation mode).
 */
const ALLOWED_PERMISSIONS = new Set(["clipboard-sanitized-write", "fullscreen"]);

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(ALLOWED_PERMISSIONS.has(permission) && isAppUrl(contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return ALLOWED_PERMISSIONS.has(permission) && requestingOrigin.startsWith(APP_ORIGIN);
  });
  session.webRequest.onBeforeRequest({ urls: REMOTE_URLS }, (_details, callback) => callback({ cancel: true }));
}

function isWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "https:" || protocol === "http:";
  } catch {
    return false;
  }
}
