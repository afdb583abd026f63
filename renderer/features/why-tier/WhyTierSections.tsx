/**
 * The sections of the "Why this tier" card for one client under one
 * policy: the rule behind each of its tiers, its distance to the next
 * threshold either way, and its economics one tier down and one up.
 */
import type { TierExplanation } from '../../../shared/scenario/types';
import { TargetMark, TierBadge } from '../../ui/TierBadge';
import {
  DIMENSION_LABELS,
  describeEconomics,
  describePosition,
  type Dimension,
} from './why-tier-text';

const DIMENSIONS: readonly Dimension[] = ['workers', 'arr', 'countries'];

/** Section headings one level under the card's, or under a pair side's. */
export type HeadingLevel = 3 | 4;

function Heading({
  level,
  children,
}: {
  readonly level: HeadingLevel;
  readonly children: string;
}) {
  return level === 3 ? <h3>{children}</h3> : <h4>{children}</h4>;
}

const BASIS_WORDS: Readonly<Record<TierExplanation['size_basis'], string>> = {
  workers: 'workers',
  arr: 'ARR',
  higher: 'the higher of workers and ARR',
  lower: 'the lower of workers and ARR',
};

/** Which rule set its service tier, size tier, complexity and override. */
export function TierRules({
  explanation: e,
  level = 3,
}: {
  readonly explanation: TierExplanation;
  readonly level?: HeadingLevel;
}) {
  // Which dimension gave the size tier says something only on a combined basis.
  const combined = e.size_basis === 'higher' || e.size_basis === 'lower';
  const from =
    !combined || e.primary_from === null
      ? ''
      : `: the ${e.primary_from === 'arr' ? 'ARR' : 'worker'} tier`;
  return (
    <section className="wt-section" data-testid="why-tier-rules">
      <Heading level={level}>How its tiers were set</Heading>
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

/** How far each dimension is from the next threshold up and down. */
export function Thresholds({
  explanation,
  currency,
  level = 3,
}: {
  readonly explanation: TierExplanation;
  readonly currency: string;
  readonly level?: HeadingLevel;
}) {
  return (
    <section className="wt-section">
      <Heading level={level}>Distance to the next threshold</Heading>
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

/** Its monthly economics in its service tier, one down and one up. */
export function Economics({
  explanation,
  currency,
  level = 3,
}: {
  readonly explanation: TierExplanation;
  readonly currency: string;
  readonly level?: HeadingLevel;
}) {
  const rows = describeEconomics(explanation, currency);
  return (
    <section className="wt-section">
      <Heading level={level}>
        Its economics a month, one tier down and one up
      </Heading>
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
