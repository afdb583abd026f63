/** Which screen is on show; remembered across reloads in settings. */
import { create } from 'zustand';

import { getDb } from '../db/db';
import { setSetting } from '../db/settings-repo';
import { logger } from '../platform/index';

import type { Screen } from './screens';

type NavigationState = { readonly screen: Screen };

export const useNavigationStore = create<NavigationState>()(() => ({
  screen: 'portfolio',
}));

/** Shows a screen and remembers it. */
export function showScreen(screen: Screen): void {
  useNavigationStore.setState({ screen });
  setSetting(getDb(), 'screen', screen).catch((error: unknown) =>
    logger.warn('could not remember the screen on show', error as Error),
  );
}
