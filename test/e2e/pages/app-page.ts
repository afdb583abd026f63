/** The window: navigation, header, notifications. */
import type { Locator, Page } from 'playwright-core';

export type ScreenName =
  'import' | 'portfolio' | 'segments' | 'capacity' | 'scenario' | 'settings';

export class AppPage {
  constructor(
    readonly page: Page,
    readonly url: string,
  ) {}

  byTestId(id: string): Locator {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  /** Opens the app and waits for the first computed figures. */
  async open(): Promise<void> {
    await this.page.goto(this.url);
    await this.waitComputed();
  }

  /** Reloads the page and waits for the figures again. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitComputed();
  }

  /** Waits until the header says the last recompute finished. */
  async waitComputed(): Promise<void> {
    await this.page.waitForFunction(
      () => {
        const status = document.querySelector('[data-testid="compute-status"]');
        return status?.textContent?.startsWith('Computed in') ?? false;
      },
      undefined,
      { timeout: 60_000 },
    );
  }

  /** Milliseconds of the last recompute, as the header shows them. */
  async lastComputeMs(): Promise<number> {
    return Number(
      await this.byTestId('compute-status').getAttribute('data-ms'),
    );
  }

  async go(screen: ScreenName): Promise<void> {
    await this.byTestId(`nav-${screen}`).click();
    await this.byTestId(`screen-${screen}`).waitFor();
  }

  sampleBadge(): Locator {
    return this.byTestId('sample-badge');
  }

  async sourceName(): Promise<string> {
    return (await this.byTestId('source-name').innerText()).trim();
  }

  async period(): Promise<string> {
    return this.byTestId('period-select').inputValue();
  }

  async activeScenario(): Promise<string> {
    return (await this.byTestId('active-scenario').innerText()).trim();
  }

  /** Texts of the error notifications on show. */
  async errorNotifications(): Promise<string[]> {
    return this.page
      .locator('.notification[data-kind="error"]')
      .allInnerTexts();
  }

  /** Closes every notification on show. */
  async dismissNotifications(): Promise<void> {
    const buttons = this.page.locator(
      '.notification button[aria-label="Dismiss"]',
    );
    while ((await buttons.count()) > 0) await buttons.first().click();
  }

  /** Counts rows of a table in the page's own IndexedDB. */
  async storedCount(table: string): Promise<number> {
    return this.page.evaluate(
      (name) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('tierwise');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result
              .transaction(name, 'readonly')
              .objectStore(name)
              .count();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result);
            };
            request.onerror = () => reject(request.error);
          };
        }),
      table,
    );
  }
}
