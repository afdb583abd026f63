/**
 * Reads the `*.expected.md` files of shared/cases at test time, so the
 * tests follow the cases rather than copies of them. Numbers are parsed
 * exactly from their text (ARR to cents, QoQ % to ppm).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  importClients,
  proposeMapping,
  readTable,
  type ImportResult,
  type RawTable,
} from '../../../shared/import';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The cases folder beside the repository (`../shared/cases`). */
export const CASES_DIR = resolve(REPO_ROOT, '../shared/cases');
/** The public datasets folder beside the repository. */
export const DATA_DIR = resolve(REPO_ROOT, '../shared/data');

/** Throws a plain error naming the folder when the cases are not there. */
export function requireCasesDir(): string {
  if (!existsSync(CASES_DIR)) {
    throw new Error(
      `The import test cases folder is missing: expected ${CASES_DIR} (shared/cases beside the repository)`,
    );
  }
  return CASES_DIR;
}

/** Case files that come with an expected result, e.g. `01_baseline_clean.csv`. */
export function listCases(): string[] {
  return readdirSync(requireCasesDir())
    .filter((name) => name.endsWith('.expected.md'))
    .map((name) => name.replace(/\.expected\.md$/, ''))
    .sort();
}

/** The bytes of a case file. */
export function caseBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(requireCasesDir(), name)));
}

/** Reads and imports a case file the way the UI and the CLI do. */
export function importCase(name: string): {
  table: RawTable;
  result: ImportResult;
} {
  const table = readTable(caseBytes(name), name);
  return { table, result: importClients(table, proposeMapping(table.header)) };
}

export type ExpectedRecord = {
  readonly rec: number;
  readonly clientId: string;
  readonly accepted: boolean;
  /** NaN when the table shows — (unknown). */
  readonly workers: number;
  readonly arrCents: number;
  readonly countries: number;
  readonly growthPpm: number;
  readonly size: string;
  readonly band: string;
  readonly complexity: string;
  readonly trajectory: string;
  readonly codes: readonly string[];
};

export type ExpectedTierRow = {
  readonly tier: string;
  readonly clients: number;
  /** null when the table shows — (no ARR known). */
  readonly arrCents: number | null;
  readonly arrKnown: number;
  /** null when the table shows — (no churn column). */
  readonly churned: number | null;
  readonly tickets: number | null;
};

export type ExpectedCase = {
  readonly name: string;
  readonly text: string;
  readonly fileError: string | null;
  readonly records: readonly ExpectedRecord[];
  readonly totals: { read: number; accepted: number; rejected: number } | null;
  /** Total ARR of accepted clients in cents; null when none is known. */
  readonly totalArrCents: number | null;
  readonly tierRows: readonly ExpectedTierRow[];
  readonly counts: Readonly<
    Record<'band' | 'complexity' | 'trajectory', Record<string, number>>
  >;
  readonly csms: Readonly<
    Record<string, { clients: number; arrCents: number }>
  >;
  /** Lines the prose says are skipped (`**7 blank lines skipped**`). */
  readonly skipped: number | null;
};

/** Parses `name.expected.md` (see the module note). */
export function readExpected(name: string): ExpectedCase {
  const text = readFileSync(
    join(requireCasesDir(), `${name}.expected.md`),
    'utf8',
  );
  const fileError =
    /File-level error[^]*?\b(E_[A-Z_]+)/.exec(text)?.[1] ?? null;
  return {
    name,
    text,
    fileError,
    records: tableAfter(text, '## Per record').map(toRecord),
    totals: readTotals(text),
    totalArrCents: readTotalArr(text),
    tierRows: tableAfter(text, 'Size tier economics').map(toTierRow),
    counts: {
      band: readCounts(text, 'ARR band counts'),
      complexity: readCounts(text, 'Complexity counts'),
      trajectory: readCounts(text, 'Trajectory counts'),
    },
    csms: readCsms(text),
    skipped: readSkipped(text),
  };
}

