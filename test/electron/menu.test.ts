import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';

import type { MenuCommand } from '../../electron/ipc-contract';
import { buildMenuTemplate } from '../../electron/menu';

function built(platform: string, withDevTools = false) {
  const sent: MenuCommand[] = [];
  let about = 0;
  const template = buildMenuTemplate(
    {
      sendCommand: (command) => sent.push(command),
      showAbout: () => (about += 1),
    },
    { platform, withDevTools },
  );
  return { template, sent, about: () => about };
}

function submenu(template: MenuItemConstructorOptions[], label: string) {
  const menu = template.find((item) => item.label === label);
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help, in that order', () => {
    const { template } = built('linux');
    expect(template.map((item) => item.label ?? item.role)).toEqual([
      'File',
      'Edit',
      'View',
      'Help',
    ]);
  });

  it('sends Undo and Redo to the page, keeping cut, copy and paste', () => {
    const { template, sent } = built('linux');
    const edit = submenu(template, 'Edit');
    click(edit.find((item) => item.label === 'Undo'));
    click(edit.find((item) => item.label === 'Redo'));
    expect(sent).toEqual(['undo', 'redo']);
    expect(edit.filter((item) => item.role).map((item) => item.role)).toEqual([
      'cut',
      'copy',
      'paste',
      'delete',
      'selectAll',
    ]);
    expect(edit.some((item) => item.role === 'undo')).toBe(false);
  });

  it('shows the undo keys without taking them from the page', () => {
    for (const platform of ['linux', 'darwin']) {
      const edit = submenu(built(platform).template, 'Edit');
      const undo = edit.find((item) => item.label === 'Undo')!;
      const redo = edit.find((item) => item.label === 'Redo')!;
      expect(undo.accelerator).toBe('CmdOrCtrl+Z');
      expect(redo.accelerator).toBe(
        platform === 'darwin' ? 'Cmd+Shift+Z' : 'Ctrl+Y',
      );
      expect([undo, redo].every((i) => i.registerAccelerator === false)).toBe(
        true,
      );
    }
    const mac = submenu(built('darwin').template, 'Edit');
    expect(mac.map((item) => item.role)).toContain('pasteAndMatchStyle');
  });

  it('sends Open and Save to the page, and quits from File', () => {
    const { template, sent } = built('linux');
    const file = submenu(template, 'File');
    click(file.find((item) => item.label === 'Open client list…'));
    click(file.find((item) => item.label === 'Save…'));
    expect(sent).toEqual(['open-client-list', 'save']);
    expect(file.map((item) => item.accelerator).filter(Boolean)).toEqual([
      'CmdOrCtrl+O',
      'CmdOrCtrl+S',
    ]);
    expect(file.some((item) => item.role === 'quit')).toBe(true);
  });

  it('shows About from Help', () => {
    const { template, about } = built('linux');
    click(submenu(template, 'Help')[0]);
    expect(about()).toBe(1);
  });

  it('offers developer tools only when asked', () => {
    const roles = (t: MenuItemConstructorOptions[]) =>
      submenu(t, 'View').map((item) => item.role);
    expect(roles(built('linux').template)).not.toContain('toggleDevTools');
    expect(roles(built('linux', true).template)).toContain('toggleDevTools');
  });

  it('puts the app menu first on macOS', () => {
    expect(built('darwin').template[0]).toEqual({ role: 'appMenu' });
  });
});
