/**
 * The IPC contract between the desktop main process and the renderer: every
 * channel, its argument and its result, and the preload API built from them.
 *
 * NOTE: the renderer compiles this file too (tsconfig.renderer.json), so it
 * may use no Node or Electron types; the renderer imports only its types.
 */

/** Why a call across IPC failed; never thrown, always returned. */
export type IpcErrorCode =
  | 'E_INVALID_ARGUMENT'
  | 'E_UNTRUSTED_SENDER'
  | 'E_FILE_TOO_LARGE'
  | 'E_READ_FAILED'
  | 'E_WRITE_FAILED'
  | 'E_NOT_PERMITTED'
  | 'E_INTERNAL';

/** A failure as the renderer sees it: a code and a plain sentence. */
export type IpcError = {
  readonly code: IpcErrorCode;
  readonly message: string;
};

/** What every invoke channel resolves to. */
export type IpcResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: IpcError };

/** A file type the open dialog offers, e.g. `{ name: 'CSV', extensions: ['csv'] }`. */
export type FileFilter = {
  readonly name: string;
  readonly extensions: readonly string[];
};

/** Argument of `file-open`: which file types to offer. */
export type FileOpenRequest = {
  readonly title?: string;
  readonly filters: readonly FileFilter[];
};

/** A file the user picked: its base name and its bytes. */
export type OpenedFile = { readonly name: string; readonly bytes: Uint8Array };

/** Argument of `file-save`: the data and the name the dialog suggests. */
export type FileSaveRequest = {
  /** A base name only (no folders); the dialog starts in Documents. */
  readonly suggestedName: string;
  readonly data: Uint8Array | string;
  readonly filters?: readonly FileFilter[];
};

/** A file written where the user chose; only its base name comes back. */
export type SavedFile = { readonly name: string; readonly bytes: number };

/** What the About box and the Settings screen show. */
export type AppInfo = {
  readonly name: string;
  readonly version: string;
  readonly electron: string;
  readonly chrome: string;
  readonly node: string;
  readonly platform: string;
  readonly arch: string;
  /** Folder of the log files. */
  readonly logDirectory: string;
  /** Folder where the app profile (and so IndexedDB) lives. */
  readonly userDataDirectory: string;
};

/** Log levels, most severe first. */
export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
/** One log level. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** An Error reduced to what survives structured cloning. */
export type SerializedError = {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
};

/** Argument of `log-write`: one renderer log entry. */
export type LogEntry = {
  readonly level: LogLevel;
  readonly message: string;
  readonly error?: SerializedError;
};

/** Invoke channels (renderer → main) with their argument and result value. */
export type IpcChannels = {
  'file-open': {
    readonly arg: FileOpenRequest;
    readonly value: OpenedFile | null;
  };
  'file-save': {
    readonly arg: FileSaveRequest;
    readonly value: SavedFile | null;
  };
  'app-info': { readonly arg: null; readonly value: AppInfo };
  'log-write': { readonly arg: LogEntry; readonly value: null };
};

/** Name of an invoke channel. */
export type IpcChannel = keyof IpcChannels;
/** The argument a channel takes. */
export type IpcArg<C extends IpcChannel> = IpcChannels[C]['arg'];
/** The value a channel resolves to when it succeeds. */
export type IpcValue<C extends IpcChannel> = IpcChannels[C]['value'];

/** Every invoke channel, for registration and for tests. */
export const IPC_CHANNELS = [
  'file-open',
  'file-save',
  'app-info',
  'log-write',
] as const satisfies readonly IpcChannel[];

/** The one event channel main sends on (menu clicks the renderer handles). */
export const MENU_COMMAND_CHANNEL = 'menu-command';

/** Menu items whose work the renderer does. */
export const MENU_COMMANDS = [
  'open-client-list',
  'save',
  'undo',
  'redo',
] as const;
/** One menu command. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The preload verb of each invoke channel. */
export const API_VERBS = {
  openFile: 'file-open',
  saveFile: 'file-save',
  appInfo: 'app-info',
  log: 'log-write',
} as const satisfies Record<string, IpcChannel>;

type InvokeVerbs = {
  readonly [V in keyof typeof API_VERBS]: IpcArg<
    (typeof API_VERBS)[V]
  > extends null
    ? () => Promise<IpcResult<IpcValue<(typeof API_VERBS)[V]>>>
    : (
        arg: IpcArg<(typeof API_VERBS)[V]>,
      ) => Promise<IpcResult<IpcValue<(typeof API_VERBS)[V]>>>;
};

/**
 * The object the preload exposes as `window.tierwise`: one verb per invoke
 * channel, plus a subscription to menu commands that returns its undo.
 */
export type TierwiseApi = InvokeVerbs & {
  readonly onMenuCommand: (
    listener: (command: MenuCommand) => void,
  ) => () => void;
};

/** Name of the global the preload exposes. */
export const API_GLOBAL = 'tierwise';
