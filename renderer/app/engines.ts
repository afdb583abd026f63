/**
 * The app's two engine workers: one computes the period on show, the other
 * parses and validates imports, so cancelling an import (which ends its
 * worker) never touches what the screens show.
 */
import {
  createWorkerEngineClient,
  type EngineClient,
} from '../worker/engine-client';

let compute: EngineClient | null = null;
let importer: EngineClient | null = null;

/** The worker that computes the period on show. */
export function getComputeEngine(): EngineClient {
  compute ??= createWorkerEngineClient();
  return compute;
}

/** The worker that parses and validates imports. */
export function getImportEngine(): EngineClient {
  importer ??= createWorkerEngineClient();
  return importer;
}

/** Replaces the workers (tests). */
export function setEngines(next: {
  compute: EngineClient;
  importer: EngineClient;
}): void {
  compute = next.compute;
  importer = next.importer;
}
