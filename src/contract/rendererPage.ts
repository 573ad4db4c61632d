/**
 * How the renderer's page is served, the same in both shells: Electron's app:// protocol and web mode's HTTP
 * server send this policy with every response, so the page loads nothing but its own files.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React Flow and the reader set inline styles for positions and highlights.
  "style-src 'self' 'unsafe-inline'",
  // Exports are drawn to data: and blob: images before they are saved.
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  // The layout worker may be created from a blob URL by the bundler.
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join("; ");

/** Content types of the files the renderer build contains, by extension. */
export const RENDERER_CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
};
