/**
 * The renderer's logger. Inside the desktop app every entry is forwarded to
 * the main process's log file; everywhere, the last entries are kept in a
 * bounded ring for diagnostics. It never prints: a handled event is not a
 * console error.
 */
import type {
  LogEntry,
  LogLevel,
  SerializedError,
  TierwiseApi,
} from '../../electron/ipc-contract';

import { getDesktopApi } from './desktop-bridge';

/** One kept entry. */
export type LogRecord = LogEntry & { readonly time: string };

/** The one logging interface (STYLE.md §30). */
export type Logger = {
  readonly error: (message: string, error?: unknown) => void;
  readonly warn: (message: string, error?: unknown) => void;
  readonly info: (message: string, error?: unknown) => void;
  readonly debug: (message: string, error?: unknown) => void;
};

export type RingLogger = Logger & {
  /** The kept entries, oldest first. */
  readonly entries: () => readonly LogRecord[];
};

export type RingLoggerOptions = {
  readonly capacity?: number;
  readonly getApi?: () => TierwiseApi | null;
  readonly now?: () => Date;
};

// NOTE: the same bounds as electron/ipc-schemas.ts; main refuses longer ones.
const MAX_MESSAGE_LENGTH = 8000;
const MAX_STACK_LENGTH = 16000;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Reduces anything thrown to what crosses IPC, clipped to the bounds. */
export function toSerializedError(error: unknown): SerializedError | undefined {
  if (error === undefined) return undefined;
  if (!(error instanceof Error)) {
    return {
      name: 'NonError',
      message: clip(String(error), MAX_MESSAGE_LENGTH),
    };
  }
  const base = {
    name: clip(error.name, 200),
    message: clip(error.message, MAX_MESSAGE_LENGTH),
  };
  return error.stack === undefined
    ? base
    : { ...base, stack: clip(error.stack, MAX_STACK_LENGTH) };
}

function toEntry(level: LogLevel, message: string, error: unknown): LogEntry {
  const serialized = toSerializedError(error);
  const text = clip(message, MAX_MESSAGE_LENGTH);
  return serialized
    ? { level, message: text, error: serialized }
    : { level, message: text };
}

/** A logger keeping `capacity` entries and forwarding to the desktop log. */
export function createRingLogger(options: RingLoggerOptions = {}): RingLogger {
  const capacity = options.capacity ?? 500;
  const getApi = options.getApi ?? getDesktopApi;
  const now = options.now ?? (() => new Date());
  const ring: LogRecord[] = [];

  const write = (level: LogLevel) => (message: string, error?: unknown) => {
    const entry = toEntry(level, message, error);
    ring.push({ ...entry, time: now().toISOString() });
    if (ring.length > capacity) ring.shift();
    // A failed forward stays in the ring; logging it would loop.
    getApi()
      ?.log(entry)
      .catch(() => undefined);
  };

  return {
    error: write('error'),
    warn: write('warn'),
    info: write('info'),
    debug: write('debug'),
    entries: () => [...ring],
  };
}

/** The app's logger. */
export const logger: RingLogger = createRingLogger();

/**
 * Logs an error nobody handled and, in a plain browser, also prints it: an
 * unexpected failure must stay visible to whoever runs the page.
 */
export function reportUnexpectedError(message: string, error?: unknown): void {
  logger.error(message, error);
  if (getDesktopApi() === null) {
    // eslint-disable-next-line no-console -- a real unexpected error in a browser
    console.error(message, error);
  }
}

/**
 * Sends uncaught errors and unhandled rejections of the page to the log;
 * the browser still reports them as it always does. Returns the undo.
 */
export function installGlobalErrorLogging(target: Window = window): () => void {
  const onError = (event: ErrorEvent) =>
    logger.error(`Uncaught: ${event.message}`, event.error);
  const onRejection = (event: PromiseRejectionEvent) =>
    logger.error('Unhandled rejection', event.reason);
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
