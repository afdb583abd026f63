// @vitest-environment jsdom
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { Header } from '../../../renderer/app/Header';
import { NotificationsArea } from '../../../renderer/app/NotificationsArea';
import { Sidebar } from '../../../renderer/app/Sidebar';
import { useNavigationStore } from '../../../renderer/app/navigation-store';
import {
  notify,
  useNotificationsStore,
} from '../../../renderer/app/notifications-store';
import {
  initialWorkspaceState,
  useWorkspaceStore,
} from '../../../renderer/app/workspace-store';
import { DEFAULT_POLICY, clonePolicy } from '../../../shared/policy';

vi.mock('../../../renderer/db/settings-repo', () => ({
  setSetting: vi.fn(async () => undefined),
}));

(
  globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

function render(node: ReactNode): void {
  act(() => root.render(node));
}

const byTestId = (id: string) =>
  container.querySelector(`[data-testid="${id}"]`);

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  useWorkspaceStore.setState({ ...initialWorkspaceState });
  useNavigationStore.setState({ screen: 'portfolio' });
  useNotificationsStore.setState({ items: [] });
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('the shell', () => {
  it('shows the sample badge and sends “Import your own” to the Import screen', () => {
    useWorkspaceStore.setState({
      isSample: true,
      periods: ['2026-Q2', '2026-Q3'],
      period: '2026-Q3',
    });
    render(<Header />);

    expect(byTestId('sample-badge')!.textContent).toBe('Sample data');
    expect((byTestId('period-select') as HTMLSelectElement).value).toBe(
      '2026-Q3',
    );
    const button = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Import your own',
    )!;
    act(() => button.click());
    expect(useNavigationStore.getState().screen).toBe('import');
  });

  it('names the source file, the active scenario and the last compute time', () => {
    useWorkspaceStore.setState({
      isSample: false,
      sourceName: 'accounts.csv',
      scenarioPolicy: clonePolicy(DEFAULT_POLICY, 'Pool Mid-Market'),
      status: 'ready',
      lastComputeMs: 1.234,
    });
    render(<Header />);

    expect(byTestId('sample-badge')).toBeNull();
    expect(byTestId('source-name')!.textContent).toContain('accounts.csv');
    expect(byTestId('active-scenario')!.textContent).toBe('Pool Mid-Market');
    expect(byTestId('compute-status')!.textContent).toBe('Computed in 1.2 ms');
    act(() => useWorkspaceStore.setState({ lastComputeMs: 0.01 }));
    expect(byTestId('compute-status')!.textContent).toBe(
      'Computed in under 0.1 ms',
    );
  });

  it('marks the screen on show in the sidebar and switches on click', () => {
    render(<Sidebar />);
    expect(byTestId('nav-portfolio')!.getAttribute('aria-current')).toBe(
      'page',
    );

    act(() => (byTestId('nav-segments') as HTMLButtonElement).click());
    expect(useNavigationStore.getState().screen).toBe('segments');
    expect(byTestId('nav-segments')!.getAttribute('aria-current')).toBe('page');
    expect(byTestId('nav-portfolio')!.getAttribute('aria-current')).toBeNull();
  });

  it('shows notifications and dismisses them', () => {
    render(<NotificationsArea />);
    act(() => {
      notify({ kind: 'error', message: 'The file could not be read' });
    });

    const item = container.querySelector('[data-kind="error"]')!;
    expect(item.getAttribute('role')).toBe('alert');
    expect(item.textContent).toContain('The file could not be read');
    act(() => (item.querySelector('button') as HTMLButtonElement).click());
    expect(byTestId('notifications')).toBeNull();
  });
});
