/**
 * The comparison as export tables: the side-by-side figures, each
 * policy's figures per segment, who moves and the margin bridge of each
 * scenario against the baseline. Money in currency units with cents,
 * margins as fractions, counts as integers; unknown figures are blanks.
 */
import type { Mover } from '../../../../shared/scenario/types';
import type { FigureKind } from '../../../ui/format';
import type { CompareOutput, PolicyFigures } from '../../../worker/messages';
import {
  fraction,
  money,
  type ExportKind,
  type ExportValue,
} from '../../portfolio/portfolio-export';
import { bridgeLabel } from '../bridge/bridge-rows';
import { moverRuleText } from '../movers/mover-rules';
import {
  COMPARE_FIGURES,
  COMPARE_ROW_KEYS,
  buildComparison,
  rowLabel,
  segmentOf,
} from '../scenario-comparison';
import type { Sheet } from './workbook';

const KIND: Record<FigureKind, ExportKind> = {
  money: 'money',
  percent: 'fraction',
  count: 'count',
  number: 'number',
};

function figureValue(kind: FigureKind, value: number | null): ExportValue {
  if (kind === 'money') return money(value);
  if (kind === 'percent') return fraction(value);
  return value;
}

/** Figure, segment, the baseline, then each scenario and its change. */
export function comparisonSheet(output: CompareOutput): Sheet {
  const rows = buildComparison(output);
  const header = [
    'figure',
    'segment',
    'Baseline',
    ...output.scenarios.flatMap((s) => [s.name, `${s.name} change`]),
  ];
  return {
    name: 'Comparison',
    header,
    rows: rows.map((row) => {
      const kind = row.figure.kind;
      return [
        row.figure.exportName,
        rowLabel(row.key),
        figureValue(kind, row.baseline.value),
        ...row.scenarios.flatMap((cell) => [
          figureValue(kind, cell.value),
          figureValue(kind, cell.change),
        ]),
      ];
    }),
    kindOf: (r, c) => (c < 2 ? 'text' : KIND[rows[r]!.figure.kind]),
  };
}

const SEGMENT_COLUMNS: readonly {
  readonly name: string;
  readonly kind: ExportKind;
  readonly get: (
    f: PolicyFigures,
    key: (typeof COMPARE_ROW_KEYS)[number],
  ) => ExportValue;
}[] = [
  ...COMPARE_FIGURES.map((figure) => ({
    name: figure.exportName,
    kind: KIND[figure.kind],
    get: (f: PolicyFigures, key: (typeof COMPARE_ROW_KEYS)[number]) =>
      figureValue(figure.kind, figure.get(f, key)),
  })),
  {
    name: 'gm_target',
    kind: 'fraction',
    get: (f, key) =>
      key === 'total' ? null : fraction(segmentOf(f, key).gm_target),
  },
  {
    name: 'gm_target_met',
    kind: 'flag',
    get: (f, key) => (key === 'total' ? null : segmentOf(f, key).gm_target_met),
  },
];

/** Every policy's figures per segment, one row a policy and segment. */
export function segmentsSheet(output: CompareOutput): Sheet {
  const policies = [
    { name: 'Baseline', figures: output.baseline as PolicyFigures },
    ...output.scenarios.map((s) => ({
      name: s.name,
      figures: s as PolicyFigures,
    })),
  ];
  const columns = [
    { name: 'policy', kind: 'text' as ExportKind },
    { name: 'segment', kind: 'text' as ExportKind },
    ...SEGMENT_COLUMNS,
  ];
  return {
    name: 'Segments',
    header: columns.map((c) => c.name),
    rows: policies.flatMap((p) =>
      COMPARE_ROW_KEYS.map((key) => [
        p.name,
        rowLabel(key),
        ...SEGMENT_COLUMNS.map((c) => c.get(p.figures, key)),
      ]),
    ),
    kindOf: (_r, c) => columns[c]!.kind,
  };
}

/** The columns of a movers table (the Who moves export, and the workbook's). */
export const MOVER_COLUMNS: readonly {
  readonly name: string;
  readonly kind: ExportKind;
  readonly get: (m: Mover) => ExportValue;
}[] = [
  { name: 'client_id', kind: 'text', get: (m) => m.client_id },
  { name: 'name', kind: 'text', get: (m) => m.name },
  { name: 'from', kind: 'text', get: (m) => m.from ?? 'Unassigned' },
  { name: 'to', kind: 'text', get: (m) => m.to ?? 'Unassigned' },
  { name: 'rules', kind: 'text', get: (m) => moverRuleText(m.rules) },
  { name: 'workers', kind: 'count', get: (m) => m.workers },
  { name: 'countries', kind: 'count', get: (m) => m.countries },
  {
    name: 'revenue_before',
    kind: 'money',
    get: (m) => money(m.revenue_before_cents),
  },
  {
    name: 'revenue_after',
    kind: 'money',
    get: (m) => money(m.revenue_after_cents),
  },
  {
    name: 'revenue_change',
    kind: 'money',
    get: (m) => money(m.revenue_change_cents),
  },
  {
    name: 'cost_before',
    kind: 'money',
    get: (m) => money(m.cost_before_cents),
  },
  { name: 'cost_after', kind: 'money', get: (m) => money(m.cost_after_cents) },
  {
    name: 'cost_change',
    kind: 'money',
    get: (m) => money(m.cost_change_cents),
  },
];

/** Movers as a sheet; with `scenario` set, a first column names it. */
export function moversSheet(
  groups: readonly {
    readonly scenario: string;
    readonly movers: readonly Mover[];
  }[],
  withScenario: boolean,
): Sheet {
  const lead = withScenario
    ? [{ name: 'scenario', kind: 'text' as ExportKind }]
    : [];
  const columns = [...lead, ...MOVER_COLUMNS];
  return {
    name: 'Movers',
    header: columns.map((c) => c.name),
    rows: groups.flatMap((g) =>
      g.movers.map((m) => [
        ...(withScenario ? [g.scenario] : []),
        ...MOVER_COLUMNS.map((c) => c.get(m)),
      ]),
    ),
    kindOf: (_r, c) => columns[c]!.kind,
  };
}

const BRIDGE_PARTS = [
  'before_cents',
  'volume_cents',
  'mix_cents',
  'price_cents',
  'cost_cents',
  'total_cents',
  'after_cents',
] as const;

/** Each scenario's margin bridge from the baseline, rows per segment. */
export function bridgeSheet(output: CompareOutput): Sheet {
  const header = [
    'scenario',
    'segment',
    ...BRIDGE_PARTS.map((p) => `gross_profit_${p.replace('_cents', '')}`),
  ];
  return {
    name: 'Bridge',
    header,
    rows: output.scenarios.flatMap((s) =>
      s.bridge.map((row) => [
        s.name,
        bridgeLabel(row.segment),
        ...BRIDGE_PARTS.map((p) => row[p] / 100),
      ]),
    ),
    kindOf: (_r, c) => (c < 2 ? 'text' : 'money'),
  };
}