/** Body rows (cells trimmed) of the first markdown table after a heading. */
function tableAfter(text: string, heading: string): string[][] {
  const at = text.indexOf(heading);
  if (at < 0) return [];
  const lines = text.slice(at).split('\n').slice(1);
  const start = lines.findIndex((line) => line.startsWith('|'));
  if (start < 0) return [];
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

/** Exact scaled integer of a decimal text like `1,200,000.01` or `-10.01`. */
export function scaledDecimal(text: string, scale: number): number {
  const clean = text.replace(/[,%\s]/g, '');
  if (clean === '' || clean === '—') return NaN;
  const negative = clean.startsWith('-');
  const [whole = '0', fraction = ''] = clean.replace('-', '').split('.');
  const digits = whole + fraction.padEnd(scale, '0').slice(0, scale);
  const value = Number(digits);
  return negative ? -value : value;
}

function toRecord(cells: string[]): ExpectedRecord {
  const [
    rec,
    id,
    outcome,
    workers,
    arr,
    countries,
    qoq,
    size,
    band,
    complexity,
    traj,
    codes,
  ] = cells;
  return {
    rec: Number(rec),
    clientId: id!.replace(/`/g, ''),
    accepted: outcome === 'accept',
    workers: scaledDecimal(workers!, 0),
    arrCents: scaledDecimal(arr!, 2),
    countries: scaledDecimal(countries!, 0),
    growthPpm: scaledDecimal(qoq!, 4),
    size: size!,
    band: band!,
    complexity: complexity!,
    trajectory: traj!,
    codes: codes!.match(/\b[EW]_[A-Z0-9_]+/g) ?? [],
  };
}

function toTierRow(cells: string[]): ExpectedTierRow {
  const [tier, clients, arr, known, churned, tickets] = cells;
  const orNull = (value: string, scale: number) =>
    value === '—' ? null : scaledDecimal(value, scale);
  return {
    tier: tier!,
    clients: Number(clients),
    arrCents: orNull(arr!, 2),
    arrKnown: Number(known),
    churned: orNull(churned!, 0),
    tickets: orNull(tickets!, 0),
  };
}

function readTotals(text: string) {
  const m =
    /Records read: \*\*([\d,]+)\*\*; accepted: \*\*([\d,]+)\*\*; rejected: \*\*([\d,]+)\*\*/.exec(
      text,
    );
  if (!m) return null;
  const n = (s: string) => Number(s.replace(/,/g, ''));
  return { read: n(m[1]!), accepted: n(m[2]!), rejected: n(m[3]!) };
}

function readTotalArr(text: string): number | null {
  const m = /Total ARR of accepted clients[^*]*\*\*([\d,.]+)\*\*/.exec(text);
  return m ? scaledDecimal(m[1]!, 2) : null;
}

function readCounts(text: string, label: string): Record<string, number> {
  const line = text.split('\n').find((l) => l.startsWith(`- ${label}:`));
  const counts: Record<string, number> = {};
  if (!line) return counts;
  for (const part of line.slice(label.length + 3).split(', ')) {
    const at = part.lastIndexOf(':');
    counts[part.slice(0, at).trim()] = Number(part.slice(at + 1).trim());
  }
  return counts;
}

function readCsms(text: string) {
  const line = text
    .split('\n')
    .find((l) => l.startsWith('Per CSM (accepted clients):'));
  const csms: Record<string, { clients: number; arrCents: number }> = {};
  if (!line) return csms;
  for (const part of line.split(':').slice(1).join(':').split(';')) {
    const m = /^\s*(.+?): (\d+) clients, ARR ([\d,.]+)\s*$/.exec(part);
    if (m)
      csms[m[1]!] = {
        clients: Number(m[2]),
        arrCents: scaledDecimal(m[3]!, 2),
      };
  }
  return csms;
}

function readSkipped(text: string): number | null {
  const m = /\*\*(\d+) [^*]*skipped\*\*/.exec(text);
  return m ? Number(m[1]) : null;
}
