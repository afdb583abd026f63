/** Figures of the Portfolio, Segments, Capacity and Scenario screens. */
import type { AppPage } from './app-page';

/** A figure's text as a number: `$1,234` → 1234, `52.1 %` → 52.1. */
export function toNumber(text: string): number {
  const cleaned = text.replace(/[−–]/g, '-').replace(/[^\d.-]/g, '');
  return Number(cleaned);
}

export class FiguresPage {
  constructor(readonly app: AppPage) {}

  async text(testId: string): Promise<string> {
    return (await this.app.byTestId(testId).first().innerText()).trim();
  }

  async number(testId: string): Promise<number> {
    return toNumber(await this.text(testId));
  }

  /** The Portfolio count label as a number (`1,500 clients` → 1500). */
  async portfolioCount(): Promise<number> {
    return toNumber((await this.text('portfolio-count')).split(' ')[0]!);
  }

  async search(text: string): Promise<void> {
    await this.app.byTestId('portfolio-search').fill(text);
  }

  /**
   * The first grid row's cells keyed by column id. AG Grid renders only the
   * columns in view, so the grid is scrolled across and the cells merged.
   */
  async firstGridRow(): Promise<Record<string, string>> {
    const grid = '[data-testid="portfolio-grid"]';
    const row: Record<string, string> = {};
    // Across and back to the start, so the grid is left as it was found.
    for (const at of [0, 0.25, 0.5, 0.75, 1, 0]) {
      await this.app.page.$eval(
        `${grid} .ag-body-horizontal-scroll-viewport`,
        (el, f) => {
          el.scrollLeft = (el.scrollWidth - el.clientWidth) * f;
          el.dispatchEvent(new Event('scroll'));
        },
        at,
      );
      await this.app.page.waitForTimeout(150);
      const cells = await this.app.page.$$eval(
        `${grid} .ag-row[row-index="0"] .ag-cell`,
        (els) =>
          els.map(
            (cell) =>
              [
                cell.getAttribute('col-id') ?? '',
                cell.textContent?.trim() ?? '',
              ] as const,
          ),
      );
      for (const [id, text] of cells) row[id] = text;
    }
    return row;
  }

  /** Sets a policy input of the scenario editor and leaves the field. */
  async setPolicy(path: string, value: string): Promise<void> {
    const input = this.app.byTestId(`policy-input-${path}`);
    await input.fill(value);
    await input.press('Enter');
    await this.app.waitComputed();
  }

  async policyValue(path: string): Promise<string> {
    return this.app.byTestId(`policy-input-${path}`).inputValue();
  }
}
