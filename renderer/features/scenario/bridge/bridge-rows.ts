/**
 * The margin bridge as the Bridge tab lays it out: the table's rows and
 * the waterfall's steps, each figure the worker's BridgeRow as it came
 * (the steps' bases are where the previous bars end, read from the same
 * row: layout, not new figures).
 */
import type { Tier } from '../../../../shared/domain';
import type { BridgeRow } from '../../../../shared/scenario/types';
import type { PolicyFigures } from '../../../worker/messages';

/** A bridge row's name: its tier, or Total. */
export function bridgeLabel(segment: Tier | null): string {
  return segment ?? 'Total';
}

/** A bridge row's gross margin before and after, as the engine computed each side's. */
export type RowMargins = {
  readonly before: number | null;
  readonly after: number | null;
};

/** A segment's gross margin in a policy's figures (the total for null). */
export function marginOf(
  figures: PolicyFigures,
  segment: Tier | null,
): number | null {
  if (segment === null) return figures.total.gross_margin;
  return (
    figures.segments.find((s) => s.segment === segment)?.gross_margin ?? null
  );
}

/** The margins of a bridge row from the two policies' figures. */
export function rowMargins(
  row: BridgeRow,
  before: PolicyFigures,
  after: PolicyFigures,
): RowMargins {
  return {
    before: marginOf(before, row.segment),
    after: marginOf(after, row.segment),
  };
}

/** The parts of a bridge row, in the order the table and chart show them. */
export const BRIDGE_COLUMNS = [
  { id: 'before', field: 'before_cents', header: 'Gross profit before' },
  { id: 'volume', field: 'volume_cents', header: 'Volume' },
  { id: 'mix', field: 'mix_cents', header: 'Tier mix' },
  { id: 'price', field: 'price_cents', header: 'Price' },
  { id: 'cost', field: 'cost_cents', header: 'Cost to serve' },
  { id: 'total', field: 'total_cents', header: 'Change' },
  { id: 'after', field: 'after_cents', header: 'Gross profit after' },
] as const satisfies readonly {
  id: string;
  field: keyof BridgeRow;
  header: string;
}[];

/** One bar of the waterfall, in cents: the span it covers and its figure. */
export type WaterfallStep = {
  readonly label: string;
  /** The bar spans low…high (the before and after bars start at 0). */
  readonly low: number;
  readonly high: number;
  /** The figure itself (signed), as the table shows it. */
  readonly value: number;
  readonly kind: 'total' | 'up' | 'down';
};

const STEPS = [
  ['Volume', 'volume_cents'],
  ['Tier mix', 'mix_cents'],
  ['Price', 'price_cents'],
  ['Cost to serve', 'cost_cents'],
] as const;

/**
 * The waterfall of a row: before, the four effects each floating where
 * the last one ended, then after.
 */
export function waterfallSteps(row: BridgeRow): WaterfallStep[] {
  const steps: WaterfallStep[] = [total('Before', row.before_cents)];
  let level = row.before_cents;
  for (const [label, field] of STEPS) {
    const value = row[field];
    const next = level + value;
    const [low, high] = level <= next ? [level, next] : [next, level];
    steps.push({ label, low, high, value, kind: value < 0 ? 'down' : 'up' });
    level = next;
  }
  steps.push(total('After', row.after_cents));
  return steps;
}

function total(label: string, value: number): WaterfallStep {
  const [low, high] = value < 0 ? [value, 0] : [0, value];
  return { label, low, high, value, kind: 'total' };
}

/**
 * A span as three stacked bars (positive values stack up from 0, negative
 * down): an invisible base, then the visible part above and below 0.
 */
export function stackParts(step: WaterfallStep): {
  base: number;
  above: number;
  below: number;
} {
  if (step.low >= 0)
    return { base: step.low, above: step.high - step.low, below: 0 };
  if (step.high <= 0)
    return { base: step.high, above: 0, below: step.low - step.high };
  return { base: 0, above: step.high, below: step.low };
}
