/**
 * The desktop app's life: one instance, one window, the session locks, the
 * IPC handlers and the menu, set up once Electron is ready.
 */
import { dirname, join } from 'node:path';

import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  session,
  type WebContents,
} from 'electron';

import { createFileAccess, type DialogPort } from './file-access';
import { MENU_COMMAND_CHANNEL, type AppInfo } from './ipc-contract';
import { createSenderCheck, registerIpcHandlers } from './ipc-handlers';
import { createIpcServices } from './ipc-services';
import { createFileLogger, type FileLogger } from './logger';
import { buildMenuTemplate } from './menu';
import { hardenWebContents, installSessionPolicy } from './security';
import { createMainWindow, type AppPaths } from './window';

type AppState = { window: BrowserWindow | null; logger: FileLogger | null };

/** Built file locations, beside the main bundle in dist/electron. */
export function getAppPaths(bundleDirectory: string): AppPaths {
  return {
    preload: join(bundleDirectory, 'preload.cjs'),
    indexHtml: join(bundleDirectory, '..', 'renderer', 'index.html'),
  };
}

function getAppInfo(logDirectory: string): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    electron: process.versions.electron ?? '',
    chrome: process.versions.chrome ?? '',
    node: process.versions.node,
    platform: process.platform,
    arch: process.arch,
    logDirectory,
    userDataDirectory: app.getPath('userData'),
  };
}

function createDialogPort(state: AppState): DialogPort {
  return {
    showOpenDialog: (options) =>
      state.window
        ? dialog.showOpenDialog(state.window, options)
        : dialog.showOpenDialog(options),
    showSaveDialog: (options) =>
      state.window
        ? dialog.showSaveDialog(state.window, options)
        : dialog.showSaveDialog(options),
  };
}

function showAbout(state: AppState): void {
  const info = getAppInfo(app.getPath('logs'));
  const options = {
    type: 'info' as const,
    title: 'About Tierwise',
    message: `Tierwise ${info.version}`,
    detail: `Offline portfolio tiering for EOR providers.\nElectron ${info.electron}, Chromium ${info.chrome}, Node ${info.node}\nLogs: ${info.logDirectory}`,
  };
  const shown = state.window
    ? dialog.showMessageBox(state.window, options)
    : dialog.showMessageBox(options);
  shown.catch((error: unknown) =>
    state.logger?.warn('Cannot show About', error),
  );
}

function installMenu(state: AppState): void {
  const template = buildMenuTemplate(
    {
      sendCommand: (command) =>
        state.window?.webContents.send(MENU_COMMAND_CHANNEL, command),
      showAbout: () => showAbout(state),
    },
    { platform: process.platform, withDevTools: !app.isPackaged },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function openWindow(
  state: AppState,
  paths: AppPaths,
  logger: FileLogger,
): void {
  const window = createMainWindow(paths, logger);
  state.window = window;
  window.on('closed', () => {
    if (state.window === window) state.window = null;
  });
}

function onReady(state: AppState, paths: AppPaths): void {
  const logDirectory = app.getPath('logs');
  const logger = createFileLogger({
    directory: logDirectory,
    minLevel: process.env.TIERWISE_DEBUG ? 'debug' : 'info',
  });
  state.logger = logger;
  logger.info(`Tierwise ${app.getVersion()} starting`);

  app.on('web-contents-created', (_event, contents: WebContents) =>
    hardenWebContents(contents, logger),
  );
  installSessionPolicy(session.defaultSession, logger);
  const files = createFileAccess({
    dialog: createDialogPort(state),
    startDirectory: app.getPath('documents'),
  });
  registerIpcHandlers(ipcMain, {
    services: createIpcServices({
      files,
      logger,
      getAppInfo: () => getAppInfo(logDirectory),
    }),
    isTrustedSender: createSenderCheck(dirname(paths.indexHtml)),
    logger,
  });
  installMenu(state);
  openWindow(state, paths, logger);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0)
      openWindow(state, paths, logger);
  });
}

/** Starts the app: a second launch focuses the first instance's window. */
export function startApp(paths: AppPaths): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Sandboxes every renderer, including any the window options forget.
  app.enableSandbox();
  const state: AppState = { window: null, logger: null };
  process.on('uncaughtException', (error) =>
    state.logger?.error('Uncaught exception in main', error),
  );

  app.on('second-instance', () => {
    if (state.window?.isMinimized()) state.window.restore();
    state.window?.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(() => onReady(state, paths))
    .catch((error: unknown) => {
      state.logger?.error('Start-up failed', error);
      dialog.showErrorBox('Tierwise cannot start', String(error));
      app.quit();
    });
}
