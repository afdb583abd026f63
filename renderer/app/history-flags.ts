/**
 * Whether the baseline and the active scenario have something to undo or
 * redo, kept in the workspace store for the buttons and the menu.
 */
import { getDb } from '../db/db';
import { BASELINE_ID } from '../db/policies-repo';
import { loadPolicyHistory } from '../db/policy-edits-repo';
import type { PolicyHistory } from '../db/policy-history';

import { useWorkspaceStore } from './workspace-store';

type Flags = { readonly canUndo: boolean; readonly canRedo: boolean };

/** The flags a history gives. */
export function flagsOf(history: Pick<PolicyHistory, 'undo' | 'redo'>): Flags {
  return { canUndo: history.undo !== null, canRedo: history.redo !== null };
}

/** Sets the flags of one policy (ignored for a scenario no longer active). */
export function setHistoryFlags(policyId: string, flags: Flags): void {
  const state = useWorkspaceStore.getState();
  if (policyId === BASELINE_ID) {
    state.patch({
      baselineCanUndo: flags.canUndo,
      baselineCanRedo: flags.canRedo,
    });
  } else if (state.activeScenarioId === policyId) {
    state.patch({ canUndo: flags.canUndo, canRedo: flags.canRedo });
  }
}

/** After a new edit: it can be undone, and nothing is left to redo. */
export function markEdited(policyId: string): void {
  setHistoryFlags(policyId, { canUndo: true, canRedo: false });
}

/** Reads the flags of the baseline and the active scenario from the log. */
export async function refreshHistoryFlags(): Promise<void> {
  const db = getDb();
  const activeId = useWorkspaceStore.getState().activeScenarioId;
  setHistoryFlags(
    BASELINE_ID,
    flagsOf(await loadPolicyHistory(db, BASELINE_ID)),
  );
  if (activeId === null) {
    useWorkspaceStore.getState().patch({ canUndo: false, canRedo: false });
    return;
  }
  setHistoryFlags(activeId, flagsOf(await loadPolicyHistory(db, activeId)));
}
