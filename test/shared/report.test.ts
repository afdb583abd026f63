import { describe, expect, it } from 'vitest';

import { computePortfolio } from '../../shared/engine/index';
import type { ImportResult, RowIssue } from '../../shared/import/types';
import { DEFAULT_POLICY, parsePolicy } from '../../shared/policy';
import {
  buildErrorReport,
  buildReport,
  csvField,
  formatReportCsv,
  formatReportTable,
} from '../../shared/report';
import { buildColumns } from './engine/build-columns';

const columns = buildColumns([
  {
    id: 'C001',
    name: 'Larkspur Dental Group',
    workers: 4,
    countries: 1,
    industry: 'Life Sciences',
    mrr: 1800,
    tickets: 2,
    health: 82,
    signed: '2024-02-13',
    csm: 'Mara Voss',
  },
  {
    id: 'C002',
    name: 'Tidewater, "Freight"',
    workers: 9,
    countries: 9,
    arr: 1_200_001,
  },
  { id: 'C003', countries: 2, arr: 42_000 },
]);

const issue = (over: Partial<RowIssue>): RowIssue => ({
  record: 4,
  line: 5,
  client_id: 'C004',
  code: 'E_WORKERS_NONPOSITIVE',
  column: 'workers',
  value: '0',
  message: 'workers must be at least 1',
  ...over,
});

const imported: ImportResult = {
  columns,
  currency: 'USD',
  period: null,
  report: {
    read: 5,
    accepted: 3,
    rejected: 1,
    skipped: 1,
    rejections: [issue({})],
    warnings: [
      issue({
        record: 3,
        client_id: 'C003',
        code: 'W_WORKERS_MISSING',
        value: null,
        message: 'no worker count',
      }),
    ],
    fileWarnings: [{ code: 'W_ENCODING', message: 'read as Windows-1252' }],
    skippedRows: [{ line: 7, reason: 'blank' }],
  },
};
const portfolio = computePortfolio(columns, DEFAULT_POLICY);
const report = buildReport({
  import: imported,
  policy: DEFAULT_POLICY,
  portfolio,
});

