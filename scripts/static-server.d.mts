/** Content types by extension. */
export const MIME_TYPES: Readonly<Record<string, string>>;

/** The file under root a URL path names, or null when it leaves root. */
export function resolveRequestPath(
  root: string,
  urlPath: string,
): string | null;

/** Serves `root` on host:port, trying the next ports when one is taken. */
export function startStaticServer(options: {
  readonly root: string;
  readonly host?: string;
  readonly port?: number;
  readonly headers?: Readonly<Record<string, string>>;
}): Promise<{
  readonly url: string;
  readonly port: number;
  readonly close: () => Promise<void>;
}>;
