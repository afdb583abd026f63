// `npm start`: builds the renderer and the desktop bundles, then opens the
// desktop app. Where the Electron binary is missing and cannot be fetched
// (offline), or no display is there, it serves the same build on
// 127.0.0.1 and says where to open it: start never fails for want of Electron.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { buildElectron } from './build-electron.mjs';
import {
  findElectronBinary,
  getDisplayProblem,
  runElectronInstaller,
} from './electron-binary.mjs';
import { startStaticServer } from './static-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** NOTE: the same policy as electron/security.ts and renderer/index.html (a test checks). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'";

/** An Electron that exits non-zero this soon after launch never opened its window. */
const EARLY_EXIT_MS = 5_000;

/** Reads `--browser`, `--no-build` and `--port N` (or PORT). */
export function parseStartArgs(argv, env = process.env) {
  const index = argv.indexOf('--port');
  const port = Number(index >= 0 ? argv[index + 1] : (env.PORT ?? 4173));
  return {
    browserOnly: argv.includes('--browser'),
    build: !argv.includes('--no-build'),
    port: Number.isInteger(port) && port >= 0 && port < 65536 ? port : 4173,
  };
}

async function buildAll() {
  const { build } = await import('vite');
  // root given here too: vite resolves the config's relative root from the cwd.
  await build({
    configFile: join(root, 'vite.config.ts'),
    root: join(root, 'renderer'),
    logLevel: 'warn',
  });
  await buildElectron();
}

/** Launches Electron; resolves 'early-exit' when it dies before showing. */
function launchElectron(binary, log) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(binary, [root], { stdio: 'inherit', env });
    child.on('error', (error) => {
      log(`Cannot start Electron: ${error.message}`);
      done('early-exit');
    });
    child.on('exit', (code) => {
      if (code !== 0 && Date.now() - started < EARLY_EXIT_MS)
        return done('early-exit');
      process.exitCode = code ?? 0;
      done('closed');
    });
  });
}

/** The default effects; a test passes its own. */
export function createStartDeps(log = console.log) {
  return {
    log,
    env: process.env,
    build: buildAll,
    findBinary: () => findElectronBinary(root),
    installBinary: () => runElectronInstaller(root, { timeoutMs: 30_000 }),
    getDisplayProblem: () => getDisplayProblem(),
    launch: (binary) => launchElectron(binary, log),
    serve: (port) =>
      startStaticServer({
        root: join(root, 'dist', 'renderer'),
        port,
        headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      }),
    rendererBuilt: () =>
      existsSync(join(root, 'dist', 'renderer', 'index.html')),
  };
}

/** Finds the binary, trying electron's installer once (never under CI). */
async function obtainBinary(deps) {
  const found = deps.findBinary();
  if (found) return { binary: found, reason: null };
  if (deps.env.CI || deps.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    return {
      binary: null,
      reason: 'the Electron binary is not installed (download skipped)',
    };
  }
  deps.log('The Electron binary is missing; trying to fetch it once…');
  const installed = await deps.installBinary();
  const binary = installed.ok ? deps.findBinary() : null;
  return {
    binary,
    reason: binary
      ? null
      : 'the Electron binary is not installed and could not be fetched',
  };
}

async function serveInBrowser(deps, port, reason) {
  if (!deps.rendererBuilt())
    throw new Error('dist/renderer is missing: run `npm run build` first.');
  const server = await deps.serve(port);
  deps.log(
    [
      '',
      `Tierwise desktop is not available here: ${reason}.`,
      `The same app is being served at ${server.url}`,
      'Open that address in Chromium, Chrome, Edge or Firefox on this machine.',
      'Your data stays in that browser profile. Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  return { mode: 'browser', url: server.url, close: server.close };
}

/** The whole start: build, then desktop, else the browser fallback. */
export async function runStart(argv, deps) {
  const args = parseStartArgs(argv, deps.env);
  if (args.build) {
    deps.log('Building Tierwise…');
    await deps.build();
  }
  if (args.browserOnly)
    return serveInBrowser(deps, args.port, 'asked for the browser (--browser)');
  const { binary, reason } = await obtainBinary(deps);
  if (!binary) return serveInBrowser(deps, args.port, reason);
  const displayProblem = deps.getDisplayProblem();
  if (displayProblem) return serveInBrowser(deps, args.port, displayProblem);

  deps.log('Opening the Tierwise desktop window…');
  const outcome = await deps.launch(binary);
  if (outcome === 'early-exit')
    return serveInBrowser(deps, args.port, 'Electron exited as it started');
  return { mode: 'desktop' };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runStart(process.argv.slice(2), createStartDeps()).catch((error) => {
    console.error(
      `npm start failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  });
}
