/**
 * A small React renderer for jsdom component tests: mounts into a fresh
 * element inside act(), finds by data-testid, and types into inputs the
 * way React listens for it.
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(
  globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
).IS_REACT_ACT_ENVIRONMENT = true;

export type Rendered = {
  readonly container: HTMLElement;
  readonly root: Root;
  byTestId: (id: string) => HTMLElement;
  queryByTestId: (id: string) => HTMLElement | null;
  unmount: () => Promise<void>;
};

/** Renders a node and waits for its effects. */
export async function render(node: ReactNode): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(node));
  const queryByTestId = (id: string) =>
    container.querySelector<HTMLElement>(
      `[data-testid="${id.replace(/["\\]/g, '\\$&')}"]`,
    );
  return {
    container,
    root,
    queryByTestId,
    byTestId: (id) => {
      const found = queryByTestId(id);
      if (!found) throw new Error(`no element with data-testid="${id}"`);
      return found;
    },
    unmount: async () => {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}

/** Sets an input's value as typing would, so React's onChange fires. */
export async function typeInto(input: HTMLElement, value: string) {
  const element = input as HTMLInputElement;
  const setter = Object.getOwnPropertyDescriptor(
    HTMLInputElement.prototype,
    'value',
  )!.set!;
  await act(async () => {
    setter.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Fires an event inside act(). */
export async function fire(target: HTMLElement, event: Event) {
  await act(async () => {
    target.dispatchEvent(event);
  });
}

/** Lets timers and promises run inside act(). */
export async function wait(ms: number) {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

/** Waits (inside act) until the check passes, or fails after timeoutMs. */
export async function waitFor(check: () => void, timeoutMs = 5000) {
  const start = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await wait(50);
    }
  }
}
