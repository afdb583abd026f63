/** The CSP the browser fallback sends, the same as the desktop's. */
export const CONTENT_SECURITY_POLICY: string;

export type StartArgs = {
  readonly browserOnly: boolean;
  readonly build: boolean;
  readonly port: number;
};

/** Reads `--browser`, `--no-build` and `--port N` (or PORT). */
export function parseStartArgs(
  argv: readonly string[],
  env?: Readonly<Record<string, string | undefined>>,
): StartArgs;

/** The effects `runStart` has; a test passes its own. */
export type StartDeps = {
  readonly log: (message: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly build: () => Promise<void>;
  readonly findBinary: () => string | null;
  readonly installBinary: () => Promise<{
    readonly ok: boolean;
    readonly output: string;
  }>;
  readonly getDisplayProblem: () => string | null;
  readonly launch: (binary: string) => Promise<'closed' | 'early-exit'>;
  readonly serve: (port: number) => Promise<{
    readonly url: string;
    readonly close: () => Promise<void>;
  }>;
  readonly rendererBuilt: () => boolean;
};

/** The default effects. */
export function createStartDeps(log?: (message: string) => void): StartDeps;

export type StartOutcome =
  | { readonly mode: 'desktop' }
  | {
      readonly mode: 'browser';
      readonly url: string;
      readonly close: () => Promise<void>;
    };

/** The whole start: build, then desktop, else the browser fallback. */
export function runStart(
  argv: readonly string[],
  deps: StartDeps,
): Promise<StartOutcome>;
