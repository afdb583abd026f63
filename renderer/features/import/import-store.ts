/**
 * The state of one import on the Import screen, from the picked file to the
 * committed period. The file's rows stay in the import worker; this store
 * holds only what the screen shows and the user's choices.
 */
import { create } from 'zustand';

import type { ColumnMapping, Field } from '../../../shared/import/types';
import type {
  ImportKindInput,
  TableSummary,
  ValidateOutput,
} from '../../worker/messages';
import type { ImportMode } from '../../db/records';

export type ImportStep =
  'pick' | 'parsing' | 'mapping' | 'validating' | 'report' | 'committing';

/** A file that cannot be imported at all, and what to do about it. */
export type FileError = {
  readonly code: string;
  readonly message: string;
  readonly nextStep: string;
};

/** The outcome of the last committed import, for the confirmation. */
export type ImportDone = {
  readonly fileName: string;
  readonly period: string;
  readonly clients: number;
  readonly mode: ImportMode;
};

export type ImportState = {
  readonly step: ImportStep;
  /** 0…1 while reading; null when the stage cannot say. */
  readonly progress: number | null;
  readonly fileName: string | null;
  readonly summary: TableSummary | null;
  readonly mapping: ColumnMapping;
  readonly kind: ImportKindInput;
  readonly period: string;
  readonly mode: ImportMode;
  readonly mergeFields: readonly Field[];
  readonly validation: ValidateOutput | null;
  readonly fileError: FileError | null;
  readonly done: ImportDone | null;
};

export const initialImportState: ImportState = {
  step: 'pick',
  progress: null,
  fileName: null,
  summary: null,
  mapping: {},
  kind: 'clients',
  period: '',
  mode: 'replace',
  mergeFields: [],
  validation: null,
  fileError: null,
  done: null,
};

export const useImportStore = create<ImportState>()(() => initialImportState);

/** Replaces part of the import state. */
export function patchImport(next: Partial<ImportState>): void {
  useImportStore.setState(next);
}
