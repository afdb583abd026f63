import { describe, expect, it } from 'vitest';

import { MAP_FIELDS, parseReportArgs } from '../../../electron/report/args';

describe('parseReportArgs', () => {
  it('reads a bare file with the defaults', () => {
    expect(parseReportArgs(['clients.csv'])).toEqual({
      kind: 'run',
      options: {
        file: 'clients.csv',
        format: 'table',
        policyPath: null,
        comparePaths: [],
        map: {},
        sheet: null,
        lines: false,
        period: null,
      },
    });
  });

  it('reads every option, in either spelling', () => {
    const parsed = parseReportArgs([
      'book.xlsx',
      '--format=json',
      '--policy',
      'pool.json',
      '--compare',
      'a.json',
      '--compare=b.json',
      '--map',
      'workers=Seats',
      '--map',
      'mrr=Monthly fee = net',
      '--sheet',
      'Clients',
      '--lines',
      '--period',
      'Q4 2024',
    ]);
    expect(parsed).toEqual({
      kind: 'run',
      options: {
        file: 'book.xlsx',
        format: 'json',
        policyPath: 'pool.json',
        comparePaths: ['a.json', 'b.json'],
        map: { workers: 'Seats', mrr: 'Monthly fee = net' },
        sheet: 'Clients',
        lines: true,
        period: '2024-Q4',
      },
    });
  });

  it('keeps an empty COLUMN, which unmaps the field', () => {
    const parsed = parseReportArgs(['a.csv', '--map', 'growth=']);
    expect(parsed.kind === 'run' && parsed.options.map).toEqual({ growth: '' });
  });

  it('accepts every field of the report, line dates included, and no other', () => {
    for (const field of [...MAP_FIELDS, 'line_start', 'line_end']) {
      expect(parseReportArgs(['a.csv', '--map', `${field}=X`]).kind).toBe(
        'run',
      );
    }
    expect(parseReportArgs(['a.csv', '--map', 'revenue=X']).kind).toBe(
      'usage-error',
    );
  });

  it('asks for help with --help or -h', () => {
    expect(parseReportArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseReportArgs(['a.csv', '-h'])).toEqual({ kind: 'help' });
  });

  it.each([
    [[], /FILE is missing/],
    [['a.csv', 'b.csv'], /one FILE only/],
    [['a.csv', '--format', 'xml'], /--format xml/],
    [['a.csv', '--colour'], /colour/],
    [['a.csv', '--map', 'workers'], /FIELD=COLUMN/],
    [['a.csv', '--map', '=Seats'], /FIELD=COLUMN/],
    [['a.csv', '--map', 'seats=Seats'], /"seats" is not a field/],
    [['a.csv', '--map', 'mrr=A', '--map', 'mrr=B'], /given twice/],
    [['a.csv', '--policy'], /policy/],
    [['a.csv', '--period', '2024-Q5'], /--period 2024-Q5: write a quarter/],
  ])('refuses %j', (argv, message) => {
    const parsed = parseReportArgs(argv as string[]);
    expect(parsed.kind).toBe('usage-error');
    expect(parsed.kind === 'usage-error' && parsed.message).toMatch(message);
  });

  it.each([
    [['a.csv', '--colour'], 'unknown option --colour'],
    [['a.csv', '-z'], 'unknown option -z'],
    [['a.csv', '--lines=yes'], '--lines takes no value'],
    [['a.csv', '--format'], '--format needs a value'],
  ])('says %j in plain words, with the usage', (argv, message) => {
    expect(parseReportArgs(argv)).toMatchObject({
      kind: 'usage-error',
      code: 'E_USAGE',
      message,
      showUsage: true,
    });
  });

  it('says a value that looks like an option is missing its value', () => {
    const parsed = parseReportArgs(['a.csv', '--policy', '--lines']);
    expect(parsed.kind === 'usage-error' && parsed.message).toMatch(
      /^--policy needs a value, not the option --lines/,
    );
    expect(
      parseReportArgs(['a.csv', '--policy=-odd.json']).kind === 'run',
    ).toBe(true);
  });

  it('never words an error as the parser does', () => {
    for (const argv of [['a.csv', '--x'], ['--bogus=1'], ['a.csv', '-q']]) {
      const parsed = parseReportArgs(argv);
      expect(parsed.kind === 'usage-error' && parsed.message).not.toMatch(
        /positional argument|ERR_PARSE_ARGS|Unknown option '/,
      );
    }
  });

  it('says --compare needs a policy file, with the usage', () => {
    expect(parseReportArgs(['a.csv', '--format=json', '--compare'])).toEqual({
      kind: 'usage-error',
      code: 'E_USAGE',
      message: '--compare needs a value',
      showUsage: true,
      format: 'json',
    });
  });

  it('remembers the format asked for when the line is wrong', () => {
    const parsed = parseReportArgs(['--format', 'json', 'a.csv', '--bogus']);
    expect(parsed).toMatchObject({ kind: 'usage-error', format: 'json' });
    expect(parseReportArgs(['--bogus'])).toMatchObject({ format: 'table' });
  });
});
