/** Web mode: the workspace contract over HTTP on 127.0.0.1, and the built renderer. */

export { parseServeArgs, SERVE_USAGE, type ServeArgs, type ServeIo, serve } from "./serve";
export { type RunningServer, type ServerOptions, serveLine, startServer } from "./server";
