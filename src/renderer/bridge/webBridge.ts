import {
  type ArgumapBridge,
  type SaveFileRequest,
  WORKSPACE_METHODS,
  type WorkspaceApi,
  type WorkspaceEvent,
  type WorkspaceMethod,
} from "../../contract";

const TOKEN_KEY = "argumap.token";

/**
 * Web mode: the server prints a URL whose fragment carries a per-run token (fragments are never sent to servers
 * or in Referer headers). Keep it for this tab and take it out of the address bar.
 */
export function takeToken(location: Location, storage: Storage, history: History): string | undefined {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, "", location.pathname + location.search);
    return match[1];
  }
  return storage.getItem(TOKEN_KEY) ?? undefined;
}

export function createWebBridge(token: string): ArgumapBridge {
  const call = async (method: WorkspaceMethod, args: unknown[]): Promise<unknown> => {
    const response = await fetch("api/call", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body: JSON.stringify({ method, args }),
    });
    const reply = (await response.json().catch(() => ({ ok: false, message: response.statusText }))) as
      | { ok: true; value: unknown }
      | { ok: false; message: string };
    if (!reply.ok) throw new Error(reply.message);
    return reply.value;
  };
  const workspace = Object.fromEntries(
    WORKSPACE_METHODS.map((method) => [method, (...args: unknown[]) => call(method, args)]),
  ) as unknown as WorkspaceApi;
  return {
    workspace,
    shell: {
      kind: "web",
      saveFile: async (request: SaveFileRequest) => {
        download(request);
        return request.suggestedName;
      },
      setDirty: (dirty: boolean) => {
        webDirty = dirty;
      },
    },
    onWorkspaceEvent(listener: (event: WorkspaceEvent) => void) {
      const source = new EventSource(`api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (message) => listener(JSON.parse(message.data) as WorkspaceEvent);
      return () => source.close();
    },
    onMenuCommand() {
      return () => {};
    },
  };
}

let webDirty = false;

/** Web mode has no native close dialog: the browser's own "leave page?" prompt guards unsaved changes. */
export function guardPageUnload(target: Window): void {
  target.addEventListener("beforeunload", (event) => {
    if (!webDirty) return;
    event.preventDefault();
    event.returnValue = "";
  });
}

function download(request: SaveFileRequest): void {
  const bytes =
    request.encoding === "base64" ? Uint8Array.from(atob(request.data), (c) => c.charCodeAt(0)) : new TextEncoder().encode(request.data);
  const url = URL.createObjectURL(new Blob([bytes], { type: request.mime }));
  const link = document.createElement("a");
  link.href = url;
  link.download = request.suggestedName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
