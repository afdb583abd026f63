/**
 * Undo and redo of policy edits, per policy (each scenario and the
 * baseline), worked out from the stored edit log so they survive a
 * restart. The keyboard and the menu act on the policy on show: the
 * baseline on Settings, the active scenario everywhere else.
 */
import type { Policy } from '../../shared/policy';
import { getDb } from '../db/db';
import { BASELINE_ID } from '../db/policies-repo';
import { storeHistoryStep } from '../db/policy-edits-repo';

import { flagsOf, setHistoryFlags } from './history-flags';
import { useNavigationStore } from './navigation-store';
import { flushPendingEdits } from './pending-edits';
import { serially } from './policy-queue';
import { recompute, toSummary } from './workspace-loader';
import { useWorkspaceStore } from './workspace-store';

const state = () => useWorkspaceStore.getState();

/**
 * The policy undo and redo act on: the baseline on the Settings screen,
 * the active scenario elsewhere; null when there is none.
 */
export function historyTarget(): string | null {
  if (useNavigationStore.getState().screen === 'settings') return BASELINE_ID;
  return state().activeScenarioId;
}

/** Undoes the last edit of a policy (by default the one on show). */
export function undoPolicyEdit(
  policyId: string | null = historyTarget(),
): Promise<boolean> {
  return step(policyId, 'undo');
}

/** Redoes the last undone edit of a policy (by default the one on show). */
export function redoPolicyEdit(
  policyId: string | null = historyTarget(),
): Promise<boolean> {
  return step(policyId, 'redo');
}

async function step(
  policyId: string | null,
  direction: 'undo' | 'redo',
): Promise<boolean> {
  if (policyId === null) return false;
  // Typing not yet applied becomes an edit first, and is what gets undone.
  flushPendingEdits();
  const done = await serially(() =>
    storeHistoryStep(getDb(), policyId, direction, state().userName),
  );
  if (!done) return false;
  setHistoryFlags(policyId, flagsOf(done.history));
  if (policyId === BASELINE_ID) {
    state().patch({ baselinePolicy: done.policy });
  } else {
    showScenarioPolicy(policyId, done.policy);
    if (state().activeScenarioId !== policyId) return true;
  }
  await recompute();
  return true;
}

function showScenarioPolicy(id: string, policy: Policy): void {
  const now = new Date().toISOString();
  state().patch({
    scenarios: state().scenarios.map((s) =>
      s.id === id ? toSummary({ id, name: policy.name, updatedAt: now }) : s,
    ),
    ...(state().activeScenarioId === id ? { scenarioPolicy: policy } : {}),
  });
}
