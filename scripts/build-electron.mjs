// Bundles the desktop main process and the preload with esbuild, as two
// separate CommonJS files. NOTE: they must stay two builds: one multi-entry
// build emits a shared chunk, and a sandboxed preload cannot require it.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Electron 45 runs Node 22 in main and Chromium 140 in the preload. */
const TARGET = 'node22';

function bundleOptions(entry, outfile) {
  return {
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: TARGET,
    external: ['electron'],
    sourcemap: 'linked',
    logLevel: 'warning',
    legalComments: 'none',
  };
}

/** Builds main.cjs and preload.cjs into `outdir` (dist/electron by default). */
export async function buildElectron(options = {}) {
  const outdir = options.outdir ?? join(root, 'dist', 'electron');
  const main = join(outdir, 'main.cjs');
  const preload = join(outdir, 'preload.cjs');
  await build(bundleOptions('electron/main.ts', main));
  await build(bundleOptions('electron/preload.ts', preload));
  return { main, preload };
}

function readOutdirArgument(argv) {
  const index = argv.indexOf('--outdir');
  return index >= 0 && argv[index + 1] ? resolve(argv[index + 1]) : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outdir = readOutdirArgument(process.argv.slice(2));
  buildElectron({ outdir }).then(
    (files) => console.log(`Built ${files.main} and ${files.preload}`),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
