/** The screens of the app, in sidebar order, and their labels. */

export const SCREENS = [
  'import',
  'portfolio',
  'segments',
  'capacity',
  'scenario',
  'settings',
] as const;
export type Screen = (typeof SCREENS)[number];

export const SCREEN_LABELS: Readonly<Record<Screen, string>> = {
  import: 'Import',
  portfolio: 'Portfolio',
  segments: 'Segments',
  capacity: 'Capacity',
  scenario: 'Scenarios',
  settings: 'Settings',
};

/** True for a known screen name. */
export function isScreen(value: unknown): value is Screen {
  return (
    typeof value === 'string' && (SCREENS as readonly string[]).includes(value)
  );
}
