/**
 * The part of Papa Parse the CSV reader uses. NOTE: imported by its file
 * path so that @types/papaparse, which pulls in all of Node's types, stays
 * out of shared/ (a stray `process` there must not compile).
 */
declare module 'papaparse/papaparse.js' {
  export type PapaError = {
    readonly type: string;
    readonly code: string;
    readonly message: string;
    readonly row?: number;
  };
  export type PapaStepResult = {
    readonly data: string[];
    readonly errors: readonly PapaError[];
    readonly meta: { readonly cursor: number };
  };
  export type PapaConfig = {
    readonly delimiter: string;
    readonly newline: string;
    readonly quoteChar: string;
    readonly header: false;
    readonly dynamicTyping: false;
    readonly skipEmptyLines: false;
    readonly step: (result: PapaStepResult) => void;
  };
  const Papa: { parse(input: string, config: PapaConfig): void };
  export default Papa;
}
