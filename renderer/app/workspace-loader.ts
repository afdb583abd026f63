/**
 * Loads the workspace from Dexie into the store and keeps the computed
 * results current. On a first start with nothing stored it generates the
 * sample portfolio in the worker and stores it, marked as sample data.
 */
import type { ClientColumns } from '../../shared/columns';
import type { Policy } from '../../shared/policy';
import { getDb } from '../db/db';
import {
  listPeriods,
  loadPeriodColumns,
  storeSample,
} from '../db/imports-repo';
import {
  loadBaselinePolicy,
  loadScenario,
  loadScenarios,
} from '../db/policies-repo';
import { getSetting } from '../db/settings-repo';
import { DEFAULT_USER_NAME } from '../db/user-name';
import { logger } from '../platform/index';
import { EngineError } from '../worker/engine-client';
import { overlay } from '../worker/wire-pack';

import { getComputeEngine } from './engines';
import { refreshHistoryFlags } from './history-flags';
import { useNavigationStore } from './navigation-store';
import { notify } from './notifications-store';
import { priorPeriod } from './periods';
import { isScreen } from './screens';
import { useWorkspaceStore, type ScenarioSummary } from './workspace-store';

/** The sample portfolio: seed, clients and quarters (DESIGN.md §5). */
export const SAMPLE_OPTIONS = { seed: 1, clients: 1500, quarters: 8 } as const;

const patch = (
  next: Parameters<ReturnType<typeof useWorkspaceStore.getState>['patch']>[0],
) => useWorkspaceStore.getState().patch(next);

/** The key of the columns the compute worker holds, and the latest compute. */
let dataKey: { key: string } | null = null;
let loads = 0;
let computeSeq = 0;

/** Loads everything stored (or the sample) and shows it. */
export async function loadWorkspace(): Promise<void> {
  patch({ status: 'loading', errorMessage: null });
  const started = performance.now();
  try {
    const db = getDb();
    if ((await listPeriods(db)).length === 0) await generateAndStoreSample();
    await loadPolicies();
    const screen = await getSetting(db, 'screen');
    if (isScreen(screen)) useNavigationStore.setState({ screen });
    const periods = await refreshPeriods();
    const stored = await getSetting(db, 'period');
    await showPeriod(
      stored && periods.includes(stored)
        ? stored
        : periods[periods.length - 1]!,
    );
    performance.measure('tierwise:load', { start: started });
  } catch (error) {
    fail('The workspace could not be loaded', error);
  }
}

/** Generates the sample portfolio in the worker and stores it. */
export async function generateAndStoreSample(): Promise<void> {
  const sample = await getComputeEngine().request('sample', SAMPLE_OPTIONS)
    .promise;
  await storeSample(getDb(), sample.name, sample.periods);
}

async function loadPolicies(): Promise<void> {
  const db = getDb();
  const baseline = await loadBaselinePolicy(db);
  if (baseline.problem) {
    notify({
      kind: 'warning',
      message: `The stored baseline policy was damaged and the defaults are used instead (${baseline.problem.message}).`,
    });
  }
  const { scenarios, problems } = await loadScenarios(db);
  for (const problem of problems) {
    notify({
      kind: 'warning',
      message: `A stored scenario could not be read and is left out: ${problem.message}`,
    });
  }
  const activeId = (await getSetting(db, 'activeScenarioId')) ?? null;
  const active = scenarios.find((s) => s.id === activeId) ?? null;
  patch({
    baselinePolicy: baseline.policy,
    scenarios: scenarios.map(toSummary),
    activeScenarioId: active?.id ?? null,
    scenarioPolicy: active?.policy ?? null,
    userName: (await getSetting(db, 'userName')) ?? DEFAULT_USER_NAME,
  });
  await refreshHistoryFlags();
}

/** A stored scenario as the screens list it. */
export function toSummary(s: {
  id: string;
  name: string;
  updatedAt: string;
}): ScenarioSummary {
  return { id: s.id, name: s.name, updatedAt: s.updatedAt };
}

/** Reads the stored periods into the store; returns them oldest first. */
export async function refreshPeriods(): Promise<string[]> {
  const heads = await listPeriods(getDb());
  const periods = heads.map((h) => h.period);
  patch({ periods });
  return periods;
}

/**
 * Loads a period's clients (with its prior quarter) and recomputes. A
 * caller that has the period's columns in hand (just stored) passes them
 * instead of reading them back.
 */
export async function showPeriod(
  period: string,
  known: ClientColumns | null = null,
): Promise<void> {
  const db = getDb();
  patch({ status: 'computing' });
  const head = await db.periods.get(period);
  const columns = known ?? (await loadPeriodColumns(db, period));
  if (!head || !columns) throw new Error(`no clients are stored for ${period}`);
  const before = priorPeriod(period);
  const prior = before ? await loadPeriodColumns(db, before) : null;
  const attached = await sendData(`${period}#${++loads}`, columns, prior);
  patch({
    period,
    columns: attached,
    isSample: head.isSample,
    sourceName: head.sourceName,
    currency: head.currency,
  });
  await recompute();
}

/** Gives the compute worker the columns; returns them with the prior laid over. */
async function sendData(
  key: string,
  columns: ClientColumns,
  prior: ClientColumns | null,
): Promise<ClientColumns> {
  const engine = getComputeEngine();
  const fromPrior = await engine.request('set-data', { key, columns, prior })
    .promise;
  dataKey = { key };
  // Not a spread: that would unpack every string column here and now.
  return overlay(columns, fromPrior);
}

/**
 * Recomputes the baseline and the active scenario for the period on show.
 * A result that a later recompute overtook is dropped.
 */
export async function recompute(): Promise<void> {
  const seq = ++computeSeq;
  const state = useWorkspaceStore.getState();
  if (!state.columns || !dataKey) return;
  patch({ status: 'computing' });
  try {
    const output = await computeWith(
      state.baselinePolicy,
      state.scenarioPolicy,
      state.columns,
    );
    if (seq !== computeSeq) return;
    patch({
      baseline: output.baseline,
      scenario: output.scenario,
      lastComputeMs: output.ms,
      status: 'ready',
      errorMessage: null,
    });
  } catch (error) {
    if (seq === computeSeq) fail('The figures could not be computed', error);
  }
}

async function computeWith(
  baseline: Policy,
  scenario: Policy | null,
  columns: ClientColumns,
) {
  const engine = getComputeEngine();
  if (!dataKey || engine.heldData() !== dataKey.key) {
    // The worker was stopped (a cancelled sweep, a crash) and lost the
    // columns, or holds another period's: send them again.
    await sendData(`resend#${++loads}`, columns, null);
  }
  return engine.request('compute', { key: dataKey!.key, baseline, scenario })
    .promise;
}

/** Reloads one scenario's policy into the store as the active one. */
export async function loadActiveScenario(id: string | null): Promise<void> {
  const stored = id ? await loadScenario(getDb(), id) : null;
  patch({
    activeScenarioId: stored?.id ?? null,
    scenarioPolicy: stored?.policy ?? null,
  });
}

function fail(what: string, error: unknown): void {
  const detail =
    error instanceof EngineError || error instanceof Error
      ? error.message
      : String(error);
  logger.error(what, error instanceof Error ? error : new Error(detail));
  patch({ status: 'error', errorMessage: `${what}: ${detail}` });
  notify({
    kind: 'error',
    message: `${what}: ${detail}. Reload the window to try again; if it keeps failing, restore a backup from Settings.`,
  });
}
