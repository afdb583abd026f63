import { useCallback, useMemo, type ReactNode } from 'react';

import { useShallow } from 'zustand/react/shallow';

import { useWorkspaceStore } from '../../../app/workspace-store';
import { ExportButtons } from '../../../ui/ExportButtons';
import { useDebouncedValue } from '../../../ui/use-debounced-value';
import { formatCountOf } from '../../../ui/format';
import { Panel } from '../../../ui/Panel';
import { saveFile } from '../../../platform/index';
import type { CompareOutput } from '../../../worker/messages';
import { exportFileName } from '../../portfolio/portfolio-export';
import {
  useExportAction,
  type ExportFormat,
} from '../../portfolio/use-portfolio-export';
import {
  MAX_COMPARED,
  defaultCompared,
  toggleCompared,
} from '../scenario-comparison';
import { useComparedScenarios } from '../use-compared-scenarios';
import { CompareCharts } from './CompareCharts';
import {
  bridgeSheet,
  comparisonSheet,
  moversSheet,
  segmentsSheet,
} from './compare-export';
import { setCompared, useScenarioView } from './scenario-view-store';
import { requestAnalysis } from './use-engine-result';
import type { NamedPolicy } from './use-scenario-policies';
import type { Policy } from '../../../../shared/policy';
import { CompareTable } from './CompareTable';
import { sheetToCsv, toWorkbook } from './workbook';

/** How long edits pause before the charts are redrawn. */
const CHART_PAUSE_MS = 200;

const MIME = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The scenario ids Compare shows: the user's pick, or the default. */
function useComparedIds(): string[] {
  const ids = useWorkspaceStore(
    useShallow((s) => s.scenarios.map((x) => x.id)),
  );
  const activeId = useWorkspaceStore((s) => s.activeScenarioId);
  const picked = useScenarioView((s) => s.compared);
  return useMemo(
    () =>
      // Columns in list order, however they were picked, so the same
      // scenarios always compare (and export) alike.
      picked
        ? ids.filter((id) => picked.includes(id))
        : defaultCompared(ids, activeId, MAX_COMPARED),
    [picked, ids, activeId],
  );
}

/**
 * The baseline and up to four scenarios side by side, each figure with its
 * change against the baseline, charts of the same, and the exports.
 * `children` (the active scenario's editor) shows under them, so an edit
 * and its effect are on one screen.
 */
export function CompareTab({ children }: { readonly children?: ReactNode }) {
  const ids = useComparedIds();
  const { output, pending, error, policies } = useComparedScenarios(ids);
  const currency = useWorkspaceStore((s) => s.currency);
  const exporter = useCompareExport(output, policies);
  // The table follows every edit; the charts once the edits pause.
  const charted = useDebouncedValue(output, CHART_PAUSE_MS);

  return (
    <>
      <Panel
        title="Side by side"
        note={
          <span data-testid="compare-status">
            {error
              ? `The comparison could not be computed: ${error}`
              : pending
                ? 'Updating…'
                : `Up to ${MAX_COMPARED} scenarios, each against the baseline${
                    output ? ` · computed in ${output.ms.toFixed(0)} ms` : ''
                  }`}
          </span>
        }
        actions={
          <>
            <ExportButtons
              testId="compare-export"
              busy={exporter.busy}
              disabled={!output}
              onExport={(format) => void exporter.run(format)}
            />
          </>
        }
      >
        <ComparePicks selected={ids} />
        {output ? (
          <CompareTableView output={output} currency={currency} />
        ) : (
          <p className="ui-flag-line">Computing the comparison…</p>
        )}
      </Panel>
      {charted && <CompareCharts output={charted} currency={currency} />}
      {children}
    </>
  );
}

function CompareTableView({
  output,
  currency,
}: {
  readonly output: CompareOutput;
  readonly currency: string;
}) {
  return (
    <>
      <CompareTable output={output} currency={currency} />
      {output.scenarios.length === 0 && (
        <p className="ui-flag-line">
          Create a scenario, or pick one above, to compare it with the baseline.
        </p>
      )}
    </>
  );
}

/** The checkboxes that pick the compared scenarios, at most four. */
function ComparePicks({ selected }: { readonly selected: readonly string[] }) {
  const scenarios = useWorkspaceStore(useShallow((s) => s.scenarios));
  if (scenarios.length === 0) return null;
  const full = selected.length >= MAX_COMPARED;
  return (
    <div className="ui-toolbar sc-cmp__picks">
      <span className="muted">Compare</span>
      {scenarios.map((s) => {
        const on = selected.includes(s.id);
        return (
          <label key={s.id} className="ui-toggle">
            <input
              type="checkbox"
              data-testid="compare-pick"
              data-name={s.name}
              checked={on}
              disabled={!on && full}
              title={
                !on && full ? `At most ${MAX_COMPARED} at once` : undefined
              }
              onChange={() =>
                setCompared(toggleCompared(selected, s.id, MAX_COMPARED))
              }
            />
            {s.name}
          </label>
        );
      })}
    </div>
  );
}

/**
 * The comparison's exports: CSV of the side-by-side table; XLSX with it,
 * every policy's figures per segment, who moves and the bridge of each
 * scenario (its movers asked of the worker when exported).
 */
function useCompareExport(
  output: CompareOutput | null,
  policies: readonly NamedPolicy[],
) {
  const period = useWorkspaceStore((s) => s.period);
  const baseline = useWorkspaceStore((s) => s.baselinePolicy);
  const write = useCallback(
    async (format: ExportFormat) => {
      if (!output) return null;
      const name = exportFileName(period, null, format, 'comparison');
      const table = comparisonSheet(output);
      const data =
        format === 'csv'
          ? sheetToCsv(table)
          : await toWorkbook([
              table,
              segmentsSheet(output),
              moversSheet(await moversOf(output, baseline, policies), true),
              bridgeSheet(output),
            ]);
      const saved = await saveFile(name, data, MIME[format]);
      return saved ? { name, rows: table.rows.length } : null;
    },
    [output, period, baseline, policies],
  );
  return useExportAction(write, (n) => formatCountOf(n, 'comparison row'));
}

/** Who moves from the baseline to each compared scenario, asked of the worker. */
async function moversOf(
  output: CompareOutput,
  baseline: Policy,
  policies: readonly NamedPolicy[],
) {
  return Promise.all(
    output.scenarios.map(async (s) => {
      const policy = policies.find((p) => p.id === s.id)?.policy;
      if (!policy) return { scenario: s.name, movers: [] };
      const pair = await requestAnalysis('pair', {
        before: baseline,
        after: policy,
      });
      return { scenario: s.name, movers: pair.movers };
    }),
  );
}
