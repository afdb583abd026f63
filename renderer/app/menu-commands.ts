/** The desktop menu's commands, done in the renderer. */
import { pickImportFile } from '../features/import/import-actions';
import { logger, onMenuCommand, type MenuCommand } from '../platform/index';

import { showScreen, useNavigationStore } from './navigation-store';
import { notify } from './notifications-store';
import {
  runHistoryAction,
  shortcutJustHandled,
  type HistoryAction,
} from './use-undo-shortcuts';
import { backupWorkspace } from './workspace-actions';

/** Runs one menu command. */
export async function runMenuCommand(command: MenuCommand): Promise<void> {
  switch (command) {
    case 'open-client-list':
      showScreen('import');
      await pickImportFile();
      return;
    case 'save':
      if (await backupWorkspace())
        notify({ kind: 'info', message: 'The workspace backup was saved.' });
      return;
    case 'undo':
    case 'redo':
      await runEditCommand(command);
      return;
  }
}

/**
 * Edit ▸ Undo / Redo: the policy's on Scenarios and Settings, unless the
 * key press that reached the menu was handled already; elsewhere the
 * focused field's own text undo.
 */
async function runEditCommand(action: HistoryAction): Promise<void> {
  if (shortcutJustHandled()) return;
  const { screen } = useNavigationStore.getState();
  if (screen === 'scenario' || screen === 'settings') {
    await runHistoryAction(action);
    return;
  }
  // The only way to reach a field's text undo from outside the key press.
  document.execCommand(action);
}

/** Listens to the desktop menu (nothing happens in a plain browser). */
export function installMenuCommands(): () => void {
  return onMenuCommand((command) => {
    runMenuCommand(command).catch((error: unknown) => {
      logger.error(`menu command ${command} failed`, error);
      notify({
        kind: 'error',
        message: `That did not work: ${(error as Error).message}`,
      });
    });
  });
}
