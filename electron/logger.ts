/**
 * The main process's log file: one line per entry in the app's log folder,
 * from main itself and forwarded from the renderer over `log-write`.
 */
import { appendFile, mkdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';

import {
  LOG_LEVELS,
  type LogLevel,
  type SerializedError,
} from './ipc-contract';

/** Where an entry came from. */
export type LogSource = 'main' | 'renderer';

/** The one logging interface (STYLE.md §30). */
export type Logger = {
  readonly error: (message: string, error?: unknown) => void;
  readonly warn: (message: string, error?: unknown) => void;
  readonly info: (message: string, error?: unknown) => void;
  readonly debug: (message: string, error?: unknown) => void;
};

/** A logger writing to a file, with the renderer's way in. */
export type FileLogger = Logger & {
  readonly filePath: string;
  /** Writes an entry forwarded by the renderer. */
  readonly write: (
    source: LogSource,
    level: LogLevel,
    message: string,
    error?: SerializedError,
  ) => void;
  /** Resolves once every entry so far is on disk. */
  readonly flush: () => Promise<void>;
};

/** Where the log goes and what it keeps. */
export type FileLoggerOptions = {
  readonly directory: string;
  readonly fileName?: string;
  /** Entries less severe than this are dropped; `info` unless given. */
  readonly minLevel?: LogLevel;
  /** The file is moved aside to `.old.log` at start past this size. */
  readonly maxBytes?: number;
  readonly now?: () => Date;
};

/** Reduces anything thrown to what a log line (or IPC) can carry. */
export function serializeError(error: unknown): SerializedError | undefined {
  if (error === undefined) return undefined;
  if (error instanceof Error) {
    return error.stack === undefined
      ? { name: error.name, message: error.message }
      : { name: error.name, message: error.message, stack: error.stack };
  }
  return { name: 'NonError', message: String(error) };
}

/** One log line; newlines in the message are escaped so entries stay one line. */
export function formatLogLine(
  time: Date,
  source: LogSource,
  level: LogLevel,
  message: string,
  error?: SerializedError,
): string {
  const head = `${time.toISOString()} ${level.toUpperCase().padEnd(5)} [${source}] ${message.replace(/\r?\n/g, '\\n')}`;
  if (!error) return `${head}\n`;
  const detail = error.stack ?? `${error.name}: ${error.message}`;
  return `${head}\n${detail.replace(/^/gm, '    ')}\n`;
}

function isAtLeast(level: LogLevel, minLevel: LogLevel): boolean {
  return LOG_LEVELS.indexOf(level) <= LOG_LEVELS.indexOf(minLevel);
}

async function prepareFile(
  directory: string,
  filePath: string,
  maxBytes: number,
): Promise<void> {
  await mkdir(directory, { recursive: true });
  const size = await stat(filePath).then(
    (info) => info.size,
    () => 0,
  );
  if (size > maxBytes)
    await rename(filePath, filePath.replace(/\.log$/, '.old.log'));
}

/** A logger appending to `<directory>/<fileName>`, in order, off the event loop. */
export function createFileLogger(options: FileLoggerOptions): FileLogger {
  const filePath = join(options.directory, options.fileName ?? 'tierwise.log');
  const minLevel = options.minLevel ?? 'info';
  const now = options.now ?? (() => new Date());
  // Writes are chained so lines keep their order; a failed write is dropped
  // because there is nowhere left to report it.
  let queue = prepareFile(
    options.directory,
    filePath,
    options.maxBytes ?? 5 * 1024 * 1024,
  ).catch(() => undefined);

  const write: FileLogger['write'] = (source, level, message, error) => {
    if (!isAtLeast(level, minLevel)) return;
    const line = formatLogLine(now(), source, level, message, error);
    queue = queue
      .then(() => appendFile(filePath, line, 'utf8'))
      .catch(() => undefined);
  };
  const at =
    (level: LogLevel) =>
    (message: string, error?: unknown): void =>
      write('main', level, message, serializeError(error));

  return {
    filePath,
    write,
    flush: () => queue,
    error: at('error'),
    warn: at('warn'),
    info: at('info'),
    debug: at('debug'),
  };
}
