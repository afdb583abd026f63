/**
 * Case 24: the generated 60,000-row file, checked against the closed-form
 * counts and totals its expected file states in prose, and the same rows
 * generated in memory at twice the size, checked against the figures
 * scaled by N / 60,000 as the case says.
 */
import { describe, expect, it } from 'vitest';

import { CHURN_YES } from '../../../shared/domain';
import {
  importClients,
  proposeMapping,
  readTable,
  type ImportResult,
} from '../../../shared/import';
import {
  arrBand,
  complexityTier,
  countBy,
  sizeTier,
  trajectory,
} from './case-tiers';
import { caseBytes, readExpected } from './expected-cases';

const NAME = '24_large_generated_60k.csv';

type Figures = {
  accepted: number;
  size: Record<string, number>;
  band: Record<string, number>;
  complexity: Record<string, number>;
  trajectory: Record<string, number>;
  totalArrCents: number;
  churned: number;
  tickets: number;
  perTier: Record<
    string,
    { clients: number; arrCents: number; churned: number; tickets: number }
  >;
};

function bold(text: string, label: string): number {
  const at = text.indexOf(label);
  if (at < 0) throw new Error(`"${label}" is not in ${NAME}.expected.md`);
  const m = /\*\*([\d,]+)\*\*/.exec(text.slice(at + label.length));
  if (!m) throw new Error(`no bold figure after "${label}"`);
  return Number(m[1]!.replace(/,/g, ''));
}

function num(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** The figures the expected file states for N = 60,000. */
function readFigures(): Figures {
  const text = readExpected(NAME).text.replace(/\s+/g, ' ');
  const perTier: Figures['perTier'] = {};
  for (const tier of ['SMB', 'Mid-Market', 'Enterprise', 'Strategic']) {
    const m = new RegExp(
      `${tier} ([\\d,]+)(?: clients)? / (?:ARR )?([\\d,]+) / ([\\d,]+)(?: churned)? / ([\\d,]+)`,
    ).exec(text);
    if (!m) throw new Error(`no per-tier figures for ${tier}`);
    perTier[tier] = {
      clients: num(m[1]!),
      arrCents: num(m[2]!) * 100,
      churned: num(m[3]!),
      tickets: num(m[4]!),
    };
  }
  const section = (label: string) => text.slice(text.indexOf(label));
  return {
    accepted: bold(text, 'accepted'),
    size: Object.fromEntries(
      ['SMB', 'Mid-Market', 'Enterprise', 'Strategic'].map((t) => [
        t,
        bold(section('**Size tier**'), t),
      ]),
    ),
    band: Object.fromEntries(
      ['<$60K', '$60K-$300K', '$300K-$1.2M', '>$1.2M'].map((b) => [
        b,
        bold(section('**ARR band**'), `\`${b}\``),
      ]),
    ),
    complexity: {
      'Low (1-2)': bold(section('**Complexity**'), 'Low'),
      'Medium (3-7)': bold(section('**Complexity**'), 'Medium'),
      'High (8+)': bold(section('**Complexity**'), 'High'),
    },
    trajectory: Object.fromEntries(
      ['Expanding', 'Stable', 'Contracting'].map((g) => [
        g,
        bold(section('**Trajectory**'), g),
      ]),
    ),
    totalArrCents: bold(text, '**Total ARR**') * 100,
    churned: bold(text, 'Churned'),
    tickets: bold(text, 'support tickets total'),
    perTier,
  };
}

function scale(f: Figures, k: number): Figures {
  const times = (record: Record<string, number>) =>
    Object.fromEntries(Object.entries(record).map(([key, v]) => [key, v * k]));
  return {
    accepted: f.accepted * k,
    size: times(f.size),
    band: times(f.band),
    complexity: times(f.complexity),
    trajectory: times(f.trajectory),
    totalArrCents: f.totalArrCents * k,
    churned: f.churned * k,
    tickets: f.tickets * k,
    perTier: Object.fromEntries(
      Object.entries(f.perTier).map(([tier, row]) => [
        tier,
        times(row) as Figures['perTier'][string],
      ]),
    ),
  };
}

function measure(result: ImportResult): Figures {
  const c = result.columns;
  const sum = (values: ArrayLike<number>, pick: (i: number) => boolean) => {
    let total = 0;
    for (let i = 0; i < c.length; i++) if (pick(i)) total += values[i]!;
    return total;
  };
  const perTier: Figures['perTier'] = {};
  for (const tier of ['SMB', 'Mid-Market', 'Enterprise', 'Strategic']) {
    const inTier = (i: number) => sizeTier(c.workers[i]!) === tier;
    perTier[tier] = {
      clients: sum(new Float64Array(c.length).fill(1), inTier),
      arrCents: sum(c.arrCents, inTier),
      churned: sum(c.churned, (i) => inTier(i) && c.churned[i] === CHURN_YES),
      tickets: sum(c.tickets, inTier),
    };
  }
  return {
    accepted: result.report.accepted,
    size: countBy(c, (i) => sizeTier(c.workers[i]!)),
    band: countBy(c, (i) => arrBand(c.arrCents[i]!)),
    complexity: countBy(c, (i) => complexityTier(c.countryCount[i]!)),
    trajectory: countBy(c, (i) => trajectory(c.growthPpm[i]!)),
    totalArrCents: sum(c.arrCents, () => true),
    churned: sum(c.churned, (i) => c.churned[i] === CHURN_YES),
    tickets: sum(c.tickets, () => true),
    perTier,
  };
}

/** The rows of 24_gen_large.py, generated the same way in memory. */
function generateCsv(n: number): Uint8Array {
  const industries = [
    'Software',
    'Retail',
    'Finance',
    'Healthcare',
    'Logistics',
  ];
  const lines = [
    'client_id,client_name,workers,countries,industry,arr,qoq_growth,health_score,churned,csm,support_tickets',
  ];
  for (let i = 1; i <= n; i++) {
    lines.push(
      `L${String(i).padStart(7, '0')},Generated Client ${i},${((37 * i) % 400) + 1},${(i % 12) + 1},${industries[i % 5]},${1000 * (((7 * i) % 1500) + 1)},${(i % 40) - 20}%,${50 + (i % 51)},${i % 10 === 0 ? 'Yes' : 'No'},CSM-${String(i % 25).padStart(2, '0')},${i % 6}`,
    );
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

function importBytes(bytes: Uint8Array, name: string): ImportResult {
  const table = readTable(bytes, name);
  return importClients(table, proposeMapping(table.header));
}

describe('case 24: large generated file', () => {
  const figures = readFigures();

  it('imports the 60,000-row file with the closed-form figures and no warnings', () => {
    const result = importBytes(caseBytes(NAME), NAME);
    expect(measure(result)).toEqual(figures);
    expect(result.report.rejected).toBe(0);
    expect(result.report.warnings).toEqual([]);
    expect(new Set(result.columns.clientId).size).toBe(60_000);
  });

  it('scales every figure by N / 60,000 for 120,000 rows generated in memory', () => {
    const started = performance.now();
    const result = importBytes(generateCsv(120_000), 'generated-120k.csv');
    const ms = performance.now() - started;
    expect(measure(result)).toEqual(scale(figures, 2));
    // Generous: under 1 s here, generation included; a regression to
    // per-row objects or float parsing would take several times as long.
    expect(ms).toBeLessThan(5_000);
  });
});
