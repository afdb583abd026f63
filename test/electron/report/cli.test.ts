/** The real command, spawned as a user runs it. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const CASES = resolve(REPO, '../shared/cases');
const run = promisify(execFile);

function report(...args: string[]) {
  return run('npm', ['run', '--silent', 'report', '--', ...args], {
    cwd: REPO,
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe('npm run --silent report', () => {
  it('prints one JSON object on stdout for case 01', async () => {
    const { stdout, stderr } = await report(
      resolve(CASES, '01_baseline_clean.csv'),
      '--format',
      'json',
    );
    const json = JSON.parse(stdout) as {
      records: { accepted: number };
      clients: unknown[];
    };
    expect(json.records.accepted).toBe(12);
    expect(json.clients).toHaveLength(12);
    expect(stderr).toBe('');
  });

  it('exits 2 with the error object for case 15', async () => {
    const failure = await report(
      resolve(CASES, '15_duplicate_column_names.csv'),
      '--format',
      'json',
    ).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(JSON.parse(failure?.stdout ?? '{}')).toMatchObject({
      error: { code: 'E_DUPLICATE_COLUMN' },
    });
  });
});
