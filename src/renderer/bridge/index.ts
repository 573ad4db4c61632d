import type { ArgumapBridge } from "../../contract";
import { createWebBridge, guardPageUnload, takeToken } from "./webBridge";

declare global {
  interface Window {
    argumap?: ArgumapBridge;
  }
}

/** The preload's bridge in Electron; in a browser, the same contract over HTTP. */
export function connectBridge(): ArgumapBridge | { error: "no-token" } {
  if (window.argumap) return window.argumap;
  const token = takeToken(window.location, window.sessionStorage, window.history);
  if (!token) return { error: "no-token" };
  guardPageUnload(window);
  return createWebBridge(token);
}
