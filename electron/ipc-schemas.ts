/**
 * The zod schema of every IPC argument. Payloads come from the renderer and
 * are untrusted: each schema is strict (no extra keys) and bounds every size.
 */
import { z } from 'zod';

import { LOG_LEVELS, type IpcArg, type IpcChannel } from './ipc-contract';

/** Largest file the app opens or saves: a 1M-client CSV is ~120 MB. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;
/** Longest text a save may carry, in UTF-16 code units. */
export const MAX_SAVE_TEXT_LENGTH = 256 * 1024 * 1024;
/** Longest log message; the renderer's logger truncates to this. */
export const MAX_LOG_MESSAGE_LENGTH = 8000;
/** Longest error stack forwarded with a log entry. */
export const MAX_LOG_STACK_LENGTH = 16000;

const fileFilterSchema = z
  .object({
    name: z.string().min(1).max(64),
    extensions: z
      .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/))
      .min(1)
      .max(16),
  })
  .strict();

const filtersSchema = z.array(fileFilterSchema).max(16);

// A base name only: a renderer that could name folders could write anywhere.
const baseNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\p{Cc}]/u.test(name), {
    message: 'must be a file name without folders or control characters',
  })
  .refine((name) => name !== '.' && name !== '..', {
    message: 'must be a file name',
  });

const bytesSchema = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, {
    message: `must be at most ${MAX_FILE_BYTES} bytes`,
  });

const fileOpenSchema = z
  .object({ title: z.string().max(200).optional(), filters: filtersSchema })
  .strict();

const fileSaveSchema = z
  .object({
    suggestedName: baseNameSchema,
    data: z.union([z.string().max(MAX_SAVE_TEXT_LENGTH), bytesSchema]),
    filters: filtersSchema.optional(),
  })
  .strict();

const serializedErrorSchema = z
  .object({
    name: z.string().max(200),
    message: z.string().max(MAX_LOG_MESSAGE_LENGTH),
    stack: z.string().max(MAX_LOG_STACK_LENGTH).optional(),
  })
  .strict();

const logEntrySchema = z
  .object({
    level: z.enum(LOG_LEVELS),
    message: z.string().max(MAX_LOG_MESSAGE_LENGTH),
    error: serializedErrorSchema.optional(),
  })
  .strict();

/** One schema per channel; a channel missing here does not compile. */
export const IPC_ARG_SCHEMAS: {
  readonly [C in IpcChannel]: z.ZodType<IpcArg<C>>;
} = {
  'file-open': fileOpenSchema,
  'file-save': fileSaveSchema,
  'app-info': z.null(),
  'log-write': logEntrySchema,
};

/** A short, plain description of why an argument was refused. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'argument'}: ${issue.message}`)
    .join('; ');
}
