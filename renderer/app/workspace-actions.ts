/**
 * What the screens do to the workspace: pick a period, manage scenarios,
 * edit policies, import, load the sample. Each change is validated, stored
 * in Dexie and recomputed in the worker; the result lands in the store.
 * Every policy change is logged with who made it (policy-edits-repo), and
 * the log is what undo and redo (scenario-history-actions) work from.
 */
import type { ClientColumns } from '../../shared/columns';
import { clonePolicy, validatePolicy, type Policy } from '../../shared/policy';
import { exportBackup } from '../db/backup';
import { getDb } from '../db/db';
import {
  commitImport,
  storeSample,
  type ImportInput,
} from '../db/imports-repo';
import {
  BASELINE_ID,
  deleteStoredScenario,
  loadScenario,
  moveStoredScenario,
} from '../db/policies-repo';
import {
  storeBaselineEdit,
  storeScenarioEdit,
  type EditNote,
} from '../db/policy-edits-repo';
import { setSetting } from '../db/settings-repo';
import { DEFAULT_USER_NAME } from '../db/user-name';
import { logger, saveFile } from '../platform/index';

import { getComputeEngine } from './engines';
import { markEdited, refreshHistoryFlags } from './history-flags';
import { notify } from './notifications-store';
import { flushPendingEdits } from './pending-edits';
import { serially } from './policy-queue';
import {
  SAMPLE_OPTIONS,
  loadActiveScenario,
  recompute,
  refreshPeriods,
  showPeriod,
  toSummary,
} from './workspace-loader';
import { useWorkspaceStore } from './workspace-store';

const state = () => useWorkspaceStore.getState();

/** Shows another stored period. */
export async function selectPeriod(period: string): Promise<void> {
  await showStoredPeriod(period, null);
}

async function showStoredPeriod(
  period: string,
  known: ClientColumns | null,
): Promise<void> {
  if (!state().periods.includes(period)) {
    throw new Error(`no clients are stored for ${period}`);
  }
  await setSetting(getDb(), 'period', period);
  await showPeriod(period, known);
}

/** Creates a scenario as a copy of the baseline and makes it active. */
export async function createScenario(name: string): Promise<string> {
  const title = name.trim() ? freeName(name.trim()) : nextScenarioName();
  const policy = clonePolicy(state().baselinePolicy, title);
  return addScenario(policy, { action: 'create', by: state().userName });
}

/**
 * Copies a scenario (its policy as it stands, not its history) under the
 * next free "Copy of …" name, at the end of the list; the copy is active.
 */
export async function cloneScenario(id: string): Promise<string> {
  const source = await currentPolicy(id);
  const policy = clonePolicy(source, copyName(source.name));
  const by = state().userName;
  return addScenario(policy, { action: 'clone', by, source: source.name });
}

/**
 * A scenario's policy as it stands: the active one's is the store's (its
 * latest edit may still be on its way to storage), another's the stored.
 */
async function currentPolicy(id: string): Promise<Policy> {
  flushPendingEdits();
  const shown = state().scenarioPolicy;
  if (state().activeScenarioId === id && shown) return shown;
  const stored = await serially(() => loadScenario(getDb(), id));
  if (!stored) throw new Error('that scenario no longer exists');
  return stored.policy;
}

/** Creates a scenario from a policy file's policy; it becomes active. */
export async function importScenario(
  policy: Policy,
  fileName: string,
): Promise<string> {
  const by = state().userName;
  // A file saved from a scenario and read back must not pass for it.
  const named = { ...policy, name: freeName(policy.name) };
  return addScenario(named, { action: 'import', by, source: fileName });
}

async function addScenario(policy: Policy, note: EditNote): Promise<string> {
  const id = newId();
  const { stored } = await serially(() =>
    storeScenarioEdit(getDb(), id, policy, note),
  );
  await setSetting(getDb(), 'activeScenarioId', id);
  state().patch({
    scenarios: [...state().scenarios, toSummary(stored)],
    activeScenarioId: id,
    scenarioPolicy: stored.policy,
    canUndo: false,
    canRedo: false,
  });
  await recompute();
  return id;
}

/** Moves a scenario one place up (-1) or down (1) in the list. */
export async function reorderScenario(
  id: string,
  direction: -1 | 1,
): Promise<void> {
  const ids = await serially(() => moveStoredScenario(getDb(), id, direction));
  const byId = new Map(state().scenarios.map((s) => [s.id, s]));
  state().patch({
    scenarios: ids.flatMap((i) => {
      const summary = byId.get(i);
      return summary ? [summary] : [];
    }),
  });
}

/** Makes a scenario active, or shows the baseline only with null. */
export async function activateScenario(id: string | null): Promise<void> {
  await loadActiveScenario(id);
  await setSetting(getDb(), 'activeScenarioId', state().activeScenarioId);
  await Promise.all([recompute(), refreshHistoryFlags()]);
}

