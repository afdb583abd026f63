import { useEffect, useRef, type RefObject } from 'react';

import { useWorkspaceStore } from '../../app/workspace-store';
import {
  useWhyTierView,
  type ExplainedSide,
  type WhyTierView,
} from './use-why-tier-view';
import { closeWhyTier } from './why-tier-store';
import { PairSummary } from './WhyTierPair';
import { Economics, Thresholds, TierRules } from './WhyTierSections';

import '../../styles/analysis.css';

/**
 * "Why this tier": a drawer explaining one client, under the policy on
 * show (the active scenario, or the baseline) or, opened with a pair,
 * under both of its policies: the rule behind each tier, how far it is
 * from the next line either way, and its economics one tier down and one
 * up. Mounted once in the app; any screen opens it.
 */
export function WhyTierCard() {
  const columns = useWorkspaceStore((s) => s.columns);
  const currency = useWorkspaceStore((s) => s.currency);
  const view = useWhyTierView();

  // Another period means other clients at the same index: close.
  const shownColumns = useRef(columns);
  useEffect(() => {
    if (shownColumns.current !== columns) {
      shownColumns.current = columns;
      closeWhyTier();
    }
  }, [columns]);

  if (!view) return null;
  return <WhyTierDrawer view={view} currency={currency} />;
}

/** `under the baseline policy`, or `Baseline → Raise Mid-Market`. */
function subtitleOf(view: WhyTierView): string {
  const [first, second] = view.sides;
  const id = first!.explanation.client_id;
  return view.pair
    ? `Client ${id}: ${first!.name} → ${second!.name}`
    : `Client ${id} under ${first!.name}`;
}

function WhyTierDrawer({
  view,
  currency,
}: {
  readonly view: WhyTierView;
  readonly currency: string;
}) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useCloseKeys(closeRef);
  const explanation = view.sides[0]!.explanation;
  const titleId = 'why-tier-title';
  return (
    <>
      <div className="wt-backdrop" onClick={closeWhyTier} aria-hidden="true" />
      <aside
        className={`wt-card${view.pair ? ' wt-card--pair' : ''}`}
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
            <p className="wt-card__sub" data-testid="why-tier-subtitle">
              {subtitleOf(view)}
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
          {view.pair ? (
            <PairBody sides={view.sides} currency={currency} />
          ) : (
            <SideSections side={view.sides[0]!} currency={currency} />
          )}
        </div>
      </aside>
    </>
  );
}

/** Focus on the close button while open, Escape closes, focus goes back after. */
function useCloseKeys(closeRef: RefObject<HTMLButtonElement | null>) {
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
  }, [closeRef]);
}

function SideSections({
  side,
  currency,
  level = 3,
}: {
  readonly side: ExplainedSide;
  readonly currency: string;
  readonly level?: 3 | 4;
}) {
  const e = side.explanation;
  return (
    <>
      <TierRules explanation={e} level={level} />
      <Thresholds explanation={e} currency={currency} level={level} />
      <Economics explanation={e} currency={currency} level={level} />
    </>
  );
}

/** The pair side by side, then each side in full: before, then after. */
function PairBody({
  sides,
  currency,
}: {
  readonly sides: readonly ExplainedSide[];
  readonly currency: string;
}) {
  const [from, to] = sides as [ExplainedSide, ExplainedSide];
  return (
    <>
      <PairSummary from={from} to={to} currency={currency} />
      {sides.map((side) => (
        <section
          key={side.key}
          className="wt-side"
          data-testid={`why-tier-side-${side.key}`}
          aria-label={`Under ${side.name}`}
        >
          <h3 className="wt-side__title">
            {side.key === 'from' ? 'Before' : 'After'}: {side.name}
          </h3>
          <SideSections side={side} currency={currency} level={4} />
        </section>
      ))}
    </>
  );
}
