/**
 * A stand-in for the `electron` module: records what main and the preload
 * ask of it, and lets a test fire the events Electron would. Used through
 * `vi.mock('electron', …)` and as the stub a hooked `require` returns.
 */
import { EventEmitter } from 'node:events';

// Parameters are `never` so that any listener fits; calls cast their args.
type Listener = (...args: never[]) => unknown;
type EmitterListener = (...args: unknown[]) => void;

export type OpenResult = { canceled: boolean; filePaths: string[] };
export type SaveResult = { canceled: boolean; filePath?: string };

/** A WebContents with the events and hooks security.ts uses. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  readonly sent: { channel: string; args: unknown[] }[] = [];

  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  /** Emits a cancellable event; true when a listener prevented it. */
  fireCancellable(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

/** The session's recorded hooks. */
export type FakeSession = {
  headersListener: Listener | null;
  beforeRequest: { filter: { urls: string[] }; listener: Listener } | null;
  permissionRequestHandler: Listener | null;
  permissionCheckHandler: Listener | null;
  webRequest: {
    onHeadersReceived: (listener: Listener) => void;
    onBeforeRequest: (filter: { urls: string[] }, listener: Listener) => void;
  };
  setPermissionRequestHandler: (handler: Listener) => void;
  setPermissionCheckHandler: (handler: Listener) => void;
};

function createFakeSession(): FakeSession {
  const session: FakeSession = {
    headersListener: null,
    beforeRequest: null,
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    webRequest: {
      onHeadersReceived: (listener) => (session.headersListener = listener),
      onBeforeRequest: (filter, listener) =>
        (session.beforeRequest = { filter, listener }),
    },
    setPermissionRequestHandler: (h) => (session.permissionRequestHandler = h),
    setPermissionCheckHandler: (h) => (session.permissionCheckHandler = h),
  };
  return session;
}

/** Everything the fake recorded, and the knobs a test may turn. */
export type FakeElectronState = {
  paths: Record<string, string>;
  hasInstanceLock: boolean;
  quitCalls: number;
  sandboxEnabled: boolean;
  readyPromise: Promise<void>;
  handlers: Map<string, Listener>;
  appEvents: EventEmitter;
  windows: FakeBrowserWindowInstance[];
  menus: unknown[];
  session: FakeSession;
  openResult: OpenResult;
  saveResult: SaveResult;
  dialogCalls: { kind: string; options: unknown }[];
  exposed: Map<string, unknown>;
  rendererEvents: EventEmitter;
  invokeCalls: { channel: string; args: unknown[] }[];
  invokeReply: (channel: string, args: unknown[]) => Promise<unknown>;
};

export type FakeBrowserWindowInstance = {
  options: Record<string, unknown>;
  webContents: FakeWebContents;
  loadedFile: string | null;
};

function freshState(paths: Record<string, string>): FakeElectronState {
  return {
    paths,
    hasInstanceLock: true,
    quitCalls: 0,
    sandboxEnabled: false,
    readyPromise: Promise.resolve(),
    handlers: new Map(),
    appEvents: new EventEmitter(),
    windows: [],
    menus: [],
    session: createFakeSession(),
    openResult: { canceled: true, filePaths: [] },
    saveResult: { canceled: true },
    dialogCalls: [],
    exposed: new Map(),
    rendererEvents: new EventEmitter(),
    invokeCalls: [],
    invokeReply: () => Promise.resolve({ ok: true, value: null }),
  };
}

/**
 * A fake `electron` module and its state. `reset` starts the state afresh
 * in place, so a module mocked once serves every test.
 */
export function createFakeElectron(paths: Record<string, string> = {}) {
  const state = freshState(paths);
  const reset = (next: Record<string, string> = {}) => {
    Object.assign(state, freshState(next));
    return state;
  };
  return { state, reset, module: buildModule(state) };
}

function buildModule(state: FakeElectronState) {
  class BrowserWindow extends EventEmitter {
    readonly options: Record<string, unknown>;
    readonly webContents = new FakeWebContents();
    loadedFile: string | null = null;

    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      state.windows.push(this);
      state.appEvents.emit('web-contents-created', {}, this.webContents);
    }
    static getAllWindows() {
      return state.windows;
    }
    loadFile(path: string): Promise<void> {
      this.loadedFile = path;
      return Promise.resolve();
    }
    show(): void {}
    focus(): void {}
    restore(): void {}
    isMinimized(): boolean {
      return false;
    }
  }

  const dialogCall =
    (kind: string, result: () => unknown) =>
    (...args: unknown[]) => {
      state.dialogCalls.push({ kind, options: args[args.length - 1] });
      return Promise.resolve(result());
    };

  return {
    app: {
      on: (name: string, listener: Listener) =>
        state.appEvents.on(name, listener as EmitterListener),
      whenReady: () => state.readyPromise,
      getPath: (name: string) => state.paths[name] ?? `/fake/${name}`,
      getName: () => 'Tierwise',
      getVersion: () => '0.1.0',
      isPackaged: false,
      requestSingleInstanceLock: () => state.hasInstanceLock,
      enableSandbox: () => (state.sandboxEnabled = true),
      quit: () => (state.quitCalls += 1),
    },
    BrowserWindow,
    dialog: {
      showOpenDialog: dialogCall('open', () => state.openResult),
      showSaveDialog: dialogCall('save', () => state.saveResult),
      showMessageBox: dialogCall('message', () => ({ response: 0 })),
      showErrorBox: (title: string) =>
        state.dialogCalls.push({ kind: 'error', options: title }),
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) =>
        state.handlers.set(channel, listener),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => state.menus.push(menu),
    },
    session: {
      get defaultSession() {
        return state.session;
      },
    },
    contextBridge: {
      exposeInMainWorld: (name: string, api: unknown) =>
        state.exposed.set(name, api),
    },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        state.invokeCalls.push({ channel, args });
        return state.invokeReply(channel, args);
      },
      on: (channel: string, listener: Listener) =>
        state.rendererEvents.on(channel, listener as EmitterListener),
      removeListener: (channel: string, listener: Listener) =>
        state.rendererEvents.removeListener(
          channel,
          listener as EmitterListener,
        ),
    },
  };
}

/** An IPC event as if sent by a page at `url`. */
export function fakeInvokeEvent(url: string | null) {
  return { senderFrame: url === null ? null : { url } };
}
