/**
 * A scenario edit as a user meets it: the built renderer in headless
 * Chromium with a portfolio imported, a scenario active, one policy value
 * typed, timed from the input event until the new figures are painted.
 * Two figures are watched: the scenario summary on the Edit tab (the
 * active scenario's recompute) and, with four scenarios compared, the
 * Compare tab (baseline + four, bridges and mover counts, in the worker).
 * The longest main-thread task seen during the edits says whether the
 * window stayed interactive.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, type Page } from 'playwright-core';

import { CHROMIUM, serveRenderer } from '../e2e/harness';
import { AppPage } from '../e2e/pages/app-page';
import { ImportPage } from '../e2e/pages/import-page';
import { BROWSER_FLAGS } from './browser-import';

export type EditTiming = {
  /** Input event → scenario summary repainted, ms (median, max). */
  readonly summaryMedian: number;
  readonly summaryMax: number;
  /** Input event → Compare tab repainted, four scenarios compared. */
  readonly compareMedian: number;
  readonly compareMax: number;
  /** The longest main-thread task during all edits, ms. */
  readonly longestTask: number;
  readonly edits: number;
};

const INPUT = 'policy-input-tiers.Mid-Market.min_workers';
const EDITS = 9;

/** Imports the CSV, sets up four scenarios and times the edits. */
export async function timeEditsInBrowser(path: string): Promise<EditTiming> {
  const server = await serveRenderer();
  const profile = mkdtempSync(join(tmpdir(), 'tierwise-bench-edit-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: BROWSER_FLAGS,
  });
  // tsx keeps function names with a `__name` helper that the page lacks.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const app = new AppPage(page, server.url);
    await app.open();
    await importFile(app, path);
    await app.go('scenario');
    for (let k = 1; k <= 4; k++) {
      await app.byTestId('scenario-create').click();
      // The header may still say "Computed" from before the click: wait
      // for the new scenario to be listed and active, then for its figures.
      await page.waitForFunction((count) => {
        const items = document.querySelectorAll(
          '[data-testid="scenario-item"]',
        );
        return (
          items.length === count &&
          items[count - 1]!.getAttribute('aria-current') === 'true'
        );
      }, k);
      await app.waitComputed();
    }
    await watchLongTasks(page);
    const summary = await timeEdits(page, 'summary-clients-Mid-Market');
    await app.byTestId('scenario-tab-compare').click();
    await app.byTestId('compare-table').waitFor();
    const compare = await timeEdits(page, 'compare-clients-Mid-Market-');
    const longestTask = await page.evaluate(
      () => (window as unknown as { __longest: number }).__longest,
    );
    return {
      summaryMedian: median(summary),
      summaryMax: Math.max(...summary),
      compareMedian: median(compare),
      compareMax: Math.max(...compare),
      longestTask,
      edits: summary.length + compare.length,
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
}

async function importFile(app: AppPage, path: string): Promise<void> {
  const importer = new ImportPage(app);
  await app.go('import');
  await importer.chooseFile(path);
  await importer.waitMapping();
  await importer.setPeriod('2025-Q1');
  await importer.validate();
  await importer.commit();
  await app.waitComputed();
}

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
}

/** Types alternating values into the input; ms until the cells whose test id starts with `figure` repaint. */
async function timeEdits(page: Page, figure: string): Promise<number[]> {
  const times: number[] = [];
  // Within the valid range (above SMB's 1, below Enterprise's 51), and
  // each different from the last, so every edit moves clients.
  const values = ['16', '12', '20'];
  for (let k = 0; k < EDITS; k++) {
    await page.locator(`[data-testid="${INPUT}"]`).waitFor();
    times.push(await timeOneEdit(page, figure, values[k % values.length]!));
    await page.waitForTimeout(300);
  }
  return times;
}

function timeOneEdit(page: Page, figure: string, value: string) {
  return page.evaluate(
    ({ input, figure, value }) =>
      new Promise<number>((resolve, reject) => {
        // Every cell whose test id starts with `figure`, read together.
        const cell = () =>
          Array.from(
            document.querySelectorAll(`[data-testid^="${figure}"]`),
            (node) => node.textContent,
          ).join('|');
        const field = document.querySelector<HTMLInputElement>(
          `[data-testid="${input}"]`,
        );
        if (!field) return reject(new Error(`no ${input} on screen`));
        const before = cell();
        const timeout = setTimeout(
          () => reject(new Error(`${figure} did not change from ${before}`)),
          20_000,
        );
        const observer = new MutationObserver(() => {
          if (cell() === before) return;
          observer.disconnect();
          clearTimeout(timeout);
          // The figures are in the DOM; the next frame paints them.
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
        });
        const setValue = Object.getOwnPropertyDescriptor(
          HTMLInputElement.prototype,
          'value',
        )!.set!;
        field.focus();
        const start = performance.now();
        setValue.call(field, value);
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { input: INPUT, figure, value },
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