/** Renames a scenario (an undoable edit of its policy's name). */
export async function renameScenario(id: string, name: string): Promise<void> {
  const wanted = name.trim();
  // Two scenarios of one name could not be told apart in Compare or exports.
  if (state().scenarios.some((s) => s.id !== id && s.name === wanted)) {
    throw new Error(`another scenario is already called "${wanted}"`);
  }
  const policy = { ...(await currentPolicy(id)), name: wanted };
  await storeScenarioPolicy(id, policy, 'rename');
}

/** Deletes a scenario and its history; the baseline is shown if it was active. */
export async function deleteScenario(id: string): Promise<void> {
  await serially(() => deleteStoredScenario(getDb(), id));
  state().patch({ scenarios: state().scenarios.filter((s) => s.id !== id) });
  if (state().activeScenarioId === id) await activateScenario(null);
}

/** Applies an edit of the active scenario: validated, stored, recomputed. */
export async function updateScenarioPolicy(policy: Policy): Promise<void> {
  const id = state().activeScenarioId;
  if (!id) throw new Error('no scenario is active');
  await storeScenarioPolicy(id, policy, 'edit');
}

async function storeScenarioPolicy(
  id: string,
  policy: Policy,
  action: 'edit' | 'rename',
): Promise<void> {
  const valid = validatePolicy(policy);
  const isActive = state().activeScenarioId === id;
  // The figures first: the write and its log entry follow in the queue.
  if (isActive) state().patch({ scenarioPolicy: valid });
  const computing = isActive ? recompute() : Promise.resolve();
  const note = { action, by: state().userName };
  const { stored, logged } = await serially(() =>
    storeScenarioEdit(getDb(), id, valid, note),
  );
  if (logged) markEdited(id);
  state().patch({
    scenarios: state().scenarios.map((s) =>
      s.id === id ? toSummary(stored) : s,
    ),
  });
  await computing;
}

/** Applies an edit of the baseline policy: validated, stored, recomputed. */
export async function updateBaselinePolicy(policy: Policy): Promise<void> {
  const valid = validatePolicy(policy);
  state().patch({ baselinePolicy: valid });
  const computing = recompute();
  const note = { action: 'edit', by: state().userName } as const;
  const { logged } = await serially(() =>
    storeBaselineEdit(getDb(), valid, note),
  );
  if (logged) markEdited(BASELINE_ID);
  await computing;
}

/** Sets the name policy edits are logged under from now on. */
export async function setUserName(name: string): Promise<void> {
  const trimmed = name.trim().slice(0, 80) || DEFAULT_USER_NAME;
  await setSetting(getDb(), 'userName', trimmed);
  state().patch({ userName: trimmed });
}

/**
 * Replaces every stored client with the sample portfolio and shows its
 * latest quarter. Policies and scenarios are kept.
 */
export async function loadSample(): Promise<void> {
  const sample = await getComputeEngine().request('sample', SAMPLE_OPTIONS)
    .promise;
  await storeSample(getDb(), sample.name, sample.periods);
  const periods = await refreshPeriods();
  await selectPeriod(periods[periods.length - 1]!);
  notify({ kind: 'info', message: 'The sample portfolio is on show.' });
}

/** Commits a validated import, all or nothing, and shows its period. */
export async function commitImportAndShow(input: ImportInput): Promise<void> {
  const started = performance.now();
  await commitImport(getDb(), input);
  const stored = performance.now();
  await refreshPeriods();
  // The stored columns are these: no need to read them back.
  await showStoredPeriod(input.period, input.columns);
  // Measures anyone can read (the e2e test prints them).
  performance.measure('tierwise:import-store', { start: started, end: stored });
  performance.measure('tierwise:import-show', { start: stored });
  logger.info(`imported ${input.fileName} into ${input.period}`);
}

/** Saves the whole workspace to one backup file; false when cancelled. */
export async function backupWorkspace(
  now: Date = new Date(),
): Promise<boolean> {
  const text = await exportBackup(getDb(), now);
  const day = now.toISOString().slice(0, 10);
  return saveFile(`tierwise-backup-${day}.json`, text, 'application/json');
}

function nextScenarioName(): string {
  const names = new Set(state().scenarios.map((s) => s.name));
  let n = state().scenarios.length + 1;
  while (names.has(`Scenario ${n}`)) n++;
  return `Scenario ${n}`;
}

/** `Copy of Pool`, then `Copy of Pool (2)`… whichever is free. */
function copyName(name: string): string {
  return freeName(`Copy of ${name}`);
}

/** `name` when no scenario has it, else `name (2)`, `name (3)`… */
function freeName(name: string): string {
  const names = new Set(state().scenarios.map((s) => s.name));
  const base = name.slice(0, 110);
  let candidate = base;
  for (let n = 2; names.has(candidate); n++) candidate = `${base} (${n})`;
  return candidate;
}

function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
