/**
 * The report command's --compare: each compared policy's segments and
 * hiring (as --policy would print them), its movers and margin bridge
 * against the baseline (the --policy file or the defaults), in JSON, table
 * and CSV; bad policy files stop the run as --policy's do.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { runReport } from '../../../electron/report/run-report';
import type { ReportJson } from '../../../shared/report';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const CASE_01 = join(resolve(REPO, '../shared/cases'), '01_baseline_clean.csv');
const POOL = join(REPO, 'docs/examples/pool-mid-market.json');

function writePolicy(json: unknown, name = 'policy.json'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tierwise-compare-')), name);
  writeFileSync(path, typeof json === 'string' ? json : JSON.stringify(json));
  return path;
}

const SMB_16 = writePolicy({
  name: 'SMB line at 16',
  tiers: { 'Mid-Market': { min_workers: 16 } },
});

async function runJson(...argv: string[]) {
  const run = await runReport([...argv, '--format', 'json']);
  type Parsed = ReportJson & { error?: { code: string; message: string } };
  return { run, json: JSON.parse(run.stdout) as Parsed };
}

const cents = (usd: number) => Math.round(usd * 100);

describe('runReport --compare in JSON', () => {
  it('adds one scenario per policy, in order, with the DESIGN.md §9 keys', async () => {
    const { run, json } = await runJson(
      CASE_01,
      '--compare',
      POOL,
      '--compare',
      SMB_16,
    );
    expect(run.exitCode).toBe(0);
    expect(Object.keys(json).at(-1)).toBe('scenarios');
    expect(json.scenarios!.map((s) => s.name)).toEqual([
      'Pool Mid-Market',
      'SMB line at 16',
    ]);
    for (const scenario of json.scenarios!) {
      expect(Object.keys(scenario)).toEqual([
        'name',
        'segments',
        'hiring',
        'movers',
        'bridge',
      ]);
      expect(scenario.bridge.map((r) => r.segment)).toEqual([
        'SMB',
        'Mid-Market',
        'Enterprise',
        'Strategic',
        'Total',
      ]);
      for (const row of scenario.bridge) {
        expect(Object.keys(row)).toEqual([
          'segment',
          'price',
          'mix',
          'cost',
          'volume',
          'total',
        ]);
        const parts = [row.price, row.mix, row.cost, row.volume].map(cents);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(cents(row.total));
      }
    }
  });

  it("gives a scenario's segments and hiring as --policy with its file would", async () => {
    const { json } = await runJson(CASE_01, '--compare', SMB_16);
    const alone = (await runJson(CASE_01, '--policy', SMB_16)).json;
    expect(json.scenarios![0]!.segments).toEqual(alone.segments);
    expect(json.scenarios![0]!.hiring).toEqual(alone.hiring);
    expect(json.segments).toEqual((await runJson(CASE_01)).json.segments);
  });

  it('lists the movers and values them in the bridge', async () => {
    const { json } = await runJson(
      CASE_01,
      '--compare',
      SMB_16,
      '--compare',
      POOL,
    );
    const [smb16, pool] = json.scenarios!;
    // C004 has 11 workers: Mid-Market at the defaults, SMB below a line at 16.
    expect(smb16!.movers).toEqual([
      { client_id: 'C004', from: 'Mid-Market', to: 'SMB' },
    ]);
    const total = smb16!.bridge.at(-1)!;
    expect(total).toMatchObject({ price: 0, cost: 0, volume: 0 });
    // Mid-Market costs 450 more a month than SMB for C004.
    expect(total.mix).toBe(450);
    // Pooling Mid-Market at 1:30 saves 3 × (500 − 333.33…) = 500 a month.
    expect(pool!.movers).toEqual([]);
    expect(pool!.bridge[1]).toEqual({
      segment: 'Mid-Market',
      price: 0,
      mix: 0,
      cost: 500,
      volume: 0,
      total: 500,
    });
  });

  it('compares against the --policy file, not the defaults', async () => {
    const { json } = await runJson(
      CASE_01,
      '--policy',
      SMB_16,
      '--compare',
      SMB_16,
    );
    const [same] = json.scenarios!;
    expect(same!.movers).toEqual([]);
    for (const row of same!.bridge)
      expect([row.price, row.mix, row.cost, row.volume, row.total]).toEqual([
        0, 0, 0, 0, 0,
      ]);
  });

  it('names a compared policy whose file gives no name after the file', async () => {
    const path = writePolicy(
      { tiers: { SMB: { csm_ratio: 40 } } },
      'smb-at-40.json',
    );
    const { json } = await runJson(CASE_01, '--compare', path);
    expect(json.scenarios![0]!.name).toBe('smb-at-40');
  });

  it('has no scenarios key without --compare', async () => {
    const { json } = await runJson(CASE_01);
    expect('scenarios' in json).toBe(false);
  });
});

describe('runReport --compare with a bad policy file', () => {
  it('exits 2 naming the file and the key', async () => {
    const bad = writePolicy({ tiers: { SMB: { csm_ratio: 'forty' } } });
    const table = await runReport([
      CASE_01,
      '--compare',
      SMB_16,
      '--compare',
      bad,
    ]);
    expect(table).toMatchObject({ exitCode: 2, stdout: '' });
    expect(table.stderr).toContain(
      `${bad}: Policy is invalid: tiers.SMB.csm_ratio: must be a number`,
    );
    const { run, json } = await runJson(CASE_01, '--compare', bad);
    expect(run.exitCode).toBe(2);
    expect(json.error?.code).toBe('E_POLICY_INVALID');
    expect(json.error?.message).toContain('tiers.SMB.csm_ratio');
  });

  it('exits 2 for an unknown key, a file that is not JSON and one that is not there', async () => {
    const unknown = writePolicy({ tiers: { SMB: { csm_raito: 40 } } });
    expect(
      (await runJson(CASE_01, '--compare', unknown)).json.error?.message,
    ).toMatch(/csm_raito/);
    const broken = writePolicy('{"tiers": ');
    expect(
      (await runJson(CASE_01, '--compare', broken)).json.error?.message,
    ).toMatch(/is not JSON/);
    const missing = join(tmpdir(), 'no-such-compare.json');
    const { run, json } = await runJson(CASE_01, '--compare', missing);
    expect(run.exitCode).toBe(2);
    expect(json.error).toEqual({
      code: 'E_POLICY_UNREADABLE',
      message: `Cannot read the policy file to compare ${missing}: no such file`,
    });
  });

  it('says --compare needs a value, with the usage', async () => {
    const run = await runReport([CASE_01, '--compare']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(
      /^tierwise report: --compare needs a value[\s\S]*Usage:/,
    );
  });
});

describe('runReport --compare in table and CSV', () => {
  it('prints the side by side, the movers and the bridge as tables', async () => {
    const run = await runReport([CASE_01, '--compare', SMB_16]);
    expect(run.exitCode).toBe(0);
    const text = run.stdout;
    expect(text).toMatch(
      /^Scenario 1: SMB line at 16 — segments, baseline and scenario$/m,
    );
    expect(text).toMatch(
      /^Scenario 1: SMB line at 16 — movers: 1 client changes tier$/m,
    );
    expect(text).toMatch(/^C004\s+Mid-Market\s+SMB$/m);
    expect(text).toMatch(/^SMB\s+3\s+4\s+9,916\.67\s+14,916\.67/m);
    expect(text).toMatch(
      /^Total\s+0\.00\s+450\.00\s+0\.00\s+0\.00\s+450\.00$/m,
    );
  });

  it('adds the comparison blocks to the CSV, each row led by the scenario', async () => {
    const run = await runReport([
      CASE_01,
      '--compare',
      SMB_16,
      '--format',
      'csv',
    ]);
    const blocks = run.stdout.split('\r\n\r\n');
    expect(blocks).toHaveLength(7);
    expect(blocks[3]!.split('\r\n')[0]).toBe(
      'scenario,segment,baseline_clients,scenario_clients,baseline_mrr,scenario_mrr,baseline_cost,scenario_cost,baseline_margin,scenario_margin',
    );
    expect(blocks[4]!.startsWith('scenario,tier,baseline_required')).toBe(true);
    expect(blocks[5]).toBe(
      'scenario,client_id,from,to\r\nSMB line at 16,C004,Mid-Market,SMB',
    );
    expect(blocks[6]!.split('\r\n')).toEqual([
      'scenario,segment,price,mix,cost,volume,total',
      'SMB line at 16,SMB,0,3460,0,0,3460',
      'SMB line at 16,Mid-Market,0,-3010,0,0,-3010',
      'SMB line at 16,Enterprise,0,0,0,0,0',
      'SMB line at 16,Strategic,0,0,0,0,0',
      'SMB line at 16,Total,0,450,0,0,450',
      '',
    ]);
  });
});
