import type { ReactNode } from 'react';

import '../styles/screens.css';

/** A screen's root: its title, an optional toolbar, then its panels. */
export function Screen({
  name,
  title,
  actions,
  children,
}: {
  readonly name: string;
  readonly title: string;
  readonly actions?: ReactNode;
  readonly children: ReactNode;
}) {
  return (
    <section className="ui-screen" data-testid={`screen-${name}`}>
      <header className="ui-screen__header">
        <h1 className="ui-screen__title">{title}</h1>
        {actions && <div className="ui-screen__actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}

/** A titled block of a screen. */
export function Panel({
  title,
  note,
  actions,
  children,
  className,
}: {
  readonly title: string;
  readonly note?: ReactNode;
  readonly actions?: ReactNode;
  readonly children: ReactNode;
  readonly className?: string;
}) {
  return (
    <section className={`ui-panel ${className ?? ''}`}>
      <header className="ui-panel__header">
        <h2 className="ui-panel__title">{title}</h2>
        {note && <span className="ui-panel__note">{note}</span>}
        {actions && <div className="ui-panel__actions">{actions}</div>}
      </header>
      <div className="ui-panel__body">{children}</div>
    </section>
  );
}

/** What a screen says before any client is loaded. */
export const NO_PORTFOLIO =
  'No portfolio yet. Import a client list or load the sample data.';

/** What a screen shows before there is a portfolio to show. */
export function EmptyState({
  name,
  title,
  message,
}: {
  readonly name: string;
  readonly title: string;
  readonly message: string;
}) {
  return (
    <Screen name={name} title={title}>
      <p className="ui-empty">{message}</p>
    </Screen>
  );
}
