/**
 * The Settings screen's calls: baseline policy edits and reset, and the
 * workspace backup and restore. Failures go to the notifications area.
 */
import { DEFAULT_POLICY, type Policy } from '../../../shared/policy';
import { notify } from '../../app/notifications-store';
import { setUserName, updateBaselinePolicy } from '../../app/workspace-actions';
import { loadWorkspace } from '../../app/workspace-loader';
import { exportBackup, restoreBackup } from '../../db/backup';
import { getDb } from '../../db/db';
import { logger, pickFile, saveFile } from '../../platform/index';
import { formatCountOf } from '../../ui/format';

function report(what: string, error: unknown, next: string): void {
  logger.error(`settings: ${what} failed`, error as Error);
  notify({
    kind: 'error',
    message: `Could not ${what}: ${(error as Error).message}. ${next}`,
  });
}

/** Applies an edit of the baseline policy (validated by the editor). */
export function applyBaselinePolicy(policy: Policy): Promise<void> {
  return updateBaselinePolicy(policy);
}

/** Sets the name policy edits are logged under. */
export async function saveUserName(name: string): Promise<void> {
  try {
    await setUserName(name);
  } catch (error) {
    report('save your name', error, 'Reload the app and try again.');
  }
}

/** Puts the baseline back to the built-in defaults. */
export async function resetBaselinePolicy(): Promise<void> {
  try {
    await updateBaselinePolicy(DEFAULT_POLICY);
    notify({
      kind: 'info',
      message: 'The baseline policy is back to the defaults.',
    });
  } catch (error) {
    report('reset the baseline', error, 'Reload the app and try again.');
  }
}

/** The backup file name for a day: `tierwise-backup-2026-09-30.json`. */
export function backupFileName(now: Date): string {
  return `tierwise-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** Saves the whole workspace as one file. */
export async function backUpWorkspace(): Promise<void> {
  try {
    const text = await exportBackup(getDb());
    const name = backupFileName(new Date());
    if (await saveFile(name, text, 'application/json')) {
      notify({ kind: 'info', message: `The workspace is saved to ${name}.` });
    }
  } catch (error) {
    report('back up the workspace', error, 'Try another folder.');
  }
}

/** A backup file the user picked, not yet restored. */
export type PickedBackup = {
  readonly name: string;
  readonly bytes: Uint8Array;
};

/** Asks for a backup file; nothing changes until it is restored. */
export async function pickBackup(): Promise<PickedBackup | null> {
  try {
    return await pickFile(['.json', 'application/json']);
  } catch (error) {
    report('open the backup', error, 'The workspace was left as it was.');
    return null;
  }
}

/** The toast after a restore: `Restored x.json: 8 periods, 1 policy.` */
export function restoredMessage(
  name: string,
  restored: { readonly periods: number; readonly policies: number },
): string {
  const periods = formatCountOf(restored.periods, 'period');
  const policies = formatCountOf(restored.policies, 'policy', 'policies');
  return `Restored ${name}: ${periods}, ${policies}.`;
}

/** Replaces the workspace with a picked (and confirmed) backup, then reloads. */
export async function restoreWorkspace(file: PickedBackup): Promise<void> {
  try {
    const text = new TextDecoder('utf-8').decode(file.bytes);
    const restored = await restoreBackup(getDb(), text);
    await loadWorkspace();
    notify({ kind: 'info', message: restoredMessage(file.name, restored) });
  } catch (error) {
    report('restore the backup', error, 'The workspace was left as it was.');
  }
}
