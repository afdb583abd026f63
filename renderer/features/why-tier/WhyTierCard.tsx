import { useEffect, useMemo, useRef } from 'react';

import type { ClientColumns } from '../../../shared/columns';
import type { PortfolioResult } from '../../../shared/engine/types';
import type { Policy } from '../../../shared/policy';
import { explainClient } from '../../../shared/scenario/explain';
import type { TierExplanation } from '../../../shared/scenario/types';
import { useWorkspaceStore } from '../../app/workspace-store';
import { TargetMark, TierBadge } from '../../ui/TierBadge';
import { closeWhyTier, useWhyTierStore } from './why-tier-store';
import {
  DIMENSION_LABELS,
  describeEconomics,
  describePosition,
  type Dimension,
} from './why-tier-text';

import '../../styles/analysis.css';

const DIMENSIONS: readonly Dimension[] = ['workers', 'arr', 'countries'];

/**
 * "Why this tier": a drawer explaining one client under the policy on
 * show (the active scenario, or the baseline): the rule behind each tier,
 * how far it is from the next line either way, and its economics one tier
 * down and one up. Mounted once in the app; any screen opens it.
 */
export function WhyTierCard() {
  const index = useWhyTierStore((s) => s.index);
  const columns = useWorkspaceStore((s) => s.columns);
  const onScenario = useWorkspaceStore(
    (s) => s.scenarioPolicy !== null && s.scenario !== null,
  );
  const policy = useWorkspaceStore((s) =>
    onScenario ? s.scenarioPolicy! : s.baselinePolicy,
  );
  const result = useWorkspaceStore((s) =>
    onScenario ? s.scenario : s.baseline,
  );
  const currency = useWorkspaceStore((s) => s.currency);

  // Another period means other clients at the same index: close.
  const shownColumns = useRef(columns);
  useEffect(() => {
    if (shownColumns.current !== columns) {
      shownColumns.current = columns;
      closeWhyTier();
    }
  }, [columns]);

  const explanation = useMemo(
    () => explain(columns, policy, result, index),
    [columns, policy, result, index],
  );
  if (index === null || !explanation) return null;

  return (
    <WhyTierDrawer
      explanation={explanation}
      policyName={
        onScenario ? `the scenario ${policy.name}` : 'the baseline policy'
      }
      currency={currency}
    />
  );
}

function explain(
  columns: ClientColumns | null,
  policy: Policy,
  result: PortfolioResult | null,
  index: number | null,
): TierExplanation | null {
  if (index === null || !columns || !result || index >= columns.length)
    return null;
  return explainClient(columns, { policy, result }, index);
}

function WhyTierDrawer({
  explanation,
  policyName,
  currency,
}: {
  readonly explanation: TierExplanation;
  readonly policyName: string;
  readonly currency: string;
}) {
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      closeWhyTier();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      before?.focus?.();
    };
  }, []);

  const titleId = 'why-tier-title';
  return (
    <>
      <div className="wt-backdrop" onClick={closeWhyTier} aria-hidden="true" />
      <aside
        className="wt-card"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="why-tier-card"
        data-client-id={explanation.client_id}
      >
        <header className="wt-card__header">
          <div>
            <h2 className="wt-card__title" id={titleId}>
              Why this tier: {explanation.name || explanation.client_id}
            </h2>
            <p className="wt-card__sub">
              Client {explanation.client_id} under {policyName}
            </p>
          </div>
          <button
            type="button"
            ref={closeRef}
            className="button wt-card__close"
            data-testid="why-tier-close"
            aria-label="Close the explanation"
            onClick={closeWhyTier}
          >
            Close
          </button>
        </header>
        <div className="wt-card__body">
          <TierRules explanation={explanation} />
          <Thresholds explanation={explanation} currency={currency} />
          <Economics explanation={explanation} currency={currency} />
        </div>
      </aside>
    </>
  );
}

