/**
 * Measures a large import from bytes to client columns: time of readTable
 * and importClients, peak resident memory and heap. Not a test (vitest
 * runs *.test.ts only); run it on the case 24 generator's output:
 *
 *   python3 ../shared/cases/24_gen_large.py 1200000 > /tmp/big.csv
 *   npx tsx test/shared/import/measure-large-import.ts /tmp/big.csv
 */
import { readFileSync } from 'node:fs';

import {
  importClients,
  proposeMapping,
  readTable,
} from '../../../shared/import';

function main(path: string | undefined): void {
  if (!path) throw new Error('usage: measure-large-import.ts FILE.csv');
  const bytes = new Uint8Array(readFileSync(path));
  let peak = process.memoryUsage().rss;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const started = performance.now();
  const table = readTable(bytes, path, { onProgress: sample });
  const read = performance.now();
  const result = importClients(table, proposeMapping(table.header), {
    onProgress: sample,
  });
  const done = performance.now();
  sample();
  const mb = (n: number) => Math.round(n / 1e6);
  console.log(
    JSON.stringify({
      file: path,
      megabytes: mb(bytes.length),
      records: table.rowCount,
      accepted: result.report.accepted,
      rejected: result.report.rejected,
      readTableMs: Math.round(read - started),
      importClientsMs: Math.round(done - read),
      totalMs: Math.round(done - started),
      peakRssMB: mb(peak),
      heapUsedMB: mb(process.memoryUsage().heapUsed),
    }),
  );
}

main(process.argv[2]);
