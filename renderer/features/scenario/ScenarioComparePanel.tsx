import { useMemo, useState } from 'react';

import { useShallow } from 'zustand/react/shallow';

import { useWorkspaceStore } from '../../app/workspace-store';
import { Figure } from '../../ui/Figure';
import { Panel } from '../../ui/Panel';
import {
  MAX_COMPARED,
  buildComparison,
  toggleCompared,
} from './scenario-comparison';
import { useComparedScenarios } from './use-compared-scenarios';

/** Up to four scenarios side by side, each against the baseline. */
export function ScenarioComparePanel() {
  const scenarios = useWorkspaceStore(useShallow((s) => s.scenarios));
  const activeId = useWorkspaceStore((s) => s.activeScenarioId);
  const columns = useWorkspaceStore((s) => s.columns);
  const baseline = useWorkspaceStore((s) => s.baseline);
  const currency = useWorkspaceStore((s) => s.currency);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const ids = useMemo(
    () =>
      (
        chosen ??
        defaultChoice(
          scenarios.map((s) => s.id),
          activeId,
        )
      ).filter((id) => scenarios.some((s) => s.id === id)),
    [chosen, scenarios, activeId],
  );
  // One scenario is already the summary above: compare from two on.
  const compared = useComparedScenarios(
    scenarios.length < 2 ? [] : ids,
    columns,
  );
  const rows = useMemo(
    () => (baseline ? buildComparison(baseline, compared) : []),
    [baseline, compared],
  );

  if (scenarios.length < 2 || !baseline) return null;

  return (
    <Panel
      title="Compare scenarios"
      note={`Up to ${MAX_COMPARED} side by side; each change is against the baseline`}
    >
      <div className="ui-toolbar sc-compare__pick">
        {scenarios.map((s) => (
          <label key={s.id} className="ui-toggle">
            <input
              type="checkbox"
              data-testid={`compare-pick-${s.id}`}
              checked={ids.includes(s.id)}
              disabled={!ids.includes(s.id) && ids.length >= MAX_COMPARED}
              onChange={() => setChosen(toggleCompared(ids, s.id))}
            />
            {s.name}
          </label>
        ))}
      </div>
      <table className="ui-table" data-testid="scenario-compare">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col" className="ui-num">
              Baseline
            </th>
            {compared.map((s) => (
              <th key={s.id} scope="col" className="ui-num">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              <td className="ui-num">
                <Figure
                  kind={row.kind}
                  value={row.baseline}
                  currency={currency}
                />
              </td>
              {row.values.map((value, i) => (
                <td key={compared[i]!.id} className="ui-num">
                  <Figure
                    testId={`compare-${row.id}-${i}`}
                    kind={row.kind}
                    value={value}
                    baseline={row.id === 'movers' ? undefined : row.baseline}
                    direction={row.direction}
                    currency={currency}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}

function defaultChoice(ids: readonly string[], activeId: string | null) {
  const first = activeId && ids.includes(activeId) ? [activeId] : [];
  const rest = ids.filter((id) => id !== activeId);
  return [...first, ...rest].slice(0, MAX_COMPARED);
}
