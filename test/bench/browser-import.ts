/**
 * The import as a user meets it: the built renderer (dist/renderer) in
 * Debian's headless Chromium, a fresh profile per file, the CSV picked in
 * the Import screen, validated, committed to IndexedDB and shown. Phases
 * are timed from the page (read, validate: until the screen shows the
 * result) and from the app's own performance measures (store: the Dexie
 * write of the column chunks; show: periods refreshed and the first
 * recompute). Memory is the peak summed PSS (resident memory, shared
 * pages split between sharers) of Chromium's processes.
 */
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, type BrowserContext } from 'playwright-core';

import { CHROMIUM, DIST, serveRenderer } from '../e2e/harness';
import { AppPage } from '../e2e/pages/app-page';
import { ImportPage } from '../e2e/pages/import-page';

/** One file imported in the browser, in milliseconds and bytes. */
export type BrowserImport = {
  readonly read: number;
  readonly validate: number;
  readonly store: number;
  readonly show: number;
  readonly total: number;
  readonly accepted: number;
  readonly peakPss: number;
};

/** How Chromium is started here (TOOLCHAIN.md). */
export const BROWSER_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Why the browser part cannot run here, or null when it can. */
export function browserSkipReason(): string | null {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
  if (!existsSync(join(DIST, 'index.html')))
    return 'dist/renderer is not built (run `npx vite build`)';
  return null;
}

/** Imports each CSV path in a fresh browser profile; results in order. */
export async function importInBrowser(
  paths: readonly string[],
): Promise<BrowserImport[]> {
  const server = await serveRenderer();
  const results: BrowserImport[] = [];
  try {
    for (const path of paths) results.push(await importOne(server.url, path));
  } finally {
    await server.close();
  }
  return results;
}

async function importOne(url: string, path: string): Promise<BrowserImport> {
  const profile = mkdtempSync(join(tmpdir(), 'tierwise-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: BROWSER_FLAGS,
  });
  const memory = startPssSampler(profile);
  try {
    return { ...(await runImport(context, url, path)), peakPss: memory.stop() };
  } finally {
    memory.stop();
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function runImport(context: BrowserContext, url: string, path: string) {
  const page = context.pages()[0] ?? (await context.newPage());
  const app = new AppPage(page, url);
  await app.open();
  const importer = new ImportPage(app);
  await app.go('import');
  const t0 = performance.now();
  await importer.chooseFile(path);
  await importer.waitMapping();
  const t1 = performance.now();
  await importer.setPeriod('2025-Q1');
  const t2 = performance.now();
  await importer.validate();
  const t3 = performance.now();
  const accepted = await importer.count('accepted');
  const t4 = performance.now();
  await importer.commit();
  const t5 = performance.now();
  const measures = await page.evaluate(() =>
    Object.fromEntries(
      performance.getEntriesByType('measure').map((m) => [m.name, m.duration]),
    ),
  );
  return {
    read: t1 - t0,
    validate: t3 - t2,
    store: measures['tierwise:import-store'] ?? NaN,
    show: measures['tierwise:import-show'] ?? NaN,
    // Bytes to shown, less the test's own typing and reading of the page.
    total: t1 - t0 + (t3 - t2) + (t5 - t4),
    accepted,
  };
}

/**
 * Samples every 200 ms the summed PSS of the browser process started with
 * this profile and of its descendants (renderer, worker, GPU, utility).
 */
function startPssSampler(profile: string): { stop: () => number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, browserPss(profile));
  };
  const timer = setInterval(sample, 200);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

type Proc = { pid: number; ppid: number; cmd: string };

function browserPss(profile: string): number {
  const procs = listProcs();
  const tree = new Set(
    procs.filter((p) => p.cmd.includes(profile)).map((p) => p.pid),
  );
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs) {
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  let sum = 0;
  for (const pid of tree) sum += pss(pid);
  return sum;
}

/** Proportional set size of a process in bytes (0 once it has ended). */
function pss(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

function listProcs(): Proc[] {
  const procs: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      procs.push({ pid: Number(name), ppid: Number(fields[1]), cmd });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return procs;
}
