/**
 * The one notifications area: errors a user can act on, warnings and
 * short confirmations. Errors stay until dismissed; the rest fade.
 */
import { create } from 'zustand';

export type NotificationKind = 'error' | 'warning' | 'info';

export type Notification = {
  readonly id: number;
  readonly kind: NotificationKind;
  readonly message: string;
};

type NotificationsState = {
  readonly items: readonly Notification[];
};

/**
 * How long an info or warning stays on show, in ms: long enough to read,
 * short enough not to sit over the figures.
 */
export const FADE_MS = { info: 4000, warning: 8000 } as const;
/** At most this many notifications are kept; the oldest go first. */
const MAX_ITEMS = 5;

export const useNotificationsStore = create<NotificationsState>()(() => ({
  items: [],
}));

let nextId = 1;

/** Shows a notification; returns its id. */
export function notify(input: {
  kind: NotificationKind;
  message: string;
}): number {
  const id = nextId++;
  const items = useNotificationsStore.getState().items;
  if (items.some((n) => n.kind === input.kind && n.message === input.message)) {
    return id;
  }
  useNotificationsStore.setState({
    items: [...items, { id, ...input }].slice(-MAX_ITEMS),
  });
  if (input.kind !== 'error')
    setTimeout(() => dismiss(id), FADE_MS[input.kind]);
  return id;
}

/** Removes a notification. */
export function dismiss(id: number): void {
  const items = useNotificationsStore.getState().items;
  useNotificationsStore.setState({ items: items.filter((n) => n.id !== id) });
}
