/**
 * Windows of the app on the same workspace (two browser tabs in web mode, two Electron windows) tell each other
 * which documents they are editing, so that one starting up does not offer another's unsaved edits as left by a
 * crash: a recovery file is written for every open window with unsaved edits, not only for one that died.
 */

const CHANNEL = "argumap-live-sessions";

type Message =
  | { kind: "who-edits"; question: string; workspace: string; paths: string[] }
  | { kind: "editing"; question: string; paths: string[] };

/** Answer other windows' questions with the documents this one holds unsaved edits of. Returns the stop. */
export function answerLiveQuestions(workspace: () => string, editing: (path: string) => boolean): () => void {
  if (typeof BroadcastChannel === "undefined") return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message.kind !== "who-edits" || message.workspace !== workspace()) return;
    const paths = message.paths.filter(editing);
    if (paths.length > 0) channel.postMessage({ kind: "editing", question: message.question, paths } satisfies Message);
  };
  return () => channel.close();
}

/** Which of these documents another live window of this workspace is editing, as far as one answers within `waitMs`. */
export async function editedElsewhere(workspace: string, paths: readonly string[], waitMs = 300): Promise<Set<string>> {
  const found = new Set<string>();
  if (typeof BroadcastChannel === "undefined" || paths.length === 0) return found;
  const channel = new BroadcastChannel(CHANNEL);
  const question = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message.kind === "editing" && message.question === question) for (const path of message.paths) found.add(path);
  };
  channel.postMessage({ kind: "who-edits", question, workspace, paths: [...paths] } satisfies Message);
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  channel.close();
  return found;
}
