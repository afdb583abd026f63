/**
 * The application menu. Open and Save are the renderer's work (it knows what
 * to import and what to save), so those items send a menu command to it;
 * so do Undo and Redo, which undo policy edits (the renderer falls back to
 * the focused field's own text undo where there is no policy on show).
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

/**
 * Edit: Undo and Redo go to the renderer. Their keys are shown but not
 * registered with the system (Windows, Linux), so the page receives the key
 * press itself: a policy input's Ctrl+Z must undo the policy edit, any other
 * field's its own text. macOS always registers them; the page handles the
 * key first there and the renderer drops the menu's echo.
 */
function editMenu(
  actions: MenuActions,
  isMac: boolean,
): MenuItemConstructorOptions {
  const mac: MenuItemConstructorOptions[] = isMac
    ? [{ role: 'pasteAndMatchStyle' }]
    : [];
  return {
    label: 'Edit',
    submenu: [
      {
        label: 'Undo',
        accelerator: 'CmdOrCtrl+Z',
        registerAccelerator: false,
        click: () => actions.sendCommand('undo'),
      },
      {
        label: 'Redo',
        accelerator: isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y',
        registerAccelerator: false,
        click: () => actions.sendCommand('redo'),
      },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...mac,
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
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
    editMenu(actions, isMac),
    viewMenu(options.withDevTools),
    help,
  ];
}
