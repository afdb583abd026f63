/**
 * The application menu. Open and Save are the renderer's work (it knows what
 * to import and what to save), so those items send a menu command to it.
 */
import type { MenuItemConstructorOptions } from 'electron';

import type { MenuCommand } from './ipc-contract';

/** What the menu items do, supplied by main. */
export type MenuActions = {
  readonly sendCommand: (command: MenuCommand) => void;
  readonly showAbout: () => void;
};

function fileMenu(
  actions: MenuActions,
  isMac: boolean,
): MenuItemConstructorOptions {
  return {
    label: 'File',
    submenu: [
      {
        label: 'Open client list…',
        accelerator: 'CmdOrCtrl+O',
        click: () => actions.sendCommand('open-client-list'),
      },
      {
        label: 'Save…',
        accelerator: 'CmdOrCtrl+S',
        click: () => actions.sendCommand('save'),
      },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };
}

function viewMenu(withDevTools: boolean): MenuItemConstructorOptions {
  const devTools: MenuItemConstructorOptions[] = withDevTools
    ? [{ role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  return {
    label: 'View',
    submenu: [
      { role: 'reload' },
      ...devTools,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

/** The menu template: File, Edit, View, Help (and the app menu on macOS). */
export function buildMenuTemplate(
  actions: MenuActions,
  options: { readonly platform: string; readonly withDevTools: boolean },
): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const help: MenuItemConstructorOptions = {
    label: 'Help',
    submenu: [{ label: 'About Tierwise', click: () => actions.showAbout() }],
  };
  return [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    fileMenu(actions, isMac),
    { role: 'editMenu' },
    viewMenu(options.withDevTools),
    help,
  ];
}
