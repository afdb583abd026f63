import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { runReport } from '../../../electron/report/run-report';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const CASES = resolve(REPO, '../shared/cases');
const CASE_01 = join(CASES, '01_baseline_clean.csv');
const CASE_15 = join(CASES, '15_duplicate_column_names.csv');
const SUBSCRIPTIONS = resolve(
  REPO,
  '../shared/data/ravenstack/ravenstack_subscriptions.csv',
);

type Client = {
  client_id: string;
  primary_segment: string | null;
  service_tier: string | null;
} & Record<string, unknown>;
type HiringRow = {
  tier: string;
  client_count: number;
  required_csms: number;
  current_csms: number;
  hires_needed: number;
};
type Report = {
  records: {
    read: number;
    accepted: number;
    rejected: number;
    skipped: number;
  };
  rejected: { record: number; code: string }[];
  warnings: { record: number | null; code: string; message: string }[];
  clients: Client[];
  segments: {
    segment: string | null;
    client_count: number;
    total_mrr: number;
  }[];
  hiring: HiringRow[];
};

async function runJson(...argv: string[]) {
  const run = await runReport([...argv, '--format', 'json']);
  return {
    run,
    json: JSON.parse(run.stdout) as Report & {
      error?: { code: string; message: string };
    },
  };
}

function writePolicy(json: unknown): string {
  const path = join(
    mkdtempSync(join(tmpdir(), 'tierwise-policy-')),
    'policy.json',
  );
  writeFileSync(path, JSON.stringify(json));
  return path;
}

function tiersOf(report: Report, key: 'primary_segment' | 'service_tier') {
  return Object.fromEntries(report.clients.map((c) => [c.client_id, c[key]]));
}

describe('runReport on case 01', () => {
  it('accepts all 12 records and prints only JSON', async () => {
    const { run, json } = await runJson(CASE_01);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(json.records).toEqual({
      read: 12,
      accepted: 12,
      rejected: 0,
      skipped: 0,
    });
    expect(json.rejected).toEqual([]);
    expect(Object.keys(json)).toEqual([
      'records',
      'rejected',
      'warnings',
      'clients',
      'segments',
      'hiring',
    ]);
  });

  it('gives every client its size tier at the edges 10/11, 50/51, 200/201', async () => {
    const { json } = await runJson(CASE_01);
    expect(tiersOf(json, 'primary_segment')).toEqual({
      C001: 'SMB',
      C002: 'SMB',
      C003: 'SMB',
      C004: 'Mid-Market',
      C005: 'Mid-Market',
      C006: 'Mid-Market',
      C007: 'Enterprise',
      C008: 'Enterprise',
      C009: 'Enterprise',
      C010: 'Strategic',
      C011: 'Strategic',
      C012: 'Strategic',
    });
  });

  it('raises High-complexity Enterprise clients to Strategic service', async () => {
    const { json } = await runJson(CASE_01);
    const service = tiersOf(json, 'service_tier');
    expect([service.C007, service.C008, service.C009]).toEqual([
      'Enterprise',
      'Strategic',
      'Strategic',
    ]);
    const byId = Object.fromEntries(json.clients.map((c) => [c.client_id, c]));
    expect(byId.C007).toMatchObject({
      arr_tier: 'Enterprise',
      complexity_tier: 'Medium',
      growth_category: 'Expanding',
    });
    expect(byId.C011).toMatchObject({
      arr_tier: 'Strategic',
      complexity_tier: 'High',
      growth_category: 'Stable',
    });
    expect(byId.C002).toMatchObject({
      complexity_tier: 'Low',
      growth_category: 'Contracting',
    });
  });

  it('sums the service-tier segments to the cent', async () => {
    const { json } = await runJson(CASE_01);
    const smb = json.segments.find((s) => s.segment === 'SMB')!;
    // ARR 18,000 + 42,000 + 59,000 = 119,000 a year = 9,916.67 a month.
    expect(smb).toMatchObject({ client_count: 3, total_mrr: 9916.67 });
    expect(json.segments.reduce((n, s) => n + s.client_count, 0)).toBe(12);
  });

  it('counts each CSM once, in the tier where most of their clients are', async () => {
    const { json } = await runJson(CASE_01);
    const rows = json.hiring.map((r) => [
      r.tier,
      r.client_count,
      r.required_csms,
      r.current_csms,
      r.hires_needed,
    ]);
    expect(rows).toEqual([
      ['SMB', 3, 1, 1, 0],
      ['Mid-Market', 3, 1, 1, 0],
      ['Enterprise', 1, 1, 0, 1],
      ['Strategic', 5, 2, 2, 0],
    ]);
  });

  it('prints readable tables and CSV too', async () => {
    const table = await runReport([CASE_01]);
    expect(table.exitCode).toBe(0);
    expect(table.stdout).toContain('C012');
    const csv = await runReport([CASE_01, '--format', 'csv']);
    expect(csv.exitCode).toBe(0);
    expect(csv.stdout.split('\n')[0]).toContain('client_id');
  });
});

