/**
 * The Scenario screen's calls into the workspace, each reporting a failure
 * in the notifications area with a next step instead of throwing.
 */
import { PolicyError, type Policy } from '../../../shared/policy';
import { notify } from '../../app/notifications-store';
import {
  activateScenario,
  createScenario,
  deleteScenario,
  renameScenario,
  updateScenarioPolicy,
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
    await createScenario(policy.name);
    await updateScenarioPolicy(policy);
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
