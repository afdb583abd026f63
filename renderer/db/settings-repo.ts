/**
 * The key-value settings: what the session had on show, restored on
 * reload. Each key has one value type, checked when read back.
 */
import type { TierwiseDb } from './db';

/** The settings and their value types. */
export type Settings = {
  /** The period on show. */
  readonly period: string;
  /** The active scenario's id; null for the baseline only. */
  readonly activeScenarioId: string | null;
  /** The screen on show. */
  readonly screen: string;
  /** The user's name, written into the policy edit log. */
  readonly userName: string;
};

export { DEFAULT_USER_NAME } from './user-name';

export type SettingKey = keyof Settings;

const checks: { readonly [K in SettingKey]: (v: unknown) => v is Settings[K] } =
  {
    period: (v): v is string => typeof v === 'string',
    activeScenarioId: (v): v is string | null =>
      v === null || typeof v === 'string',
    screen: (v): v is string => typeof v === 'string',
    userName: (v): v is string =>
      typeof v === 'string' && v.trim() !== '' && v.length <= 80,
  };

/** A setting's stored value, or undefined when unset or of the wrong type. */
export async function getSetting<K extends SettingKey>(
  db: TierwiseDb,
  key: K,
): Promise<Settings[K] | undefined> {
  const record = await db.settings.get(key);
  if (!record) return undefined;
  const check = checks[key] as (v: unknown) => v is Settings[K];
  return check(record.value) ? record.value : undefined;
}

/** Stores a setting after checking its type. */
export async function setSetting<K extends SettingKey>(
  db: TierwiseDb,
  key: K,
  value: Settings[K],
): Promise<void> {
  const check = checks[key] as (v: unknown) => v is Settings[K];
  if (!check(value)) throw new Error(`setting ${key} has the wrong type`);
  await db.settings.put({ key, value });
}
