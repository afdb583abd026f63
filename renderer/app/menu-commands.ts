/** The desktop menu's commands, done in the renderer. */
import { pickImportFile } from '../features/import/import-actions';
import { logger, onMenuCommand, type MenuCommand } from '../platform/index';

import { showScreen } from './navigation-store';
import { notify } from './notifications-store';
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
  }
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
