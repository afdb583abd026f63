/**
 * Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (Cmd on macOS) on the Scenarios and
 * Settings screens undo and redo policy edits, also while a policy input
 * has focus: the input's own text undo would otherwise undo the typing
 * alone and leave the figures on the edit.
 */
import { useEffect } from 'react';

import { logger } from '../platform/index';

import { useNavigationStore } from './navigation-store';
import { notify } from './notifications-store';
import { redoPolicyEdit, undoPolicyEdit } from './scenario-history-actions';

export type HistoryAction = 'undo' | 'redo';

type KeyLike = Pick<
  KeyboardEvent,
  'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'
>;

/** Whether the app runs on macOS (Cmd, not Ctrl, is the shortcut key). */
export function isMacPlatform(): boolean {
  return /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '');
}

/** The shortcut as the platform writes it: `Ctrl+Z`, `⌘⇧Z`. */
export function shortcutLabel(action: HistoryAction, mac = isMacPlatform()) {
  if (mac) return action === 'undo' ? '⌘Z' : '⌘⇧Z';
  return action === 'undo' ? 'Ctrl+Z' : 'Ctrl+Shift+Z or Ctrl+Y';
}

/** The history action a key press asks for, or null. */
export function matchHistoryShortcut(
  event: KeyLike,
  mac = isMacPlatform(),
): HistoryAction | null {
  const modifier = mac ? event.metaKey : event.ctrlKey;
  if (!modifier || event.altKey) return null;
  // The physical key where the layout does not type a Latin letter.
  const key = /^[a-z]$/i.test(event.key)
    ? event.key.toLowerCase()
    : ({ KeyZ: 'z', KeyY: 'y' } as Record<string, string>)[event.code];
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

const SCREENS_WITH_HISTORY: ReadonlySet<string> = new Set([
  'scenario',
  'settings',
]);

/** Text fields other than policy inputs keep their own text undo. */
function keepsTextUndo(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const testId = target.dataset.testid ?? '';
  if (testId.startsWith('policy-input-')) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement)
    return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'range'].includes(target.type)
  );
}

let lastShortcutAt = -Infinity;

/**
 * Whether a shortcut was just handled: on macOS the Edit menu may see the
 * same key press, and must not undo a second time.
 */
export function shortcutJustHandled(now = performance.now()): boolean {
  return now - lastShortcutAt < 400;
}

/** Runs undo or redo of the policy on show, reporting a failure. */
export async function runHistoryAction(action: HistoryAction): Promise<void> {
  try {
    await (action === 'undo' ? undoPolicyEdit() : redoPolicyEdit());
  } catch (error) {
    logger.error(`${action} failed`, error as Error);
    notify({
      kind: 'error',
      message: `Could not ${action}: ${(error as Error).message}. Reload the app and try again.`,
    });
  }
}

/** Installs the undo and redo shortcuts for as long as the caller is mounted. */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = matchHistoryShortcut(event);
      if (!action) return;
      const { screen } = useNavigationStore.getState();
      if (!SCREENS_WITH_HISTORY.has(screen) || keepsTextUndo(event.target))
        return;
      event.preventDefault();
      lastShortcutAt = performance.now();
      void runHistoryAction(action);
    };
    // Capture: before an input's own handlers see the key.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
