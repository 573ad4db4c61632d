import { SERVE_USAGE, serve } from "../../server";
import type { Command } from "../command";

export const command: Command = {
  name: "serve",
  summary: "open a workspace in the browser (web mode) on 127.0.0.1",
  help: `usage: argumap serve ${SERVE_USAGE}

Serve the workspace FOLDER (default: maps) and the built app (npm run build:renderer) on 127.0.0.1 only.
Prints one line, the URL to open: Argumap web: http://127.0.0.1:PORT/#token=TOKEN
The token is new on every run and is needed for every request; it travels in the URL's fragment, which the
browser never sends to any server. Stop with Ctrl-C.

Options:
  --port N   listen on port N (default 0: any free port)

Exit codes:
  0  stopped by Ctrl-C or SIGTERM
  1  the server could not start (e.g. the port is taken)
  2  usage error: an unknown option, or FOLDER is not a folder
`,
  run: (args, io) => serve(args, io),
};
