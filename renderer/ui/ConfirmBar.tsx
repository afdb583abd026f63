import type { ReactNode } from 'react';

/**
 * The question before a step that cannot be undone, with the step and a
 * way back: `<testId>-confirm`, `<testId>-cancel`.
 */
export function ConfirmBar({
  testId,
  question,
  confirmLabel,
  onConfirm,
  onCancel,
  className = 'ui-toolbar',
}: {
  readonly testId: string;
  readonly question: ReactNode;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly className?: string;
}) {
  return (
    <span className={className} role="group" aria-label={confirmLabel}>
      <span>{question}</span>
      <button
        type="button"
        className="button ui-danger"
        data-testid={`${testId}-confirm`}
        onClick={onConfirm}
      >
        {confirmLabel}
      </button>
      <button
        type="button"
        className="button"
        data-testid={`${testId}-cancel`}
        onClick={onCancel}
      >
        Keep
      </button>
    </span>
  );
}
