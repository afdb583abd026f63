// Finds the Electron binary that `npm install` may or may not have fetched,
// and tries electron's own installer once. NOTE: never `require('electron')`
// here: its index.js starts a download when the binary is missing.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Electron executable under `root`, or null when it is not there. */
export function findElectronBinary(root, env = process.env) {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

/**
 * Runs node_modules/electron/install.js once, killed after `timeoutMs`.
 * Resolves true when it exited cleanly; its output is returned, not printed.
 */
export function runElectronInstaller(root, options = {}) {
  const script = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(script))
    return Promise.resolve({ ok: false, output: 'electron is not installed' });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], {
      cwd: join(root, 'node_modules', 'electron'),
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 30_000,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ ok: false, output: String(error) }));
    child.on('close', (code, signal) =>
      resolve({
        ok: code === 0,
        output: signal ? `stopped by ${signal} (timeout)` : output,
      }),
    );
  });
}

/** Why a desktop window cannot open here, or null when it can. */
export function getDisplayProblem(
  env = process.env,
  platform = process.platform,
) {
  if (platform !== 'linux') return null;
  return env.DISPLAY || env.WAYLAND_DISPLAY
    ? null
    : 'no graphical display (DISPLAY is not set)';
}
