import { useMemo } from 'react';

import { Chart } from '../../../ui/chart';
import { formatCount, formatCountOf } from '../../../ui/format';
import {
  buildClientsChart,
  buildCsmChart,
  buildMarginChart,
  cliffSteps,
} from './sweep-charts';
import {
  describeCliff,
  formatParameterNumber,
  parameterLabel,
  parameterUnit,
} from './sweep-parameters';
import type { SweepRun } from './use-sweep';

/** The charts of a finished sweep and its cliffs, listed. */
export function SweepResults({
  run,
  stale,
}: {
  readonly run: SweepRun;
  readonly stale: boolean;
}) {
  const { result, policy } = run;
  const { parameter, steps } = result;
  const clients = useMemo(() => buildClientsChart(result), [result]);
  const csms = useMemo(() => buildCsmChart(result), [result]);
  const margin = useMemo(
    () => buildMarginChart(result, policy),
    [result, policy],
  );
  const first = steps[0];
  const last = steps[steps.length - 1];
  const name = parameterLabel(parameter);

  return (
    <div className={`an-results ${stale ? 'an-results--stale' : ''}`}>
      <p className="an-summary" data-testid="sweep-summary">
        {name}: {formatCountOf(steps.length, 'value')}
        {first && last
          ? ` from ${formatParameterNumber(parameter, first.value)} to ${formatParameterNumber(parameter, last.value)} ${parameterUnit(parameter)}`
          : ''}
        , on {policy.name} (computed in {formatCount(Math.round(run.ms))} ms).
        The solid line is the value now; dashed red lines are cliffs.
      </p>
      <div className="an-charts" data-testid="sweep-chart">
        <figure className="an-chart">
          <figcaption>Clients per service tier</figcaption>
          <Chart
            option={clients}
            height={240}
            label={`Clients per service tier along ${name}`}
            testId="sweep-chart-clients"
          />
        </figure>
        <figure className="an-chart">
          <figcaption>CSMs required</figcaption>
          <Chart
            option={csms}
            height={240}
            label={`CSMs required along ${name}`}
            testId="sweep-chart-csms"
          />
        </figure>
        <figure className="an-chart">
          <figcaption>
            Gross margin per tier (dotted: each tier’s target)
          </figcaption>
          <Chart
            option={margin}
            height={240}
            label={`Gross margin per tier along ${name}`}
            testId="sweep-chart-margin"
          />
        </figure>
      </div>
      <CliffList run={run} />
    </div>
  );
}

function CliffList({ run }: { readonly run: SweepRun }) {
  const { result } = run;
  const { parameter, range, cliff_clients } = result;
  const cliffs = cliffSteps(result);
  const rule = `a one-unit change that moves at least ${formatCountOf(cliff_clients, 'client')} (1 % of the portfolio, never fewer than 2) and either twice the usual move of the three steps on each side or 5 % of the portfolio at once`;

  return (
    <section className="an-cliffs">
      <h3 className="an-subtitle">
        Cliffs <span className="an-subtitle__note">{rule}</span>
      </h3>
      {parameter.kind === 'csm_ratio' ? (
        <p className="ui-flag-line" data-testid="sweep-cliffs">
          A ratio moves no client between tiers, so it has no cliffs; the charts
          show what it does to CSMs and margins.
        </p>
      ) : cliffs.length === 0 ? (
        <p className="ui-flag-line" data-testid="sweep-cliffs">
          No cliff in this range: no one-unit change moves{' '}
          {formatCount(cliff_clients)} clients or more and stands out from the
          steps around it, and none moves 5 % of the portfolio.
        </p>
      ) : (
        <ul className="an-cliff-list" data-testid="sweep-cliffs">
          {cliffs.map((step) => (
            <li key={step.value} data-testid="sweep-cliff">
              {describeCliff(
                parameter,
                step.value,
                range.unit,
                step.unit_flips,
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
