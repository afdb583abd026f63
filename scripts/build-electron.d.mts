/** Builds main.cjs and preload.cjs into `outdir` (dist/electron by default). */
export function buildElectron(options?: {
  readonly outdir?: string;
}): Promise<{ readonly main: string; readonly preload: string }>;
