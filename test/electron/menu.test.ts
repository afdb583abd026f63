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
      'editMenu',
      'View',
      'Help',
    ]);
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