describe('buildReport', () => {
  it('has exactly the DESIGN.md §9 keys, in order', () => {
    expect(Object.keys(report)).toEqual([
      'records',
      'rejected',
      'warnings',
      'clients',
      'segments',
      'hiring',
    ]);
    expect(Object.keys(report.records)).toEqual([
      'read',
      'accepted',
      'rejected',
      'skipped',
    ]);
    expect(Object.keys(report.rejected[0]!)).toEqual([
      'record',
      'client_id',
      'code',
      'column',
      'value',
      'message',
    ]);
    expect(Object.keys(report.warnings[0]!)).toEqual([
      'record',
      'client_id',
      'code',
      'column',
      'message',
    ]);
    expect(Object.keys(report.clients[0]!)).toEqual([
      'client_id',
      'name',
      'primary_segment',
      'arr_tier',
      'service_tier',
      'complexity_tier',
      'growth_category',
      'industry',
      'composite_segment',
      'signed_date',
      'mrr',
      'cost_to_serve',
      'gross_margin',
    ]);
    expect(Object.keys(report.segments[0]!)).toEqual([
      'segment',
      'client_count',
      'total_mrr',
      'avg_mrr_per_client',
      'cost_to_serve',
      'gross_margin',
      'avg_health_score',
      'revenue_share',
    ]);
    expect(Object.keys(report.hiring[0]!)).toEqual([
      'tier',
      'client_count',
      'required_csms',
      'current_csms',
      'hires_needed',
    ]);
  });

  it('reports money in USD with cents and rates as fractions', () => {
    expect(report.clients[0]).toEqual({
      client_id: 'C001',
      name: 'Larkspur Dental Group',
      primary_segment: 'SMB',
      arr_tier: 'SMB',
      service_tier: 'SMB',
      complexity_tier: 'Low',
      growth_category: null,
      industry: 'Life Sciences',
      composite_segment: 'SMB | Low Complexity | Unassigned | Life Sciences',
      signed_date: '2024-02-13',
      mrr: 1800,
      cost_to_serve: 900,
      gross_margin: 0.5,
    });
    // 1,200,001 / 12 = 100,000.0833…
    expect(report.clients[1]!.mrr).toBe(100_000.08);
    expect(report.clients[1]!.service_tier).toBe('Mid-Market');
    expect(report.segments[0]).toEqual({
      segment: 'SMB',
      client_count: 1,
      total_mrr: 1800,
      avg_mrr_per_client: 1800,
      cost_to_serve: 900,
      gross_margin: 0.5,
      avg_health_score: 82,
      // 1,800 of 1,800 + 100,000.08 + 3,500 (C003, unassigned).
      revenue_share: 0.017094,
    });
  });

  it('gives null for what cannot be assigned or known', () => {
    const unassigned = report.segments.at(-1)!;
    expect(unassigned.segment).toBeNull();
    expect(unassigned.cost_to_serve).toBeNull();
    expect(report.clients[2]!.primary_segment).toBeNull();
    expect(report.clients[2]!.cost_to_serve).toBeNull();
    expect(report.clients[2]!.name).toBeNull();
  });

  it("reports the policy's revenue: price change and floor applied", () => {
    const policy = parsePolicy({
      tiers: { SMB: { price_change: 0.1 }, 'Mid-Market': { min_pepm: 20_000 } },
    });
    const priced = buildReport({
      import: imported,
      policy,
      portfolio: computePortfolio(columns, policy),
    });
    // C001: 1,800 + 10 %; C002 (Mid-Market by uplift): 9 workers × 20,000.
    expect(priced.clients[0]!.mrr).toBe(1980);
    expect(priced.clients[1]!.mrr).toBe(180_000);
    const smb = priced.segments.find((s) => s.segment === 'SMB')!;
    expect([smb.total_mrr, smb.avg_mrr_per_client]).toEqual([1980, 1980]);
  });

  it('has no total MRR for a segment with no known MRR', () => {
    const noRevenue = buildColumns([{ id: 'X1', workers: 4, countries: 1 }]);
    const bare = buildReport({
      import: { ...imported, columns: noRevenue },
      policy: DEFAULT_POLICY,
      portfolio: computePortfolio(noRevenue, DEFAULT_POLICY),
    });
    expect(bare.segments[0]).toMatchObject({
      segment: 'SMB',
      total_mrr: null,
      avg_mrr_per_client: null,
    });
  });

  it('lists file warnings first, with no record', () => {
    expect(report.warnings.map((w) => [w.record, w.code])).toEqual([
      [null, 'W_ENCODING'],
      [3, 'W_WORKERS_MISSING'],
    ]);
  });

  it('hires per tier', () => {
    expect(
      report.hiring.map((h) => [h.tier, h.required_csms, h.hires_needed]),
    ).toEqual([
      ['SMB', 1, 0],
      ['Mid-Market', 1, 1],
      ['Enterprise', 0, 0],
      ['Strategic', 0, 0],
    ]);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('has an error shape for a file that cannot be imported', () => {
    expect(buildErrorReport('E_DUPLICATE_COLUMN', 'arr twice')).toEqual({
      error: { code: 'E_DUPLICATE_COLUMN', message: 'arr twice' },
    });
  });
});

describe('formatReportTable', () => {
  const text = formatReportTable(report);

  it('summarises the records and titles every table', () => {
    expect(
      text.startsWith('Records: 5 read, 3 accepted, 1 rejected, 1 skipped'),
    ).toBe(true);
    for (const title of [
      'Rejected',
      'Warnings',
      'Clients',
      'Segments',
      'Hiring',
    ]) {
      expect(text).toMatch(new RegExp(`^${title}$`, 'm'));
    }
  });

  it('aligns columns and formats money, rates and unknowns', () => {
    const lines = text.split('\n');
    const header = lines.find((line) => line.startsWith('segment'))!;
    const smb = lines.find((line) => line.startsWith('SMB '))!;
    expect(smb).toContain('1,800.00');
    expect(smb).toContain('50.0 %');
    expect(header.indexOf('client_count') + 'client_count'.length).toBe(
      smb.indexOf('1 ') + 1,
    );
    expect(text).toMatch(/^Unassigned /m);
  });

  it('says (none) for an empty table', () => {
    const clean = formatReportTable({ ...report, rejected: [], warnings: [] });
    expect(clean).toContain('Rejected\n  (none)');
  });
});

describe('formatReportCsv', () => {
  const csv = formatReportCsv(report);
  const blocks = csv.split('\r\n\r\n');

  it('has the clients, then segments, then hiring, each with a header', () => {
    expect(blocks).toHaveLength(3);
    expect(blocks[0]!.split('\r\n')[0]).toBe(
      'client_id,name,primary_segment,arr_tier,service_tier,complexity_tier,growth_category,industry,composite_segment,signed_date,mrr,cost_to_serve,gross_margin',
    );
    expect(blocks[0]!.split('\r\n')).toHaveLength(4);
    expect(blocks[1]!.startsWith('segment,client_count,total_mrr')).toBe(true);
    expect(blocks[2]!.startsWith('tier,client_count,required_csms')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes fields per RFC 4180 and leaves nulls empty', () => {
    expect(blocks[0]).toContain('C002,"Tidewater, ""Freight"""');
    expect(blocks[0]!.split('\r\n')[3]).toMatch(/^C003,,,SMB,/);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
    [0.5, '0.5'],
  ] as const)('csvField(%j) is %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('buildReport with compared policies', () => {
  const onArr = parsePolicy({ name: 'On ARR', size_basis: 'arr' });
  const compared = buildReport({
    import: imported,
    policy: DEFAULT_POLICY,
    portfolio,
    compare: [{ policy: onArr, result: computePortfolio(columns, onArr) }],
  });
  const [scenario] = compared.scenarios!;

  it('adds the scenarios after hiring, each with its own figures', () => {
    expect(Object.keys(compared).at(-1)).toBe('scenarios');
    expect(compared.segments).toEqual(report.segments);
    expect(scenario!.name).toBe('On ARR');
    // On ARR, C003 (no worker count) is SMB: no Unassigned row is left.
    expect(scenario!.segments.map((s) => s.segment)).toEqual([
      'SMB',
      'Mid-Market',
      'Enterprise',
      'Strategic',
    ]);
    expect(scenario!.hiring.map((h) => h.client_count)).toEqual([2, 0, 0, 1]);
  });

  it('lists the movers, a client without a tier as null', () => {
    // C002: ARR 1,200,001 is Strategic; C003 gains a tier.
    expect(scenario!.movers).toEqual([
      { client_id: 'C002', from: 'Mid-Market', to: 'Strategic' },
      { client_id: 'C003', from: null, to: 'SMB' },
    ]);
  });

  it('gives the bridge in USD with a Total row', () => {
    const smb = scenario!.bridge[0]!;
    // C003 in SMB: 3,500 − (200 + 100 + 2 × 120 + 80) = 2,880 a month.
    expect(smb).toEqual({
      segment: 'SMB',
      price: 0,
      mix: 0,
      cost: 0,
      volume: 2880,
      total: 2880,
    });
    expect(scenario!.bridge.at(-1)!.segment).toBe('Total');
    expect(scenario!.bridge.at(-1)!.volume).toBe(2880);
  });

  it('prints the comparison as tables and CSV', () => {
    const text = formatReportTable(compared);
    expect(text).toMatch(
      /^Scenario 1: On ARR — movers: 2 clients change tier$/m,
    );
    expect(text).toMatch(/^C003\s+Unassigned\s+SMB$/m);
    expect(text).toMatch(/^Unassigned\s+1\s+0\s+3,500\.00\s+—/m);
    const blocks = formatReportCsv(compared).split('\r\n\r\n');
    expect(blocks).toHaveLength(7);
    expect(blocks[5]).toBe(
      'scenario,client_id,from,to\r\nOn ARR,C002,Mid-Market,Strategic\r\nOn ARR,C003,,SMB',
    );
  });

  it('has no scenarios key when nothing is compared', () => {
    const none = buildReport({
      import: imported,
      policy: DEFAULT_POLICY,
      portfolio,
      compare: [],
    });
    expect('scenarios' in none).toBe(false);
  });
});
