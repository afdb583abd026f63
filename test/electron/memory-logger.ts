/** A logger that keeps its lines in memory, for assertions. */
import type { FileLogger } from '../../electron/logger';

export type MemoryLogger = FileLogger & { readonly lines: string[] };

/** A FileLogger whose "file" is an array of `level [source] message` lines. */
export function createMemoryLogger(): MemoryLogger {
  const lines: string[] = [];
  const write: FileLogger['write'] = (source, level, message, error) => {
    lines.push(
      `${level} [${source}] ${message}${error ? ` (${error.message})` : ''}`,
    );
  };
  const at =
    (level: 'error' | 'warn' | 'info' | 'debug') =>
    (message: string, error?: unknown) =>
      write(
        'main',
        level,
        message,
        error instanceof Error
          ? { name: error.name, message: error.message }
          : undefined,
      );
  return {
    lines,
    filePath: '(memory)',
    write,
    flush: () => Promise.resolve(),
    error: at('error'),
    warn: at('warn'),
    info: at('info'),
    debug: at('debug'),
  };
}
