/** The app's one window: its options and how it is created and shown. */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

import type { Logger } from './logger';

/** Where the built files are, relative to the main bundle. */
export type AppPaths = {
  readonly preload: string;
  readonly indexHtml: string;
};

/** The window's options: every renderer lock on, no Node in the page. */
export function getWindowOptions(
  preload: string,
): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    title: 'Tierwise',
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/** Creates the window and loads the built renderer from disk. */
export function createMainWindow(
  paths: AppPaths,
  logger: Logger,
): BrowserWindow {
  const window = new BrowserWindow(getWindowOptions(paths.preload));
  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) => {
    logger.error(`The page stopped: ${details.reason} (${details.exitCode})`);
  });
  window.loadFile(paths.indexHtml).catch((error: unknown) => {
    logger.error(`Cannot load ${paths.indexHtml}`, error);
  });
  return window;
}
