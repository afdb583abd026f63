/** The Electron executable under `root`, or null when it is not there. */
export function findElectronBinary(
  root: string,
  env?: Readonly<Record<string, string | undefined>>,
): string | null;

/** Runs node_modules/electron/install.js once, killed after `timeoutMs`. */
export function runElectronInstaller(
  root: string,
  options?: { readonly timeoutMs?: number },
): Promise<{ readonly ok: boolean; readonly output: string }>;

/** Why a desktop window cannot open here, or null when it can. */
export function getDisplayProblem(
  env?: Readonly<Record<string, string | undefined>>,
  platform?: string,
): string | null;
