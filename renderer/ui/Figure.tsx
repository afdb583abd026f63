import type { ReactNode } from 'react';

import { computeDelta, type DeltaDirection } from './delta';
import { formatFigure, formatFigureDelta, type FigureKind } from './format';

export type FigureProps = {
  /** data-testid of the value; the delta gets the same id + `-delta`. */
  readonly testId?: string;
  readonly kind: FigureKind;
  readonly value: number | null;
  /** The baseline figure; the delta shows only when this is given. */
  readonly baseline?: number | null;
  readonly direction?: DeltaDirection;
  readonly currency?: string;
  /** Shown after the value, e.g. a met / missed mark. */
  readonly suffix?: ReactNode;
};

/**
 * One figure, and with a scenario active its delta against the baseline,
 * coloured toward (good) or away from (bad) the target.
 */
export function Figure({
  testId,
  kind,
  value,
  baseline,
  direction = 'neutral',
  currency = 'USD',
  suffix,
}: FigureProps) {
  const hasBaseline = baseline !== undefined;
  const delta = hasBaseline ? computeDelta(value, baseline, direction) : null;

  return (
    <span className="ui-figure">
      <span className="ui-figure__main">
        <span className="ui-figure__value" data-testid={testId}>
          {formatFigure(kind, value, currency)}
        </span>
        {suffix}
      </span>
      {delta && (
        <span
          className={`ui-delta ui-delta--${delta.tone}`}
          data-testid={testId ? `${testId}-delta` : undefined}
          data-tone={delta.tone}
          title={`Baseline ${formatFigure(kind, delta.baseline, currency)}`}
        >
          {formatFigureDelta(kind, delta.change, currency)}
        </span>
      )}
    </span>
  );
}
