/** The Scenarios screen: the list, the tabs, compare, movers, bridge. */
import type { Locator } from 'playwright-core';

import type { AppPage } from './app-page';
import { toNumber } from './figures-page';

export type ScenarioTab =
  'edit' | 'compare' | 'movers' | 'bridge' | 'sensitivity' | 'breakeven';

export const BRIDGE_PARTS = [
  'before',
  'volume',
  'mix',
  'price',
  'cost',
  'total',
  'after',
] as const;
export type BridgePart = (typeof BRIDGE_PARTS)[number];

export class ScenarioPage {
  constructor(readonly app: AppPage) {}

  async tab(name: ScenarioTab): Promise<void> {
    await this.app.byTestId(`scenario-tab-${name}`).click();
  }

  item(name: string): Locator {
    return this.app.page.locator(
      `[data-testid="scenario-item"][data-name="${name}"]`,
    );
  }

  async names(): Promise<string[]> {
    return this.app.page
      .locator('[data-testid="scenario-item"]')
      .evaluateAll((els) =>
        els.map((el) => el.getAttribute('data-name') ?? ''),
      );
  }

  /** A figure's text as a number; 0 for an empty (—) cell. */
  async number(testId: string): Promise<number> {
    const text = (await this.app.byTestId(testId).first().innerText()).trim();
    return text === '—' ? 0 : toNumber(text);
  }

  /** The bridge row of a tier (or `Total`) in cents, from the table. */
  async bridgeRow(segment: string): Promise<Record<BridgePart, number>> {
    const row = {} as Record<BridgePart, number>;
    for (const part of BRIDGE_PARTS) {
      row[part] = Math.round(
        (await this.number(`bridge-${part}-${segment}`)) * 100,
      );
    }
    return row;
  }

  /** `N clients change tier` → N. */
  async moversCount(): Promise<number> {
    const text = await this.app.byTestId('movers-count').innerText();
    return toNumber(text.trim().split(' ')[0]!);
  }

  /**
   * Cells of the movers grid's rows in view, keyed by column id; a row's
   * pinned and scrolling parts are merged by their row index.
   */
  async moverRows(): Promise<Record<string, string>[]> {
    return this.app.page.$$eval(
      '[data-testid="movers-grid"] .ag-row[row-index]',
      (parts) => {
        const rows = new Map<string, Record<string, string>>();
        for (const part of parts) {
          const index = part.getAttribute('row-index')!;
          const row = rows.get(index) ?? {};
          for (const cell of part.querySelectorAll('.ag-cell')) {
            row[cell.getAttribute('col-id') ?? ''] =
              cell.textContent?.trim() ?? '';
          }
          rows.set(index, row);
        }
        return [...rows.values()];
      },
    );
  }
}
