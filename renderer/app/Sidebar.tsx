import { showScreen, useNavigationStore } from './navigation-store';
import { SCREENS, SCREEN_LABELS } from './screens';

/** The left navigation, one button per screen. */
export function Sidebar() {
  const screen = useNavigationStore((s) => s.screen);

  return (
    <nav className="sidebar" aria-label="Screens">
      <div className="brand">Tierwise</div>
      {SCREENS.map((name) => (
        <button
          key={name}
          type="button"
          className={name === screen ? 'nav-item nav-item-active' : 'nav-item'}
          aria-current={name === screen ? 'page' : undefined}
          data-testid={`nav-${name}`}
          onClick={() => showScreen(name)}
        >
          {SCREEN_LABELS[name]}
        </button>
      ))}
    </nav>
  );
}
