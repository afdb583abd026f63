import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  dismiss,
  notify,
  useNotificationsStore,
} from '../../../renderer/app/notifications-store';

afterEach(() => {
  useNotificationsStore.setState({ items: [] });
  vi.useRealTimers();
});

describe('notifications', () => {
  it('keeps errors until dismissed and lets info fade', () => {
    vi.useFakeTimers();
    const error = notify({ kind: 'error', message: 'disk full' });
    notify({ kind: 'info', message: 'imported' });
    expect(useNotificationsStore.getState().items.map((n) => n.kind)).toEqual([
      'error',
      'info',
    ]);

    vi.advanceTimersByTime(60_000);
    expect(
      useNotificationsStore.getState().items.map((n) => n.message),
    ).toEqual(['disk full']);
    dismiss(error);
    expect(useNotificationsStore.getState().items).toEqual([]);
  });

  it('fades info after a few seconds and a warning a little later', () => {
    vi.useFakeTimers();
    notify({ kind: 'info', message: 'saved' });
    notify({ kind: 'warning', message: 'check the period' });
    vi.advanceTimersByTime(4000);
    expect(
      useNotificationsStore.getState().items.map((n) => n.message),
    ).toEqual(['check the period']);
    vi.advanceTimersByTime(4000);
    expect(useNotificationsStore.getState().items).toEqual([]);
  });

  it('shows a repeated message once and keeps only the latest five', () => {
    notify({ kind: 'error', message: 'same' });
    notify({ kind: 'error', message: 'same' });
    expect(useNotificationsStore.getState().items).toHaveLength(1);

    for (let i = 0; i < 7; i++) notify({ kind: 'error', message: `m${i}` });
    expect(
      useNotificationsStore.getState().items.map((n) => n.message),
    ).toEqual(['m2', 'm3', 'm4', 'm5', 'm6']);
  });
});
