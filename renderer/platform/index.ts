/**
 * The renderer's only way to the platform: files, menu commands, app info
 * and the logger. Screens import from here, never from the preload global.
 */
export type {
  AppInfo,
  IpcErrorCode,
  MenuCommand,
} from '../../electron/ipc-contract';

export { getAppInfo } from './app-info';
export type { PickedFile } from './browser-files';
export { isDesktop } from './desktop-bridge';
export { onMenuCommand, pickFile, saveFile } from './files';
export {
  installGlobalErrorLogging,
  logger,
  reportUnexpectedError,
  type LogRecord,
  type Logger,
} from './logger';
export { PlatformError } from './platform-error';
