/**
 * What the app starts on. The folder: the one named on the command line, else the last one opened, else the
 * bundled maps. The user data folder: Electron's default unless `--user-data-dir=PATH` names another (tests
 * and a second profile). Plain data, so it is tested without Electron; main.ts checks that folders exist.
 */

/**
 * The folder named on the command line: the first argument after the app path that is not a flag. In
 * development Electron runs as `electron [flags] APP_PATH [FOLDER]` (process.defaultApp is true); a packaged
 * app runs as `argumap [FOLDER]`. Chromium and test runners put their own flags anywhere (--inspect=0,
 * --remote-debugging-port=0, -psn_… on macOS), so every argument starting with "-" is skipped.
 */
export function folderArgument(argv: readonly string[], defaultApp: boolean): string | undefined {
  const positional = argv.slice(1).filter((arg) => arg.length > 0 && !arg.startsWith("-"));
  return defaultApp ? positional[1] : positional[0];
}

/** The folder of `--user-data-dir=PATH`, if given. */
export function userDataArgument(argv: readonly string[]): string | undefined {
  const flag = "--user-data-dir=";
  const value = argv.find((arg) => arg.startsWith(flag))?.slice(flag.length);
  return value ? value : undefined;
}

/** userData/last-workspace.json: which folder the user opened last. */
export function parseLastWorkspace(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return undefined;
    const folder = (value as { folder?: unknown }).folder;
    return typeof folder === "string" && folder.length > 0 ? folder : undefined;
  } catch {
    return undefined;
  }
}

export function serializeLastWorkspace(folder: string): string {
  return `${JSON.stringify({ folder }, null, 2)}\n`;
}
