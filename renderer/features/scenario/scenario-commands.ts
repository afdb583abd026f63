/**
 * The Scenario screen's calls into the workspace, each reporting a failure
 * in the notifications area with a next step instead of throwing.
 */
import { PolicyError, type Policy } from '../../../shared/policy';
import { notify } from '../../app/notifications-store';
import {
  redoPolicyEdit,
  undoPolicyEdit,
} from '../../app/scenario-history-actions';
import {
  activateScenario,
  cloneScenario,
  createScenario,
  deleteScenario,
  importScenario,
  renameScenario,
  reorderScenario,
} from '../../app/workspace-actions';
import { logger, pickFile, saveFile } from '../../platform/index';
import {
  policyFileName,
  readPolicyFile,
  toPolicyFileText,
} from './policy-files';

async function attempt(what: string, run: () => Promise<unknown>) {
  try {
    await run();
    return true;
  } catch (error) {
    logger.error(`scenario: ${what} failed`, error as Error);
    notify({
      kind: 'error',
      message: `Could not ${what}: ${(error as Error).message}. Reload the app and try again.`,
    });
    return false;
  }
}

/** Creates a scenario from the baseline; it becomes active. */
export function runCreateScenario(name: string): Promise<boolean> {
  return attempt('create the scenario', () => createScenario(name));
}

/** Shows a scenario, or the baseline only with null. */
export function runActivateScenario(id: string | null): Promise<boolean> {
  return attempt('switch scenarios', () => activateScenario(id));
}

/** Renames a scenario. */
export function runRenameScenario(id: string, name: string) {
  return attempt('rename the scenario', () => renameScenario(id, name));
}

/** Deletes a scenario. */
export function runDeleteScenario(id: string): Promise<boolean> {
  return attempt('delete the scenario', () => deleteScenario(id));
}

/** Copies a scenario; the copy becomes active. */
export function runCloneScenario(id: string): Promise<boolean> {
  return attempt('copy the scenario', () => cloneScenario(id));
}

/** Moves a scenario one place up (-1) or down (1). */
export function runReorderScenario(id: string, direction: -1 | 1) {
  return attempt('move the scenario', () => reorderScenario(id, direction));
}

/** Undoes the last edit of a policy (a scenario id or `baseline`). */
export function runUndo(policyId: string): Promise<boolean> {
  return attempt('undo', () => undoPolicyEdit(policyId));
}

/** Redoes the last undone edit of a policy. */
export function runRedo(policyId: string): Promise<boolean> {
  return attempt('redo', () => redoPolicyEdit(policyId));
}

/** Saves a policy as a JSON file the report command reads. */
export function runExportPolicy(policy: Policy): Promise<boolean> {
  return attempt('save the policy file', async () => {
    const saved = await saveFile(
      policyFileName(policy),
      toPolicyFileText(policy),
      'application/json',
    );
    if (saved) notify({ kind: 'info', message: `Saved ${policy.name}.` });
  });
}

/**
 * Reads a policy file the user picks into a new scenario (the keys it
 * names over the baseline); a bad file is reported key by key.
 */
export async function runImportPolicy(base: Policy): Promise<boolean> {
  try {
    const file = await pickFile(['.json', 'application/json']);
    if (!file) return false;
    const policy = readPolicyFile(file.bytes, file.name, base);
    await importScenario(policy, file.name);
    notify({ kind: 'info', message: `${policy.name} is the active scenario.` });
    return true;
  } catch (error) {
    const message =
      error instanceof PolicyError
        ? `The policy file has problems: ${error.issues
            .map((i) => `${i.path || 'file'} ${i.message}`)
            .join('; ')}. Fix them and pick the file again.`
        : `The policy file could not be read: ${(error as Error).message}.`;
    if (!(error instanceof PolicyError))
      logger.error('policy import failed', error as Error);
    notify({ kind: 'error', message });
    return false;
  }
}
