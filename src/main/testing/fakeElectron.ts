import { EventEmitter } from "node:events";
import path from "node:path";

/**
 * A stand-in for the parts of Electron's main-process API that src/main calls, for the wiring test where no
 * Electron binary exists. It records what the shell asked for (schemes, windows, handlers, menus, dialogs)
 * and lets the test play the user and the page. It mimics the documented behaviour only as far as the shell
 * relies on it (a prevented "close" keeps the window); it is no proof of Electron's own behaviour.
 */

export interface FakeEvent {
  preventDefault(): void;
  readonly defaultPrevented: boolean;
}

export function fakeEvent<T extends object>(fields: T = {} as T): T & FakeEvent {
  let prevented = false;
  // defineProperty, not Object.assign: assign would copy the getter's value once instead of the getter.
  return Object.defineProperties(fields, {
    preventDefault: { value: () => (prevented = true) },
    defaultPrevented: { get: () => prevented },
  }) as T & FakeEvent;
}

export class FakeFrame {
  constructor(public url: string) {}
}

type WindowOpenHandler = (details: { url: string }) => { action: "allow" | "deny" };

export class FakeWebContents extends EventEmitter {
  readonly mainFrame = new FakeFrame("");
  readonly sent: [string, unknown][] = [];
  windowOpenHandler: WindowOpenHandler | undefined;

  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.mainFrame.url;
  }
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class BrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  destroyed = false;
  maximized = false;

  constructor(readonly options: Rect & Record<string, unknown>) {
    super();
    fake.windows.push(this);
    app.emit("web-contents-created", fakeEvent(), this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    this.webContents.mainFrame.url = url;
  }
  close(): void {
    const event = fakeEvent();
    this.emit("close", event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.emit("closed");
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getNormalBounds(): Rect {
    const { x, y, width, height } = this.options;
    return { x, y, width, height };
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
  show(): void {}
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export interface MenuTemplateItem {
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  click?: () => void;
  submenu?: MenuTemplateItem[];
}

/** What the shell did, and the answers the fake user gives next. */
export const fake = {
  ready: false,
  calls: [] as string[],
  schemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  ipcHandlers: new Map<string, Handler>(),
  ipcListeners: new Map<string, Handler>(),
  windows: [] as BrowserWindow[],
  menu: [] as MenuTemplateItem[],
  openedExternally: [] as string[],
  messageBoxes: [] as { message: string; buttons: string[] }[],
  permissionRequest: undefined as
    | ((contents: FakeWebContents, permission: string, callback: (granted: boolean) => void) => void)
    | undefined,
  permissionCheck: undefined as ((contents: FakeWebContents | null, permission: string, origin: string) => boolean) | undefined,
  blockedUrls: [] as string[],
  locale: "en-US",
  appPath: process.cwd(),
  userData: "",
  nextMessageBoxResponse: 0,
  nextFolder: undefined as string | undefined,
  nextSavePath: undefined as string | undefined,
  becomeReady: () => {},
};

class FakeApp extends EventEmitter {
  readonly isPackaged = false;
  private readonly readyPromise = new Promise<void>((resolve) => {
    fake.becomeReady = () => {
      fake.ready = true;
      resolve();
    };
  });

  setPath(name: string, value: string): void {
    if (name === "userData") fake.userData = value;
  }
  getPath(name: string): string {
    return name === "userData" ? fake.userData : path.join(fake.userData, name);
  }
  getAppPath(): string {
    return fake.appPath;
  }
  getLocale(): string {
    return fake.locale;
  }
  enableSandbox(): void {
    fake.calls.push(`enableSandbox${fake.ready ? " after ready" : ""}`);
  }
  requestSingleInstanceLock(): boolean {
    fake.calls.push("requestSingleInstanceLock");
    return true;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  quit(): void {
    fake.calls.push("quit");
  }
  exit(): void {
    fake.calls.push("exit");
  }
}

export const app = new FakeApp();

export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]): void {
    fake.calls.push(`registerSchemesAsPrivileged${fake.ready ? " after ready" : ""}`);
    fake.schemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    fake.protocolHandlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: typeof fake.permissionRequest): void {
      fake.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: typeof fake.permissionCheck): void {
      fake.permissionCheck = handler;
    },
    webRequest: {
      onBeforeRequest(filter: { urls: string[] }, _listener: unknown): void {
        fake.blockedUrls.push(...filter.urls);
      },
    },
  },
};

export const ipcMain = {
  handle(channel: string, handler: Handler): void {
    fake.ipcHandlers.set(channel, handler);
  },
  on(channel: string, listener: Handler): void {
    fake.ipcListeners.set(channel, listener);
  },
};

export const Menu = {
  buildFromTemplate(template: MenuTemplateItem[]): MenuTemplateItem[] {
    return template;
  },
  setApplicationMenu(menu: MenuTemplateItem[]): void {
    fake.menu = menu;
  },
};

export const dialog = {
  async showMessageBox(_window: BrowserWindow, options: { message: string; buttons: string[] }) {
    fake.messageBoxes.push({ message: options.message, buttons: options.buttons });
    return { response: fake.nextMessageBoxResponse, checkboxChecked: false };
  },
  async showOpenDialog() {
    const folder = fake.nextFolder;
    return { canceled: folder === undefined, filePaths: folder ? [folder] : [] };
  },
  async showSaveDialog() {
    const filePath = fake.nextSavePath;
    return { canceled: filePath === undefined, filePath: filePath ?? "" };
  },
};

export const shell = {
  async openExternal(url: string): Promise<void> {
    fake.openedExternally.push(url);
  },
};

const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
export const screen = {
  getDisplayMatching: () => ({ workArea }),
  getPrimaryDisplay: () => ({ workArea }),
};
