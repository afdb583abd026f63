import { useEffect, useRef, type ComponentType } from 'react';

import { CapacityScreen } from '../features/capacity/CapacityScreen';
import { ImportScreen } from '../features/import/ImportScreen';
import { PortfolioScreen } from '../features/portfolio/PortfolioScreen';
import { ScenarioScreen } from '../features/scenario/ScenarioScreen';
import { SegmentsScreen } from '../features/segments/SegmentsScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { WhyTierCard } from '../features/why-tier/WhyTierCard';

import { Header } from './Header';
import { NotificationsArea } from './NotificationsArea';
import { Sidebar } from './Sidebar';
import { useNavigationStore } from './navigation-store';
import type { Screen } from './screens';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { useWorkspaceStore } from './workspace-store';

const SCREEN_COMPONENTS: Readonly<Record<Screen, ComponentType>> = {
  import: ImportScreen,
  portfolio: PortfolioScreen,
  segments: SegmentsScreen,
  capacity: CapacityScreen,
  scenario: ScenarioScreen,
  settings: SettingsScreen,
};

/** The window: sidebar, header, notifications and the screen on show. */
export function App() {
  const screen = useNavigationStore((s) => s.screen);
  const Current = SCREEN_COMPONENTS[screen];
  const content = useRef<HTMLElement>(null);
  useUndoShortcuts();

  // Each screen opens at its top, not where the previous one was scrolled.
  useEffect(() => {
    content.current?.scrollTo({ top: 0 });
  }, [screen]);

  return (
    <div className="app">
      <Sidebar />
      <div className="main">
        <Header />
        <NotificationsArea />
        <main className="content" ref={content}>
          {screen === 'import' ? <Current /> : <WhenLoaded screen={Current} />}
        </main>
      </div>
      <WhyTierCard />
    </div>
  );
}

/** Screens of figures wait for the first result; Import never has to. */
function WhenLoaded({ screen: Current }: { screen: ComponentType }) {
  const hasResult = useWorkspaceStore((s) => s.baseline !== null);
  const status = useWorkspaceStore((s) => s.status);
  const errorMessage = useWorkspaceStore((s) => s.errorMessage);
  if (hasResult) return <Current />;
  if (status === 'error') {
    return (
      <p className="panel panel-error" role="alert">
        {errorMessage}
      </p>
    );
  }
  return (
    <p className="loading" data-testid="workspace-loading">
      Loading the workspace…
    </p>
  );
}
