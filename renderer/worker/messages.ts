/**
 * The typed messages between the UI and the engine worker. Every request
 * carries an id; the worker answers it once with a response and may send
 * progress messages with the same id before that.
 */
import type { ClientColumns } from '../../shared/columns';
import type { PortfolioResult } from '../../shared/engine/types';
import type {
  ColumnMapping,
  Field,
  ImportReport,
  RawTable,
} from '../../shared/import/types';
import type { Policy } from '../../shared/policy';
import type {
  BreakEven,
  BridgeRow,
  Mover,
  SweepParameter,
  SweepResult,
} from '../../shared/scenario/types';

/** What the Import screen needs of a parsed file; the rows stay in the worker. */
export type TableSummary = {
  readonly tableId: string;
  readonly fileName: string;
  readonly format: RawTable['format'];
  readonly sheetNames: readonly string[];
  readonly sheet: string | null;
  readonly delimiter: string | null;
  readonly encoding: string;
  readonly headerLine: number;
  readonly header: readonly string[];
  /** The first few records, for the mapping table's examples. */
  readonly preview: readonly (readonly string[])[];
  readonly rowCount: number;
  readonly skippedCount: number;
  readonly proposedMapping: ColumnMapping;
  /** Client ids repeat: a list of workers or billing lines, not clients. */
  readonly lineLevel: boolean;
  /** The period named in the file, when its rows say one. */
  readonly filePeriod: string | null;
};

/** How a validated file is read. */
export type ImportKindInput = 'clients' | 'lines';

export type ValidateInput = {
  readonly tableId: string;
  readonly mapping: ColumnMapping;
  readonly kind: ImportKindInput;
  readonly period: string;
  /** The period's stored clients and the fields to add to them, for a merge. */
  readonly merge: {
    readonly base: ClientColumns;
    readonly currency: string;
    readonly fields: readonly Field[];
  } | null;
};

export type ValidateOutput = {
  /** The period's whole client list if this import is committed. */
  readonly columns: ClientColumns;
  /** The file's own report. */
  readonly report: ImportReport;
  readonly currency: string;
  /** Clients the file itself holds (before a merge). */
  readonly fileClients: number;
  readonly unmatchedIds: readonly string[];
  readonly missingIds: readonly string[];
};

export type SampleOutput = {
  readonly name: string;
  readonly currency: string;
  readonly periods: readonly {
    readonly period: string;
    readonly columns: ClientColumns;
  }[];
};

export type ComputeOutput = {
  readonly baseline: PortfolioResult;
  readonly scenario: PortfolioResult | null;
  /** Milliseconds both computePortfolio calls took in the worker. */
  readonly ms: number;
};

/** The most scenarios one compare request may hold (beside the baseline). */
export const MAX_COMPARED = 4;

/** A policy's figures without its per-client arrays. */
export type PolicyFigures = Pick<
  PortfolioResult,
  'segments' | 'total' | 'hiring' | 'matrix'
>;

/** One compared scenario: its figures and what separates it from the baseline. */
export type ComparedFigures = PolicyFigures & {
  readonly id: string;
  readonly name: string;
  /** Bridge from the baseline to this scenario: four tiers, then the total. */
  readonly bridge: readonly BridgeRow[];
  /** Clients whose service tier differs from the baseline's. */
  readonly moverCount: number;
};

export type CompareOutput = {
  readonly baseline: PolicyFigures;
  readonly scenarios: readonly ComparedFigures[];
  /** Milliseconds the worker took for all of it. */
  readonly ms: number;
};

/**
 * What separates two policies: the bridge, every client that moves, and
 * each policy's own figures (so the margin before and after comes from
 * the engine, not from the bridge's gross profit).
 */
export type PairOutput = {
  readonly bridge: readonly BridgeRow[];
  readonly movers: readonly Mover[];
  readonly before: PolicyFigures;
  readonly after: PolicyFigures;
};

/**
 * The columns attaching the prior period changes. Only these come back
 * from the worker; the UI lays them over the columns it sent, so the
 * string columns never cross the boundary twice.
 */
export type PriorColumns = Pick<
  ClientColumns,
  'workersPrior' | 'arrPriorCents' | 'newClient'
>;

/** Each request type's payload and result. */
export type EngineRequests = {
  parse: {
    payload: { bytes: Uint8Array; fileName: string; sheet?: string };
    result: TableSummary;
  };
  'check-line-level': {
    payload: { tableId: string; mapping: ColumnMapping };
    result: boolean;
  };
  validate: { payload: ValidateInput; result: ValidateOutput };
  'release-table': { payload: { tableId: string }; result: null };
  'set-data': {
    payload: {
      key: string;
      columns: ClientColumns;
      prior: ClientColumns | null;
    };
    result: PriorColumns;
  };
  compute: {
    payload: { key: string; baseline: Policy; scenario: Policy | null };
    result: ComputeOutput;
  };
  sample: {
    payload: { seed: number; clients: number; quarters: number };
    result: SampleOutput;
  };
  /** The baseline and up to four scenarios, each against the baseline. */
  compare: {
    payload: {
      key: string;
      baseline: Policy;
      scenarios: readonly { id: string; policy: Policy }[];
    };
    result: CompareOutput;
  };
  /** Bridge and movers between any two policies (before → after). */
  pair: {
    payload: { key: string; before: Policy; after: Policy };
    result: PairOutput;
  };
  /** One threshold or ratio swept over values; reports progress. */
  sweep: {
    payload: {
      key: string;
      policy: Policy;
      parameter: SweepParameter;
      values: readonly number[];
    };
    result: SweepResult;
  };
  /** Break-even ratio and minimum PEPM of every tier. */
  solve: {
    payload: { key: string; policy: Policy };
    result: readonly BreakEven[];
  };
};

export type RequestType = keyof EngineRequests;
export type PayloadOf<K extends RequestType> = EngineRequests[K]['payload'];
export type ResultOf<K extends RequestType> = EngineRequests[K]['result'];

/** The union of request messages the worker accepts. */
export type RequestMessage = {
  [K in RequestType]: {
    readonly kind: 'request';
    readonly id: number;
    readonly type: K;
    readonly payload: PayloadOf<K>;
  };
}[RequestType];

/** An error as it crosses the worker boundary. */
export type WireError = {
  readonly name: string;
  readonly code: string;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
};

export type ResponseMessage =
  | {
      readonly kind: 'response';
      readonly id: number;
      readonly ok: true;
      readonly result: unknown;
    }
  | {
      readonly kind: 'response';
      readonly id: number;
      readonly ok: false;
      readonly error: WireError;
    };

export type ProgressMessage = {
  readonly kind: 'progress';
  readonly id: number;
  /** 0…1 */
  readonly fraction: number;
  readonly stage: string;
};

/** Anything the worker posts. */
export type WorkerMessage = ResponseMessage | ProgressMessage;
