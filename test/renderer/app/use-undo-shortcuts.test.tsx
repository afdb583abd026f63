// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const history = vi.hoisted(() => ({
  undoPolicyEdit: vi.fn(async () => true),
  redoPolicyEdit: vi.fn(async () => true),
}));
vi.mock('../../../renderer/app/scenario-history-actions', () => history);
const platform = vi.hoisted(() => ({
  logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() },
  onMenuCommand: vi.fn(() => () => undefined),
}));
vi.mock('../../../renderer/platform/index', () => platform);
vi.mock('../../../renderer/features/import/import-actions', () => ({
  pickImportFile: vi.fn(async () => undefined),
}));
vi.mock('../../../renderer/app/workspace-actions', () => ({
  backupWorkspace: vi.fn(async () => false),
}));

import { runMenuCommand } from '../../../renderer/app/menu-commands';
import { useNavigationStore } from '../../../renderer/app/navigation-store';
import { useNotificationsStore } from '../../../renderer/app/notifications-store';
import {
  matchHistoryShortcut,
  shortcutLabel,
  useUndoShortcuts,
} from '../../../renderer/app/use-undo-shortcuts';
import { fire, render, type Rendered } from '../ui/render';

function Harness() {
  useUndoShortcuts();
  return (
    <div>
      <input data-testid="policy-input-tiers.SMB.csm_ratio" defaultValue="50" />
      <input data-testid="scenario-name-input" defaultValue="Pool" />
      <button type="button" data-testid="plain">
        Plain
      </button>
    </div>
  );
}

let view: Rendered | null = null;

beforeEach(async () => {
  history.undoPolicyEdit.mockClear();
  history.redoPolicyEdit.mockClear();
  useNavigationStore.setState({ screen: 'scenario' });
  useNotificationsStore.setState({ items: [] });
  view = await render(<Harness />);
});

afterEach(async () => {
  await view?.unmount();
  view = null;
});

async function press(
  testId: string,
  init: KeyboardEventInit,
): Promise<KeyboardEvent> {
  const event = new KeyboardEvent('keydown', {
    bubbles: true,
    cancelable: true,
    ...init,
  });
  await fire(view!.byTestId(testId), event);
  return event;
}

describe('matchHistoryShortcut', () => {
  const key = (k: string, more: Partial<KeyboardEvent> = {}) =>
    ({
      key: k,
      code: '',
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
      ...more,
    }) as KeyboardEvent;

  it('reads Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y off macOS, Cmd on macOS', () => {
    expect(matchHistoryShortcut(key('z', { ctrlKey: true }), false)).toBe(
      'undo',
    );
    expect(
      matchHistoryShortcut(key('Z', { ctrlKey: true, shiftKey: true }), false),
    ).toBe('redo');
    expect(matchHistoryShortcut(key('y', { ctrlKey: true }), false)).toBe(
      'redo',
    );
    expect(matchHistoryShortcut(key('z', { metaKey: true }), false)).toBeNull();
    expect(matchHistoryShortcut(key('z', { metaKey: true }), true)).toBe(
      'undo',
    );
    expect(
      matchHistoryShortcut(key('z', { metaKey: true, shiftKey: true }), true),
    ).toBe('redo');
    expect(matchHistoryShortcut(key('z', { ctrlKey: true }), true)).toBeNull();
    expect(matchHistoryShortcut(key('z'), false)).toBeNull();
    expect(
      matchHistoryShortcut(key('z', { ctrlKey: true, altKey: true }), false),
    ).toBeNull();
    expect(matchHistoryShortcut(key('x', { ctrlKey: true }), false)).toBeNull();
  });

  it('reads the physical key where the layout types another letter', () => {
    expect(
      matchHistoryShortcut(key('я', { code: 'KeyZ', ctrlKey: true }), false),
    ).toBe('undo');
  });

  it('names the keys the platform way', () => {
    expect(shortcutLabel('undo', false)).toBe('Ctrl+Z');
    expect(shortcutLabel('redo', true)).toBe('⌘⇧Z');
  });
});

describe('useUndoShortcuts', () => {
  it('undoes and redoes on the Scenarios screen, also from a policy input, instead of the input', async () => {
    const undo = await press('policy-input-tiers.SMB.csm_ratio', {
      key: 'z',
      ctrlKey: true,
    });
    expect(undo.defaultPrevented).toBe(true);
    expect(history.undoPolicyEdit).toHaveBeenCalledTimes(1);
    await press('plain', { key: 'Z', ctrlKey: true, shiftKey: true });
    await press('plain', { key: 'y', ctrlKey: true });
    expect(history.redoPolicyEdit).toHaveBeenCalledTimes(2);
  });

  it('works on Settings, and leaves other screens and other text fields alone', async () => {
    useNavigationStore.setState({ screen: 'settings' });
    await press('plain', { key: 'z', ctrlKey: true });
    expect(history.undoPolicyEdit).toHaveBeenCalledTimes(1);

    const inName = await press('scenario-name-input', {
      key: 'z',
      ctrlKey: true,
    });
    expect(inName.defaultPrevented).toBe(false);
    useNavigationStore.setState({ screen: 'portfolio' });
    const elsewhere = await press('policy-input-tiers.SMB.csm_ratio', {
      key: 'z',
      ctrlKey: true,
    });
    expect(elsewhere.defaultPrevented).toBe(false);
    expect(history.undoPolicyEdit).toHaveBeenCalledTimes(1);
  });

  it('reports a failed undo in the notifications area', async () => {
    history.undoPolicyEdit.mockRejectedValueOnce(new Error('disk full'));
    await press('plain', { key: 'z', ctrlKey: true });
    await fire(view!.byTestId('plain'), new Event('noop'));
    expect(useNotificationsStore.getState().items[0]?.message).toContain(
      'disk full',
    );
  });
});

describe('Edit menu commands', () => {
  it('undo and redo the policy on Scenarios and Settings', async () => {
    await new Promise((r) => setTimeout(r, 450));
    await runMenuCommand('undo');
    useNavigationStore.setState({ screen: 'settings' });
    await runMenuCommand('redo');
    expect(history.undoPolicyEdit).toHaveBeenCalledTimes(1);
    expect(history.redoPolicyEdit).toHaveBeenCalledTimes(1);
  });

  it('do not undo a second time right after the key press did', async () => {
    await press('plain', { key: 'z', ctrlKey: true });
    await runMenuCommand('undo');
    expect(history.undoPolicyEdit).toHaveBeenCalledTimes(1);
  });

  it("elsewhere reach the focused field's own text undo", async () => {
    await new Promise((r) => setTimeout(r, 450));
    useNavigationStore.setState({ screen: 'import' });
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', {
      value: execCommand,
      configurable: true,
    });
    await runMenuCommand('undo');
    await runMenuCommand('redo');
    expect(execCommand.mock.calls).toEqual([['undo'], ['redo']]);
    expect(history.undoPolicyEdit).not.toHaveBeenCalled();
  });
});
