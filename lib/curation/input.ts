// Shared pieces of the curation input schemas. Inputs arrive as FormData values (strings) from
// server actions or as JSON-ish objects from tests, so every field accepts its string form.
import { z } from 'zod';
import type { Db } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertAdmin, type Actor } from '@/lib/auth/actor';
import { CurationError, describeIssues } from './errors';

/** An empty or absent form field is null. */
export const blankToNull = (v: unknown) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v);

export const Id = z.coerce.number().int().positive();
export const OptionalText = (max: number) => z.preprocess(blankToNull, z.string().trim().max(max).nullable().default(null));
export const Reason = OptionalText(1000);
export const RequiredReason = z.string().trim().min(3, 'say why (a few words at least)').max(1000);

/** One item per line (or an array), blanks dropped, duplicates removed in order. */
export const Lines = <T extends z.ZodTypeAny>(item: T, maxItems = 50) =>
  z.preprocess(
    (v) => {
      const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/\r?\n/) : v ?? [];
      return Array.isArray(list) ? [...new Set(list.map((s) => String(s).trim()).filter(Boolean))] : list;
    },
    z.array(item).max(maxItems),
  );

export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export type Tx = Prisma.TransactionClient;

export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw new CurationError(describeIssues(r.error.issues));
  return r.data;
}

/**
 * Every change goes through here: the actor is checked first (401 without one), then the
 * input, then the change and its audit row run in one transaction.
 */
export async function curate<S extends z.ZodTypeAny, T>(
  db: Db,
  actor: Actor | null | undefined,
  schema: S,
  input: unknown,
  change: (tx: Tx, input: z.output<S>, admin: Actor) => Promise<T>,
): Promise<T> {
  const admin = assertAdmin(actor);
  const data = parseInput(schema, input);
  return db.$transaction((tx) => change(tx, data, admin), { timeout: 120_000, maxWait: 15_000 });
}
