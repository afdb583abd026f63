/**
 * `npm run bench [-- SIZE...]`: the time to recompute every tier, cost and
 * segment figure for one policy over generated portfolios (10k, 100k and
 * 1M clients by default), beside the naive array-of-row-objects loop over
 * the same data, peak memory, and the time to import (parse + validate) a
 * CSV of the same clients when the import module is there. Then the same
 * CSVs are imported in headless Chromium against the built renderer
 * (read, validate, store in IndexedDB, shown: see browser-import.ts);
 * without Chromium or dist/renderer that part says why it was skipped.
 * `--no-browser` skips it on purpose.
 *
 * Each recompute gets a policy object of its own, so the policy's compile
 * is timed too (a scenario edit makes a new policy). Times are the median
 * of N runs after a warm-up; "cold" is the first run on fresh columns,
 * which also derives the cached CSM index.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { INDUSTRIES } from '../../shared/domain';
import type { ClientColumns } from '../../shared/columns';
import {
  computePortfolio,
  createPortfolioBuffers,
} from '../../shared/engine/index';
import { DEFAULT_POLICY, type Policy } from '../../shared/policy';
import { generateBenchPortfolio } from '../../shared/sample';
import {
  browserSkipReason,
  importInBrowser,
  type BrowserImport,
} from './browser-import';
import { timeEditsInBrowser } from './browser-edit';
import { naiveRecompute, toRowObjects } from './naive';
import { benchCompare, benchSweep } from './scenario-bench';

type Stats = { median: number; min: number; p90: number };

function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), min: sorted[0]!, p90: at(0.9) };
}

function timeIt(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

let peakRss = 0;
function sampleMemory(): void {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

function freshPolicies(count: number): Policy[] {
  const text = JSON.stringify(DEFAULT_POLICY);
  return Array.from({ length: count }, () => JSON.parse(text) as Policy);
}

function columnBytes(columns: ClientColumns): number {
  let bytes = 0;
  for (const value of Object.values(columns)) {
    if (ArrayBuffer.isView(value)) bytes += value.byteLength;
  }
  return bytes;
}

function runsFor(size: number): { warm: number; runs: number } {
  return size >= 1_000_000 ? { warm: 3, runs: 11 } : { warm: 5, runs: 31 };
}

function benchEngine(columns: ClientColumns) {
  const { warm, runs } = runsFor(columns.length);
  const policies = freshPolicies(warm + runs + 1);
  const buffers = createPortfolioBuffers(columns.length);
  const cold = timeIt(() => computePortfolio(columns, policies.pop()!));
  for (let r = 0; r < warm; r++)
    computePortfolio(columns, policies.pop()!, buffers);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const policy = policies.pop()!;
    times.push(timeIt(() => computePortfolio(columns, policy, buffers)));
    sampleMemory();
  }
  const withBook = timeIt(
    () => computePortfolio(columns, DEFAULT_POLICY, buffers).csmBook,
  );
  return { cold, ...stats(times), withBook };
}

function benchNaive(columns: ClientColumns) {
  const { warm, runs } = runsFor(columns.length);
  let rows: ReturnType<typeof toRowObjects> = [];
  const build = timeIt(() => (rows = toRowObjects(columns)));
  const policies = freshPolicies(warm + runs);
  for (let r = 0; r < warm; r++) naiveRecompute(rows, policies.pop()!);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const policy = policies.pop()!;
    times.push(timeIt(() => naiveRecompute(rows, policy)));
    sampleMemory();
  }
  return { build, ...stats(times) };
}

/** The columns as a CSV a user might export from a CRM. */
function toCsv(columns: ClientColumns): string {
  const lines = [
    'client_id,client_name,workers,countries,industry,mrr,workers_prior,health_score,churned,csm,support_tickets',
  ];
  const cell = (value: number) => (Number.isNaN(value) ? '' : String(value));
  for (let i = 0; i < columns.length; i++) {
    lines.push(
      [
        columns.clientId[i],
        `Client ${i + 1}`,
        cell(columns.workers[i]!),
        cell(columns.countryCount[i]!),
        INDUSTRIES[columns.industry[i]!] ?? '',
        cell(columns.arrCents[i]! / 1200),
        cell(columns.workersPrior[i]!),
        cell(columns.health[i]!),
        columns.churned[i] === 1 ? 'Yes' : 'No',
        columns.csmId[i],
        cell(columns.tickets[i]!),
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

type ImportModule = {
  readTable: (
    bytes: Uint8Array,
    fileName: string,
  ) => { header: readonly string[] };
  proposeMapping: (header: readonly string[]) => unknown;
  importClients: (
    table: unknown,
    mapping: unknown,
  ) => { columns: ClientColumns };
};

async function loadImport(): Promise<ImportModule | null> {
  try {
    const module =
      (await import('../../shared/import/index')) as Partial<ImportModule>;
    const { readTable, proposeMapping, importClients } = module;
    return readTable && proposeMapping && importClients
      ? { readTable, proposeMapping, importClients }
      : null;
  } catch {
    return null;
  }
}

function benchImport(bytes: Uint8Array, module: ImportModule) {
  const runs = bytes.length >= 50_000_000 ? 2 : 5;
  const times: number[] = [];
  let accepted = 0;
  for (let r = 0; r < runs; r++) {
    times.push(
      timeIt(() => {
        const table = module.readTable(bytes, 'bench.csv');
        const result = module.importClients(
          table,
          module.proposeMapping(table.header),
        );
        accepted = result.columns.length;
      }),
    );
    sampleMemory();
  }
  return { ...stats(times), megabytes: bytes.length / 1e6, accepted };
}

const printBrowserTable = (sizes: readonly number[], runs: BrowserImport[]) =>
  printTable([
    [
      'clients',
      'read',
      'validate',
      'store (Dexie)',
      'shown',
      'total',
      'accepted',
      'peak PSS',
    ],
    ...runs.map((run, k) => [
      sizes[k]!.toLocaleString('en-US'),
      ms(run.read),
      ms(run.validate),
      ms(run.store),
      ms(run.show),
      ms(run.total),
      run.accepted.toLocaleString('en-US'),
      mb(run.peakPss),
    ]),
  ]);

async function benchBrowser(
  sizes: readonly number[],
  paths: readonly string[],
): Promise<void> {
  console.log('\nimport in the browser: read, validate, store, shown\n');
  const skip = process.argv.includes('--no-browser')
    ? '--no-browser was given'
    : browserSkipReason();
  if (skip) {
    console.log(`browser part skipped: ${skip}.`);
    return;
  }
  printBrowserTable(sizes, await importInBrowser(paths));
  await benchBrowserEdits(sizes, paths);
  console.log(
    '\nHeadless Chromium, built renderer, a fresh profile per file. read: file picked → mapping' +
      '\nshown (decode + parse in the worker); validate: Validate → report shown; store: the' +
      '\nIndexedDB write of the column chunks (tierwise:import-store); shown: periods refreshed' +
      '\nand the figures recomputed (tierwise:import-show); total: read + validate + commit to' +
      '\n"Computed" in the header. peak PSS: all Chromium processes of that profile, summed.',
  );
}

/** Issue 3's figures: a compare of five policies, and a sweep, per size. */
function benchScenarioFigures(chosen: readonly number[]): void {
  const sizes = chosen.filter((size) => size <= 100_000);
  if (sizes.length === 0) return;
  console.log(
    '\nscenarios: baseline + 4 scenarios with their deltas, and one sweep of 50 steps\n',
  );
  const rows: string[][] = [
    [
      'clients',
      'compare median',
      'min',
      'p90',
      'movers per scenario',
      'sweep 50 steps',
      'cliffs',
    ],
  ];
  for (const size of sizes) {
    const columns = generateBenchPortfolio(size, 1);
    const compare = benchCompare(columns, size >= 100_000 ? 15 : 31);
    const sweep = benchSweep(columns, 50);
    rows.push([
      size.toLocaleString('en-US'),
      ms(compare.median),
      ms(compare.min),
      ms(compare.p90),
      compare.movers.map((n) => n.toLocaleString('en-US')).join(' / '),
      `${ms(sweep.ms)} (${sweep.steps} steps)`,
      String(sweep.cliffs),
    ]);
    sampleMemory();
  }
  printTable(rows);
  console.log(
    '\ncompare: five computePortfolio calls (baseline and the four scenarios of scenario-bench.ts,' +
      "\nfresh policy objects each run), then each scenario's margin bridge and mover count against" +
      '\nthe baseline — what the worker does for the Compare tab after an edit. sweep: the' +
      '\nMid-Market minimum workers over its valid range, each step with its one-worker cliff check.',
  );
}

/** A scenario edit until its figures are painted, at 10k and 100k clients. */
async function benchBrowserEdits(
  sizes: readonly number[],
  paths: readonly string[],
): Promise<void> {
  const chosen = sizes
    .map((size, k) => ({ size, path: paths[k]! }))
    .filter(({ size }) => size <= 100_000);
  if (chosen.length === 0) return;
  console.log(
    '\na scenario edit in the browser, until its figures are painted\n',
  );
  const rows: string[][] = [
    [
      'clients',
      'summary median',
      'max',
      'compare (4) median',
      'max',
      'longest main-thread task',
      'edits',
    ],
  ];
  for (const { size, path } of chosen) {
    const t = await timeEditsInBrowser(path);
    rows.push([
      size.toLocaleString('en-US'),
      ms(t.summaryMedian),
      ms(t.summaryMax),
      ms(t.compareMedian),
      ms(t.compareMax),
      ms(t.longestTask),
      String(t.edits),
    ]);
  }
  printTable(rows);
  console.log(
    '\nThe Mid-Market minimum workers typed (16, 12, 20, …) with four scenarios stored; timed' +
      '\nfrom the input event to the frame after the watched figure changed: the scenario' +
      "\nsummary (Edit tab) and the fourth compared scenario's Mid-Market clients (Compare tab)." +
      '\nlongest task: the longest main-thread task (PerformanceObserver longtask) during the edits.',
  );
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function printTable(rows: readonly (readonly string[])[]): void {
  const widths = rows[0]!.map((_, k) =>
    Math.max(...rows.map((row) => row[k]!.length)),
  );
  for (const row of rows) {
    console.log(
      row
        .map((cell, k) =>
          k === 0 ? cell.padEnd(widths[k]!) : cell.padStart(widths[k]!),
        )
        .join('   '),
    );
  }
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const module = await loadImport();
  const rows: string[][] = [
    [
      'clients',
      'engine median',
      'min',
      'p90',
      'cold',
      '+ CSM book (1st)',
      'naive median',
      'naive / engine',
      'Node import (parse+validate)',
      'columns',
      'peak RSS so far',
    ],
  ];
  const chosen = sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000];
  const dir = mkdtempSync(join(tmpdir(), 'tierwise-bench-csv-'));
  const paths: string[] = [];
  for (const size of chosen) {
    const columns = generateBenchPortfolio(size, 1);
    const engine = benchEngine(columns);
    const naive = benchNaive(columns);
    const bytes = new TextEncoder().encode(toCsv(columns));
    paths.push(join(dir, `bench-${size}.csv`));
    writeFileSync(paths[paths.length - 1]!, bytes);
    const imported = module ? benchImport(bytes, module) : null;
    rows.push([
      size.toLocaleString('en-US'),
      ms(engine.median),
      ms(engine.min),
      ms(engine.p90),
      ms(engine.cold),
      ms(engine.withBook),
      ms(naive.median),
      `${(naive.median / engine.median).toFixed(1)}×`,
      imported
        ? `${ms(imported.median)} (${imported.megabytes.toFixed(0)} MB)`
        : 'n/a',
      mb(columnBytes(columns)),
      mb(peakRss),
    ]);
  }
  console.log(
    `Tierwise engine benchmark — Node ${process.version}, one policy per recompute\n`,
  );
  printTable(rows);
  console.log(
    '\nengine: computePortfolio into reused buffers (tiers, economics, segments, matrix, hiring);' +
      '\n+ CSM book (1st): a recompute whose CSM book is read, the first time for these columns' +
      '\n(grouping client ids per CSM is then cached); cold: the first recompute on new columns' +
      '\n(derives the cached growth keys and CSM index);' +
      '\nnaive: the same rules over an array of row objects (building the rows not timed).',
  );
  console.log(
    'Node import: readTable + importClients in this process, not stored (median of 5, 2 at 1M).',
  );
  if (!module)
    console.log(
      'import: shared/import/index.ts has no readTable/importClients yet, so it is not timed.',
    );
  benchScenarioFigures(chosen);
  try {
    await benchBrowser(chosen, paths);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