describe('runReport on a file that cannot be imported', () => {
  it('case 15 exits 2 with E_DUPLICATE_COLUMN as the only JSON', async () => {
    const { run, json } = await runJson(CASE_15);
    expect(run.exitCode).toBe(2);
    expect(Object.keys(json)).toEqual(['error']);
    expect(json.error?.code).toBe('E_DUPLICATE_COLUMN');
    expect(json.error?.message).toMatch(/arr/);
  });

  it('case 15 in table format says so on stderr only', async () => {
    const run = await runReport([CASE_15]);
    expect(run).toMatchObject({ exitCode: 2, stdout: '' });
    expect(run.stderr).toMatch(/E_DUPLICATE_COLUMN/);
  });

  it('a missing file exits 2 with E_UNREADABLE', async () => {
    const { run, json } = await runJson(join(CASES, 'no-such-file.csv'));
    expect(run.exitCode).toBe(2);
    expect(json.error).toMatchObject({
      code: 'E_UNREADABLE',
      message: expect.stringMatching(/no such file/),
    });
  });
});

describe('runReport --map', () => {
  it('takes FIELD from the named column instead of the proposed one', async () => {
    const { run, json } = await runJson(
      CASE_01,
      '--map',
      'workers=Support_Tickets',
    );
    expect(run.exitCode).toBe(0);
    const primary = tiersOf(json, 'primary_segment');
    // Tickets as workers: C012 has 52 (Enterprise), C001 has 3 (SMB).
    expect([primary.C012, primary.C001, primary.C009]).toEqual([
      'Enterprise',
      'SMB',
      'Mid-Market',
    ]);
  });

  it('unmaps a field with an empty COLUMN', async () => {
    const { json } = await runJson(CASE_01, '--map', 'csm_id=');
    expect(json.hiring.map((r) => r.current_csms)).toEqual([0, 0, 0, 0]);
    expect(json.hiring.map((r) => r.hires_needed)).toEqual([1, 1, 1, 2]);
  });

  it('exits 2 with E_BAD_MAPPING for a column the file lacks', async () => {
    const { run, json } = await runJson(CASE_01, '--map', 'workers=headcount');
    expect(run.exitCode).toBe(2);
    expect(json.error?.code).toBe('E_BAD_MAPPING');
    expect(json.error?.message).toMatch(/headcount/);
  });
});

describe('runReport --policy', () => {
  it('lays a partial policy over the defaults', async () => {
    const policy = writePolicy({
      name: 'Wider SMB',
      tiers: { 'Mid-Market': { min_workers: 36 } },
    });
    const { run, json } = await runJson(CASE_01, '--policy', policy);
    expect(run.exitCode).toBe(0);
    const primary = tiersOf(json, 'primary_segment');
    expect([primary.C004, primary.C005, primary.C006]).toEqual([
      'SMB',
      'SMB',
      'Mid-Market',
    ]);
    expect(primary.C007).toBe('Enterprise');
  });

  it('reads the example policy of the README', async () => {
    const { run } = await runJson(
      CASE_01,
      '--policy',
      join(REPO, 'docs/examples/pool-mid-market.json'),
    );
    expect(run.exitCode).toBe(0);
  });

  it('exits 2 naming an unknown key', async () => {
    const policy = writePolicy({ tiers: { SMB: { csm_raito: 40 } } });
    const { run, json } = await runJson(CASE_01, '--policy', policy);
    expect(run.exitCode).toBe(2);
    expect(json.error?.code).toBe('E_POLICY_INVALID');
    expect(json.error?.message).toMatch(/tiers\.SMB/);
    expect(json.error?.message).toMatch(/csm_raito/);
  });

  it('exits 2 naming a value of the wrong kind, in table format on stderr', async () => {
    const policy = writePolicy({ costs: { csm_annual_cost: 'a lot' } });
    const run = await runReport([CASE_01, '--policy', policy]);
    expect(run).toMatchObject({ exitCode: 2, stdout: '' });
    expect(run.stderr).toMatch(/costs\.csm_annual_cost/);
  });

  it('exits 2 for a policy file that is not there', async () => {
    const { run, json } = await runJson(
      CASE_01,
      '--policy',
      join(tmpdir(), 'no-policy.json'),
    );
    expect(run.exitCode).toBe(2);
    expect(json.error?.code).toBe('E_POLICY_UNREADABLE');
  });
});

