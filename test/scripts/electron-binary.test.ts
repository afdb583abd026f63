/** Binary lookup on made-up folders only: never the real node_modules/electron. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  findElectronBinary,
  getDisplayProblem,
  runElectronInstaller,
} from '../../scripts/electron-binary.mjs';

function fakeRoot(layout: {
  pathTxt?: string;
  binary?: string;
  installer?: string;
}) {
  const root = mkdtempSync(join(tmpdir(), 'tierwise-root-'));
  const pkg = join(root, 'node_modules', 'electron');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  if (layout.pathTxt !== undefined)
    writeFileSync(join(pkg, 'path.txt'), layout.pathTxt);
  if (layout.binary) writeFileSync(join(pkg, 'dist', layout.binary), '');
  if (layout.installer)
    writeFileSync(join(pkg, 'install.js'), layout.installer);
  return root;
}

describe('findElectronBinary', () => {
  it('is null without path.txt, with an empty one, or without the binary', () => {
    expect(findElectronBinary(fakeRoot({}), {})).toBeNull();
    expect(findElectronBinary(fakeRoot({ pathTxt: '' }), {})).toBeNull();
    expect(
      findElectronBinary(fakeRoot({ pathTxt: 'electron' }), {}),
    ).toBeNull();
  });

  it('is the binary path.txt names inside dist', () => {
    const root = fakeRoot({ pathTxt: 'electron\n', binary: 'electron' });
    expect(findElectronBinary(root, {})).toBe(
      join(root, 'node_modules', 'electron', 'dist', 'electron'),
    );
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const root = fakeRoot({ pathTxt: 'electron' });
    const elsewhere = mkdtempSync(join(tmpdir(), 'tierwise-dist-'));
    writeFileSync(join(elsewhere, 'electron'), '');
    expect(
      findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: elsewhere }),
    ).toBe(join(elsewhere, 'electron'));
  });
});

describe('runElectronInstaller', () => {
  it('reports a failing or missing installer, with its output', async () => {
    const failing = fakeRoot({
      installer: 'console.error("offline"); process.exit(1);',
    });
    expect(await runElectronInstaller(failing)).toEqual({
      ok: false,
      output: 'offline\n',
    });
    expect((await runElectronInstaller(fakeRoot({}))).ok).toBe(false);
  });

  it('stops an installer that hangs past the timeout', async () => {
    const hanging = fakeRoot({ installer: 'setInterval(() => {}, 1000);' });
    const result = await runElectronInstaller(hanging, { timeoutMs: 300 });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/timeout/);
  });

  it('is ok when the installer exits cleanly', async () => {
    expect(
      (await runElectronInstaller(fakeRoot({ installer: 'process.exit(0);' })))
        .ok,
    ).toBe(true);
  });
});

describe('getDisplayProblem', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux only', () => {
    expect(getDisplayProblem({}, 'linux')).toMatch(/DISPLAY/);
    expect(getDisplayProblem({ DISPLAY: ':0' }, 'linux')).toBeNull();
    expect(
      getDisplayProblem({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux'),
    ).toBeNull();
    expect(getDisplayProblem({}, 'win32')).toBeNull();
  });
});