const BASIS_WORDS: Readonly<Record<TierExplanation['size_basis'], string>> = {
  workers: 'workers',
  arr: 'ARR',
  higher: 'the higher of workers and ARR',
  lower: 'the lower of workers and ARR',
};

function TierRules({
  explanation: e,
}: {
  readonly explanation: TierExplanation;
}) {
  // Which dimension gave the size tier says something only on a combined basis.
  const combined = e.size_basis === 'higher' || e.size_basis === 'lower';
  const from =
    !combined || e.primary_from === null
      ? ''
      : `: the ${e.primary_from === 'arr' ? 'ARR' : 'worker'} tier`;
  return (
    <section className="wt-section" data-testid="why-tier-rules">
      <h3>How its tiers were set</h3>
      <dl className="wt-tiers">
        <dt>Service tier</dt>
        <dd data-testid="why-tier-service">
          <TierBadge tier={e.service} />
        </dd>
        <dt>Size tier</dt>
        <dd>
          <TierBadge tier={e.primary} /> on {BASIS_WORDS[e.size_basis]}
          {from}
        </dd>
        <dt>Complexity</dt>
        <dd>
          {e.complexity ?? 'Unassigned'}
          {e.uplift > 0
            ? `, raising the service tier by ${e.uplift}`
            : ', no uplift'}
        </dd>
        {e.override && (
          <>
            <dt>Override</dt>
            <dd>
              <TierBadge tier={e.override} /> set by an approved override
            </dd>
          </>
        )}
      </dl>
      <ol className="wt-reasons" data-testid="why-tier-reasons">
        {e.reasons.map((reason, i) => (
          <li key={i}>{reason}</li>
        ))}
      </ol>
    </section>
  );
}

function Thresholds({
  explanation,
  currency,
}: {
  readonly explanation: TierExplanation;
  readonly currency: string;
}) {
  return (
    <section className="wt-section">
      <h3>Distance to the next threshold</h3>
      <table className="ui-table wt-table" data-testid="why-tier-thresholds">
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col" className="ui-num">
              Now
            </th>
            <th scope="col">Gives</th>
            <th scope="col">Next up</th>
            <th scope="col">Next down</th>
          </tr>
        </thead>
        <tbody>
          {DIMENSIONS.map((dimension) => {
            const text = describePosition(
              dimension,
              explanation[dimension],
              currency,
            );
            return (
              <tr
                key={dimension}
                data-testid={`why-tier-threshold-${dimension}`}
              >
                <th scope="row">{DIMENSION_LABELS[dimension]}</th>
                <td className="ui-num">{text.value}</td>
                <td>{text.level}</td>
                <td>{text.up}</td>
                <td>{text.down}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function Economics({
  explanation,
  currency,
}: {
  readonly explanation: TierExplanation;
  readonly currency: string;
}) {
  const rows = describeEconomics(explanation, currency);
  return (
    <section className="wt-section">
      <h3>Its economics a month, one tier down and one up</h3>
      <table className="ui-table wt-table" data-testid="why-tier-economics">
        <thead>
          <tr>
            <th scope="col">Served as</th>
            <th scope="col" className="ui-num">
              Revenue
            </th>
            <th scope="col" className="ui-num">
              Cost to serve
            </th>
            <th scope="col" className="ui-num">
              Margin
            </th>
            <th scope="col" className="ui-num">
              Target
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              className={row.key === 'current' ? 'wt-current' : undefined}
              data-testid={`why-tier-economics-${row.key}`}
            >
              <th scope="row">
                {row.label}
                {row.tier ? (
                  <>
                    {' '}
                    <TierBadge tier={row.tier} />
                  </>
                ) : null}
                {row.note && (
                  <span className="an-solved__note">{row.note}</span>
                )}
              </th>
              <td className="ui-num">{row.revenue}</td>
              <td className="ui-num">{row.cost}</td>
              <td className="ui-num">
                {row.margin}
                <TargetMark met={row.met} />
              </td>
              <td className="ui-num">{row.target}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
