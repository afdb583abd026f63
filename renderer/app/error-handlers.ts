/**
 * Unexpected failures anywhere in the window: logged by the platform
 * logger and shown as one generic notification. The browser still reports
 * them too, so the end-to-end test fails on any.
 */
import { installGlobalErrorLogging } from '../platform/index';

import { notify } from './notifications-store';

const GENERIC =
  'Something went wrong. Your stored data is safe; if a screen looks wrong, reload the window.';

/** Installs the window's handlers for uncaught errors and rejections. */
export function installErrorHandlers(): void {
  installGlobalErrorLogging();
  const show = () => notify({ kind: 'error', message: GENERIC });
  window.addEventListener('unhandledrejection', show);
  window.addEventListener('error', show);
}
