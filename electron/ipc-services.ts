/** The work behind each IPC channel, wired from main's parts. */
import type { AppInfo, LogEntry } from './ipc-contract';
import type { FileAccess } from './file-access';
import type { IpcServices } from './ipc-handlers';
import type { FileLogger } from './logger';

/** Renderer log entries accepted per window before the rest are dropped. */
export const LOG_ENTRIES_PER_WINDOW = 200;
const LOG_WINDOW_MS = 10_000;

/** The parts of main the services are wired from. */
export type IpcServiceParts = {
  readonly files: FileAccess;
  readonly logger: FileLogger;
  readonly getAppInfo: () => AppInfo;
  readonly now?: () => number;
};

/**
 * Forwards renderer log entries to the file, at most LOG_ENTRIES_PER_WINDOW
 * per ten seconds, so a page stuck in an error loop cannot fill the disk.
 */
export function createLogWriter(
  logger: FileLogger,
  now: () => number = Date.now,
): (entry: LogEntry) => null {
  let windowStart = now();
  let count = 0;
  return (entry) => {
    if (now() - windowStart >= LOG_WINDOW_MS) {
      if (count > LOG_ENTRIES_PER_WINDOW) {
        logger.warn(
          `Dropped ${count - LOG_ENTRIES_PER_WINDOW} renderer log entries.`,
        );
      }
      windowStart = now();
      count = 0;
    }
    count += 1;
    if (count <= LOG_ENTRIES_PER_WINDOW) {
      logger.write('renderer', entry.level, entry.message, entry.error);
    }
    return null;
  };
}

/** One service per channel of the contract. */
export function createIpcServices(parts: IpcServiceParts): IpcServices {
  return {
    'file-open': (request) => parts.files.openFile(request),
    'file-save': (request) => parts.files.saveFile(request),
    'app-info': () => parts.getAppInfo(),
    'log-write': createLogWriter(parts.logger, parts.now),
  };
}
