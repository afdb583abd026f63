/**
 * A scenario saved as a policy file (scenario-export-policy writes
 * toPolicyFileText) is read back the same by the report command's
 * --policy and by the app's import.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { afterAll, describe, expect, it } from 'vitest';

import { runReport } from '../../../../../electron/report/run-report';
import {
  readPolicyFile,
  toPolicyFileText,
} from '../../../../../renderer/features/scenario/policy-files';
import { tierFromCode } from '../../../../../shared/domain';
import { computePortfolio } from '../../../../../shared/engine/index';
import {
  importClients,
  proposeMapping,
  readTable,
} from '../../../../../shared/import/index';
import {
  DEFAULT_POLICY,
  clonePolicy,
  validatePolicy,
  type Policy,
} from '../../../../../shared/policy';

const ROOT = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../../../..',
);
const CASE = resolve(ROOT, '../shared/cases/01_baseline_clean.csv');
const dir = mkdtempSync(join(tmpdir(), 'tierwise-policy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The SMB/Mid-Market line at 4 workers (case 01's clients are small), Mid-Market at 1:30, an SMB floor. */
function edited(): Policy {
  const policy = structuredClone(
    clonePolicy(DEFAULT_POLICY, 'Line at 4, pooled'),
  ) as Policy;
  policy.tiers['Mid-Market'].min_workers = 4;
  policy.tiers['Mid-Market'].csm_ratio = 30;
  policy.tiers.SMB.min_pepm = 420.5;
  return validatePolicy(policy);
}

function saved(policy: Policy): string {
  const path = join(dir, 'scenario.json');
  writeFileSync(path, toPolicyFileText(policy));
  return path;
}

function tiersUnder(policy: Policy) {
  const bytes = new Uint8Array(readFileSync(CASE));
  const table = readTable(bytes, '01_baseline_clean.csv');
  const { columns } = importClients(table, proposeMapping(table.header));
  const result = computePortfolio(columns, policy);
  return Array.from(result.classification.service, (code) =>
    tierFromCode(code),
  );
}

type ReportJson = {
  clients: { service_tier: string | null }[];
  hiring: { tier: string; required_csms: number }[];
  scenarios?: { name: string; movers: unknown[] }[];
};

describe('policy file', () => {
  it('is read back by the app as the same policy', () => {
    const policy = edited();
    const bytes = new TextEncoder().encode(toPolicyFileText(policy));
    expect(readPolicyFile(bytes, 'scenario.json', DEFAULT_POLICY)).toEqual(
      policy,
    );
  });

  it('gives the report command the same tiers as the app computes', async () => {
    const policy = edited();
    const run = await runReport([
      CASE,
      '--policy',
      saved(policy),
      '--format',
      'json',
    ]);
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(run.stdout) as ReportJson;
    const tiers = tiersUnder(policy);
    expect(report.clients.map((c) => c.service_tier)).toEqual(tiers);
    // The edits took effect: these tiers differ from the defaults'.
    expect(tiers).not.toEqual(tiersUnder(DEFAULT_POLICY));
  });

  it('runs through npm run report as a user types it', async () => {
    const policy = edited();
    const { stdout } = await promisify(execFile)(
      'npm',
      [
        'run',
        '--silent',
        'report',
        '--',
        CASE,
        '--policy',
        saved(policy),
        '--format',
        'json',
      ],
      { cwd: ROOT },
    );
    const report = JSON.parse(stdout) as ReportJson;
    expect(report.clients.map((c) => c.service_tier)).toEqual(
      tiersUnder(policy),
    );
  }, 60_000);
});
