import { describe, expect, it } from 'vitest';

import { CHURN_YES, INDUSTRIES } from '../../shared/domain';
import { computePortfolio } from '../../shared/engine/index';
import { DEFAULT_POLICY } from '../../shared/policy';
import {
  generateBenchPortfolio,
  generateSamplePortfolio,
  mulberry32,
  quarterLabels,
} from '../../shared/sample';

const sample = generateSamplePortfolio();
const last = sample.periods.at(-1)!.columns;
const result = computePortfolio(last, DEFAULT_POLICY);

function share(values: ArrayLike<number>, test: (v: number) => boolean) {
  let hits = 0;
  for (let i = 0; i < values.length; i++) if (test(values[i]!)) hits++;
  return hits / values.length;
}

describe('generateSamplePortfolio', () => {
  it('is the same for the same seed, and differs for another', () => {
    const again = generateSamplePortfolio();
    expect(again.periods.map((p) => p.columns)).toEqual(
      sample.periods.map((p) => p.columns),
    );
    const other = generateSamplePortfolio({ seed: 2 }).periods.at(-1)!.columns;
    expect(other.workers).not.toEqual(last.workers);
  });

  it('spans 8 quarters ending 2026-Q3 with 1,500 clients at the end', () => {
    expect(sample.name).toBeTruthy();
    expect(sample.currency).toBe('USD');
    expect(sample.periods.map((p) => p.period)).toEqual(
      quarterLabels('2026-Q3', 8),
    );
    expect(sample.periods[0]!.period).toBe('2024-Q4');
    expect(last.length).toBe(1500);
    expect(sample.periods[0]!.columns.length).toBeLessThan(1500);
  });

  it('honours the options', () => {
    const small = generateSamplePortfolio({
      seed: 7,
      clients: 200,
      quarters: 3,
      lastPeriod: '2025-Q1',
    });
    expect(small.periods.map((p) => p.period)).toEqual([
      '2024-Q3',
      '2024-Q4',
      '2025-Q1',
    ]);
    expect(small.periods.at(-1)!.columns.length).toBe(200);
  });

  it('is mostly SMB and Mid-Market, with few Strategic', () => {
    const counts = result.segments.map((s) => s.client_count);
    expect((counts[0]! + counts[1]!) / last.length).toBeGreaterThan(0.7);
    expect(counts[3]! / last.length).toBeLessThan(0.12);
    expect(counts[3]!).toBeGreaterThan(0);
  });

  it('spreads 1–30 countries, skewed low', () => {
    expect(share(last.countryCount, (c) => c >= 1 && c <= 30)).toBe(1);
    expect(share(last.countryCount, (c) => c <= 2)).toBeGreaterThan(0.5);
    expect(share(last.countryCount, (c) => c >= 8)).toBeGreaterThan(0.02);
  });

  it.each([
    ['Technology', 0.4, 0.5],
    ['Financial Services', 0.1, 0.15],
    ['Life Sciences', 0.05, 0.1],
    ['Professional Services', 0.1, 0.15],
  ] as const)('has %s between %f and %f of clients', (industry, low, high) => {
    const code = INDUSTRIES.indexOf(industry);
    const part = share(last.industry, (c) => c === code);
    expect(part).toBeGreaterThanOrEqual(low);
    expect(part).toBeLessThanOrEqual(high);
  });

  it('prices MRR near workers × the list PEPM', () => {
    for (let i = 0; i < last.length; i++) {
      const w = last.workers[i]!;
      const pepm = w > 200 ? 300 : w > 50 ? 350 : w > 10 ? 400 : 450;
      const ratio = last.arrCents[i]! / 1200 / (w * pepm);
      expect(ratio).toBeGreaterThan(0.8);
      expect(ratio).toBeLessThan(1.2);
    }
  });

  it('links each quarter to the one before: growth, New, churn', () => {
    const growth = result.classification.growth;
    for (const code of [0, 1, 2, 3]) {
      expect(share(growth, (g) => g === code)).toBeGreaterThan(0.02);
    }
    expect(share(last.workersPrior, (w) => !Number.isNaN(w))).toBeGreaterThan(
      0.9,
    );
    const [before, after] = sample.periods.slice(-2).map((p) => p.columns);
    const churned = before!.clientId.filter(
      (_, i) => before!.churned[i] === CHURN_YES,
    );
    expect(churned.length).toBeGreaterThan(0);
    expect(churned.some((id) => after!.clientId.includes(id))).toBe(false);
  });

  it('moves some clients between tiers across quarters', () => {
    const [before, after] = sample.periods.slice(-2).map((p) => p.columns);
    const tierOf = (columns: typeof last) => {
      const cls = computePortfolio(columns, DEFAULT_POLICY).classification;
      return new Map(columns.clientId.map((id, i) => [id, cls.primary[i]]));
    };
    const old = tierOf(before!);
    const moved = [...tierOf(after!)].filter(
      ([id, tier]) => old.has(id) && old.get(id) !== tier,
    );
    expect(moved.length).toBeGreaterThan(5);
  });

  it('staffs each tier near its ratio, a few CSMs over capacity', () => {
    const book = result.csmBook;
    expect(
      share(
        last.csmId.map((id) => +(id !== '')),
        (x) => x === 1,
      ),
    ).toBe(1);
    const over = book.filter((row) => row.over_capacity).length;
    expect(over).toBeGreaterThan(0);
    expect(over).toBeLessThan(book.length * 0.6);
    for (const row of book)
      expect(Object.keys(row.segment_mix)).toHaveLength(1);
    for (const hire of result.hiring) {
      expect(
        Math.abs(hire.current_csms - hire.required_csms),
      ).toBeLessThanOrEqual(Math.ceil(hire.required_csms * 0.2));
    }
  });

  it('fills health, tickets and signed dates, leaving a few unknown', () => {
    expect(share(last.health, (h) => h >= 0 && h <= 100)).toBeGreaterThan(0.9);
    expect(share(last.tickets, (t) => t >= 0)).toBeGreaterThan(0.85);
    expect(last.signedDate.every((d) => /^\d{4}-\d\d-\d\d$/.test(d))).toBe(
      true,
    );
    expect(last.signedDate.every((d) => d <= '2026-09-30')).toBe(true);
  });
});

describe('generateBenchPortfolio', () => {
  it('is deterministic and of the asked size', () => {
    const a = generateBenchPortfolio(2000, 3);
    expect(a.length).toBe(2000);
    expect(generateBenchPortfolio(2000, 3).arrCents).toEqual(a.arrCents);
    expect(new Set(a.clientId).size).toBe(2000);
    expect(a.csmId.filter((id) => id !== '').length).toBeGreaterThan(1900);
  });
});

describe('mulberry32', () => {
  it('gives the same uniform stream for a seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});
