/**
 * A large client list: read in the worker with a progress bar while the
 * window keeps painting, stored and shown; and a parse cancelled midway.
 * Timings are printed, not asserted (they depend on the machine).
 */
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { browserAvailable, screenshot } from './harness';
import { expectedSizeTiers, writeLargeClientList } from './large-file';
import { useAppFixture } from './app-fixture';
import type { AppPage } from './pages/app-page';
import { FiguresPage } from './pages/figures-page';
import { ImportPage } from './pages/import-page';

const canRun = browserAvailable();
const ROWS = 200_000;

/** Starts recording the longest gap between two painted frames. */
async function startFrameProbe(app: AppPage): Promise<void> {
  await app.page.evaluate(() => {
    const probe = { last: performance.now(), max: 0, run: true };
    (window as unknown as { __probe: typeof probe }).__probe = probe;
    const tick = (now: number) => {
      probe.max = Math.max(probe.max, now - probe.last);
      probe.last = now;
      if (probe.run) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopFrameProbe(app: AppPage): Promise<number> {
  return app.page.evaluate(() => {
    const probe = (
      window as unknown as { __probe: { max: number; run: boolean } }
    ).__probe;
    probe.run = false;
    return probe.max;
  });
}

describe.skipIf(!canRun)('a large client list', () => {
  const fixture = useAppFixture();

  beforeAll(async () => {
    await fixture.app.open();
  });

  it(`imports ${ROWS.toLocaleString('en-US')} clients without freezing the window`, async () => {
    const path = join(fixture.dir, 'large.csv');
    writeLargeClientList(path, ROWS);
    const importer = new ImportPage(fixture.app);
    await startFrameProbe(fixture.app);

    let started = Date.now();
    await importer.chooseFile(path);
    await importer.waitMapping();
    const parseMs = Date.now() - started;
    await importer.setPeriod('2025-Q1');
    started = Date.now();
    await importer.validate();
    const validateMs = Date.now() - started;
    expect(await importer.count('accepted')).toBe(ROWS);
    started = Date.now();
    await importer.commit();
    const commitMs = Date.now() - started;
    const maxFrameGap = await stopFrameProbe(fixture.app);
    const measures = await fixture.app.page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('measure')
          .map((m) => [m.name, Math.round(m.duration)]),
      ),
    );

    await fixture.app.go('segments');
    const tiers = expectedSizeTiers(ROWS);
    const smbServiceCount = await new FiguresPage(fixture.app).number(
      'segment-count-SMB',
    );
    expect(smbServiceCount).toBeGreaterThan(0);
    expect(smbServiceCount).toBeLessThanOrEqual(tiers.SMB!);
    const ms = await fixture.app.lastComputeMs();
    console.log(
      `${ROWS} rows: read ${parseMs} ms, validate ${validateMs} ms, store + show ${commitMs} ms, ` +
        `recompute ${ms.toFixed(1)} ms, longest frame gap ${maxFrameGap.toFixed(0)} ms; ` +
        `Dexie write ${measures['tierwise:import-store']} ms, show ${measures['tierwise:import-show']} ms`,
    );
    expect(maxFrameGap).toBeLessThan(1500);
    await screenshot(fixture.session.page, 'segments-large');

    started = Date.now();
    await fixture.app.reload();
    const load = await fixture.app.page.evaluate(
      () => performance.getEntriesByName('tierwise:load')[0]?.duration ?? -1,
    );
    console.log(
      `reload with ${ROWS} clients stored: ${Date.now() - started} ms to the first figures (load ${Math.round(load)} ms)`,
    );
    expect(await new FiguresPage(fixture.app).number('segment-count-SMB')).toBe(
      smbServiceCount,
    );
    expect(fixture.session.problems).toEqual([]);
  });

  it('cancels a parse under way and is ready for another file', async () => {
    const path = join(fixture.dir, 'larger.csv');
    writeLargeClientList(path, 800_000);
    const importer = new ImportPage(fixture.app);

    await importer.chooseFile(path);
    await fixture.app.byTestId('import-progress').waitFor({ timeout: 30_000 });
    await screenshot(fixture.session.page, 'import-progress');
    await fixture.app.byTestId('import-cancel').click();

    await fixture.app.byTestId('import-pick').waitFor();
    expect(await fixture.app.byTestId('import-mapping').count()).toBe(0);
    expect(await fixture.app.errorNotifications()).toEqual([]);
    expect(fixture.session.problems).toEqual([]);
  });
});
