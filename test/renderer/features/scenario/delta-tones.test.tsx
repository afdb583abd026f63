// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';

import { HiringTable } from '../../../../renderer/features/capacity/HiringTable';
import { getHiringRows } from '../../../../renderer/features/capacity/capacity-figures';
import { CompareTable } from '../../../../renderer/features/scenario/compare/CompareTable';
import { ScenarioSummaryPanel } from '../../../../renderer/features/scenario/ScenarioSummaryPanel';
import { SegmentTable } from '../../../../renderer/features/segments/SegmentTable';
import { getSegmentRows } from '../../../../renderer/features/segments/segment-figures';
import { computePortfolio } from '../../../../shared/engine/index';
import type { PortfolioResult } from '../../../../shared/engine/types';
import { getFixture } from '../fixtures';
import { render, type Rendered } from '../../ui/render';
import { fixtureComparison, pricedPolicy } from './compare/harness';

let views: Rendered[] = [];
afterEach(async () => {
  for (const view of views) await view.unmount();
  views = [];
});

type Screens = {
  readonly edit: Rendered;
  readonly segments: Rendered;
  readonly capacity: Rendered;
  readonly compare: Rendered;
};

// One scenario on every screen that shows it against the baseline.
async function showEverywhere(
  baseline: PortfolioResult,
  scenario: PortfolioResult,
): Promise<Screens> {
  const edit = await render(
    <ScenarioSummaryPanel
      name="Scenario"
      baseline={baseline}
      scenario={scenario}
      currency="USD"
    />,
  );
  const segments = await render(
    <SegmentTable rows={getSegmentRows(baseline, scenario)} currency="USD" />,
  );
  const capacity = await render(
    <HiringTable rows={getHiringRows(baseline, scenario)} currency="USD" />,
  );
  const compare = await render(
    <CompareTable output={fixtureComparison()} currency="USD" />,
  );
  views = [edit, segments, capacity, compare];
  return { edit, segments, capacity, compare };
}

const tone = (view: Rendered, testId: string) =>
  view.byTestId(`${testId}-delta`).dataset.tone;

// The same figure on each screen, by its test id there.
function tonesOf(screens: Screens, key: string, column: number) {
  return {
    revenue: [
      tone(screens.edit, `summary-revenue-${key}`),
      tone(screens.segments, `segment-revenue-${key}`),
      tone(screens.compare, `compare-revenue-${key}-${column}`),
    ],
    margin: [
      tone(screens.edit, `summary-margin-${key}`),
      tone(screens.segments, `segment-margin-${key}`),
      tone(screens.compare, `compare-margin-${key}-${column}`),
    ],
    required: [
      tone(screens.edit, `summary-required-${key}`),
      tone(screens.capacity, `hiring-required-${key}`),
      tone(screens.compare, `compare-required-${key}-${column}`),
    ],
  };
}

describe('delta tones across screens', () => {
  it('give SMB revenue no tone on Edit, Segments and Compare when clients move into SMB', async () => {
    // Compare's first scenario is the fixture's: Mid-Market's floor raised,
    // so clients move down into SMB, and SMB served at 1:40.
    const { baseline, scenario } = getFixture();
    const tones = tonesOf(await showEverywhere(baseline, scenario), 'SMB', 0);
    expect(tones.revenue).toEqual(['neutral', 'neutral', 'neutral']);
    expect(tones.required).toEqual(['neutral', 'neutral', 'neutral']);
    // A margin keeps its direction everywhere, and the same one.
    expect(new Set(tones.margin).size).toBe(1);
    expect(tones.margin[0]).not.toBe('neutral');
  });

  it('colour SMB revenue green on all three when SMB is repriced and no client moves', async () => {
    // Compare's second scenario: SMB +10 %.
    const { columns, baseline, baselinePolicy } = getFixture();
    const scenario = computePortfolio(columns, pricedPolicy(baselinePolicy));
    const tones = tonesOf(await showEverywhere(baseline, scenario), 'SMB', 1);
    expect(tones.revenue).toEqual(['good', 'good', 'good']);
    expect(tones.margin).toEqual(['good', 'good', 'good']);
  });

  it('keep the all-tiers direction on every screen', async () => {
    const { baseline, scenario } = getFixture();
    const screens = await showEverywhere(baseline, scenario);
    const cost = [
      tone(screens.edit, 'summary-cost-total'),
      tone(screens.segments, 'segment-cost-total'),
      tone(screens.compare, 'compare-cost-total-0'),
    ];
    // Clients served in a cheaper tier: less cost to serve in all.
    expect(cost).toEqual(['good', 'good', 'good']);
  });
});
