import { dismiss, useNotificationsStore } from './notifications-store';

/** Errors, warnings and confirmations, newest last. */
export function NotificationsArea() {
  const items = useNotificationsStore((s) => s.items);
  if (items.length === 0) return null;

  return (
    <div
      className="notifications"
      data-testid="notifications"
      aria-live="polite"
    >
      {items.map((item) => (
        <div
          key={item.id}
          className={`notification notification-${item.kind}`}
          role={item.kind === 'error' ? 'alert' : 'status'}
          data-kind={item.kind}
        >
          <span>{item.message}</span>
          <button
            type="button"
            className="button-link"
            aria-label="Dismiss"
            onClick={() => dismiss(item.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