describe('runReport --sheet', () => {
  const CASE_18 = join(CASES, '18_xlsx_title_rows_and_totals.xlsx');

  it('reads the named sheet of a workbook', async () => {
    const { run, json } = await runJson(CASE_18, '--sheet', 'Clients');
    expect(run.exitCode).toBe(0);
    expect(json.records.accepted).toBe(12);
    expect(tiersOf(json, 'primary_segment').C010).toBe('Strategic');
  });

  it('exits 2 with E_SHEET_NOT_FOUND for a sheet the workbook lacks', async () => {
    const { run, json } = await runJson(CASE_18, '--sheet', 'Nope');
    expect(run.exitCode).toBe(2);
    expect(json.error?.code).toBe('E_SHEET_NOT_FOUND');
  });
});

describe('runReport usage', () => {
  it('prints the usage on --help and exits 0', async () => {
    const run = await runReport(['--help']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run --silent report -- FILE/);
  });

  it('exits 2 with the usage on stderr for a wrong line', async () => {
    const run = await runReport(['--format', 'xml', CASE_01]);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--format xml[\s\S]*Usage:/);
  });

  it('names an unknown option plainly and shows the usage', async () => {
    const run = await runReport([CASE_01, '--colour']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^tierwise report: unknown option --colour/);
    expect(run.stderr).toMatch(/Usage:/);
    expect(run.stderr).not.toMatch(/positional argument/);
  });

  it('keeps stdout JSON-only for a wrong line in JSON mode', async () => {
    const run = await runReport(['--format', 'json']);
    expect(run.exitCode).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      error: { code: 'E_USAGE', message: 'FILE is missing' },
    });
  });
});

/** dd-mm-yyyy as ISO, as the subscriptions file writes its dates. */
function isoOf(dmy: string): string {
  const [day, month, year] = dmy.split('-');
  return `${year}-${month}-${day}`;
}

/** The file read by hand: accounts and MRR of lines active on `end`. */
function activeSubscriptions(end: string) {
  const [header, ...rows] = readFileSync(SUBSCRIPTIONS, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));
  const at = (name: string) => header!.indexOf(name);
  const active = rows.filter((row) => {
    const start = isoOf(row[at('start_date')]!);
    const stop = row[at('end_date')]!;
    return start <= end && (stop === '' || isoOf(stop) >= end);
  });
  return {
    rows: rows.length,
    accounts: new Set(active.map((row) => row[at('account_id')])).size,
    mrrCents: active.reduce(
      (sum, row) => sum + Math.round(Number(row[at('mrr_amount')]) * 100),
      0,
    ),
  };
}

function centsOf(usd: number | null): number {
  return Math.round((usd ?? 0) * 100);
}

describe('runReport on a line-level file (ravenstack subscriptions)', () => {
  it('with --lines --period 2024-Q4 adds the lines active on 2024-12-31 up per account', async () => {
    const expected = activeSubscriptions('2024-12-31');
    const { run, json } = await runJson(
      SUBSCRIPTIONS,
      '--lines',
      '--period',
      '2024-Q4',
    );
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(json.clients).toHaveLength(500);
    expect(expected.accounts).toBe(500);
    expect(json.records.rejected).toBe(0);
    const clientCents = json.clients.reduce(
      (sum, c) => sum + centsOf(c.mrr as number | null),
      0,
    );
    const segmentCents = json.segments.reduce(
      (sum, s) => sum + centsOf(s.total_mrr),
      0,
    );
    expect(clientCents).toBe(expected.mrrCents);
    expect(segmentCents).toBe(expected.mrrCents);
  });

  it('without --lines rejects repeated ids as E_DUP_ID and suggests --lines on stderr', async () => {
    const { run, json } = await runJson(SUBSCRIPTIONS);
    expect(run.exitCode).toBe(0);
    expect(json.records.rejected).toBeGreaterThan(4000);
    expect(json.rejected.every((r) => r.code === 'E_DUP_ID')).toBe(true);
    expect(json.clients).toHaveLength(500);
    expect(run.stderr).toMatch(/warning: client ids repeat/);
    expect(run.stderr).toMatch(/--lines --period PERIOD/);
  });

  it('does not suggest --lines for a client list', async () => {
    const run = await runReport([CASE_01, '--format', 'csv']);
    expect(run.stderr).not.toMatch(/--lines/);
  });

  it('with --lines but no --period exits 2 naming the date columns', async () => {
    const { run, json } = await runJson(SUBSCRIPTIONS, '--lines');
    expect(run.exitCode).toBe(2);
    expect(json.error?.code).toBe('E_BAD_PERIOD');
    expect(json.error?.message).toMatch(/start_date, end_date/);
    expect(json.error?.message).toMatch(/--period/);
  });

  it('with --lines counts the records of the lines it keeps', async () => {
    const expected = activeSubscriptions('2024-12-31');
    const { json } = await runJson(
      SUBSCRIPTIONS,
      '--lines',
      '--period',
      '2024-Q4',
    );
    expect(json.records.read + json.records.skipped).toBe(expected.rows);
  });
});

