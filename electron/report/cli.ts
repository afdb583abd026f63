/**
 * The report command: `npm run --silent report -- FILE [options]`. It only
 * prints what runReport returns; see run-report.ts and args.ts.
 */
import { runReport } from './run-report';

const result = await runReport(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
// exitCode, not exit(): a large report must finish flushing to a pipe first.
process.exitCode = result.exitCode;
