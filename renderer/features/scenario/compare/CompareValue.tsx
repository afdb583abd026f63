import { TargetMark } from '../../../ui/TierBadge';
import {
  formatFigure,
  formatFigureDelta,
  formatPercent,
  type FigureKind,
} from '../../../ui/format';
import type { CompareCell } from '../scenario-comparison';

const TONE = { better: 'good', worse: 'bad', neutral: 'neutral' } as const;

/**
 * One compared figure; a scenario's carries its change against the
 * baseline under it, coloured by whether it moves toward the targets
 * (`data-direction` better, worse or neutral).
 */
export function CompareValue({
  testId,
  kind,
  cell,
  withDelta,
  currency,
}: {
  /** The value's test id; the delta's is the same + `-delta`. */
  readonly testId: string;
  readonly kind: FigureKind;
  readonly cell: CompareCell;
  readonly withDelta: boolean;
  readonly currency: string;
}) {
  const tone = TONE[cell.direction];
  return (
    <span className="ui-figure">
      <span className="ui-figure__main">
        <span className="ui-figure__value" data-testid={testId}>
          {formatFigure(kind, cell.value, currency)}
        </span>
        {cell.target && (
          <TargetMark
            met={cell.target.met}
            title={`Target: above ${formatPercent(cell.target.gm, 0)}`}
          />
        )}
      </span>
      {withDelta && (
        <span
          className={`ui-delta ui-delta--${tone}`}
          data-testid={`${testId}-delta`}
          data-direction={cell.direction}
          data-tone={tone}
        >
          {formatFigureDelta(kind, cell.change, currency) || '—'}
        </span>
      )}
    </span>
  );
}