describe('runReport on rejected records outside JSON', () => {
  const CASE_05 = join(CASES, '05_currency_strings.csv');

  it('--format csv says on stderr how many records were rejected', async () => {
    const run = await runReport([CASE_05, '--format', 'csv']);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe(
      '14 records read: 10 accepted, 4 rejected, 0 skipped — run with --format json or table for the reasons\n',
    );
    expect(run.stdout).not.toMatch(/E_REVENUE/);
  });

  it('--format csv of a clean file says only the counts', async () => {
    const run = await runReport([CASE_01, '--format', 'csv']);
    expect(run.stderr).toBe(
      '12 records read: 12 accepted, 0 rejected, 0 skipped\n',
    );
  });

  it('--format table lists each rejection with record, id, column, value and message', async () => {
    const run = await runReport([CASE_05]);
    const { json } = await runJson(CASE_05);
    expect(json.rejected).toHaveLength(4);
    const lines = run.stdout.split('\n');
    const head = lines.indexOf('Rejected');
    expect(lines[head + 1]!.split(/\s{2,}/)).toEqual([
      'record',
      'client_id',
      'code',
      'column',
      'value',
      'message',
    ]);
    const rows = lines.slice(head + 2, head + 2 + json.rejected.length);
    json.rejected.forEach((r, k) => {
      const rejection = r as unknown as Record<string, string | number>;
      for (const key of ['client_id', 'code', 'column', 'value', 'message'])
        expect(rows[k]).toContain(String(rejection[key]));
      expect(rows[k]!.trimStart().startsWith(`${r.record} `)).toBe(true);
    });
  });
});

describe('runReport on a file whose money is not USD (case 03, EUR)', () => {
  const CASE_03 = join(CASES, '03_european_semicolon_decimal_comma.csv');
  const EUR_WARNING = {
    record: null,
    client_id: null,
    code: 'W_CURRENCY_NOT_USD',
    column: null,
    message:
      "Amounts in this file are EUR; every amount in this report is EUR, and the policy's prices and costs are applied as EUR amounts.",
  };

  it('adds a file-level warning to the JSON, keeping its shape', async () => {
    const { run, json } = await runJson(CASE_03);
    expect(run).toMatchObject({ exitCode: 0, stderr: '' });
    expect(json.warnings).toContainEqual(EUR_WARNING);
    expect(Object.keys(json)).toEqual([
      'records',
      'rejected',
      'warnings',
      'clients',
      'segments',
      'hiring',
    ]);
    expect(json.records.accepted).toBe(12);
  });

  it('says it on stderr in table and csv format', async () => {
    const table = await runReport([CASE_03]);
    expect(table.stderr).toBe(`${EUR_WARNING.message}\n`);
    expect(table.stdout).toContain('W_CURRENCY_NOT_USD');
    const csv = await runReport([CASE_03, '--format', 'csv']);
    expect(csv.stderr).toBe(
      `12 records read: 12 accepted, 0 rejected, 0 skipped\n${EUR_WARNING.message}\n`,
    );
  });

  it('gives a USD file no currency warning', async () => {
    const { json } = await runJson(CASE_01);
    expect(json.warnings.map((w) => w.code)).not.toContain(
      'W_CURRENCY_NOT_USD',
    );
  });
});
