// The server side of every curation form: requireAdmin() on the session (401 without one), hand
// the form's fields to the lib/curation function (which asserts the actor again, so the check
// holds however it is called), then refresh the pages that show the change. Refusals and validation errors come back as the
// form's message; anything else is logged and reported without internals.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { prisma, type Db } from '@/lib/db/prisma';
import { CurationError } from '@/lib/curation/errors';
import { AuthError, type Actor } from './actor';
import type { ActionState } from './action-state';
import { requireAdmin } from './require-admin';

export interface ActionOutcome {
  message: string;
  revalidate?: string[];
  redirectTo?: string;
}

export async function runCuration<T>(
  core: (db: Db, actor: Actor | null, input: unknown) => Promise<T>,
  formData: FormData,
  done: (result: T) => ActionOutcome,
): Promise<ActionState> {
  let outcome: ActionOutcome;
  try {
    const actor = await requireAdmin();
    const input = Object.fromEntries([...formData.entries()].filter(([k, v]) => !k.startsWith('$') && typeof v === 'string'));
    outcome = done(await core(prisma(), actor, input));
  } catch (err) {
    if (err instanceof AuthError || err instanceof CurationError) return { ok: false, message: err.message };
    console.error('stance-lens: curation failed:', err);
    return { ok: false, message: 'The change could not be saved (server error); nothing was changed.' };
  }
  for (const p of outcome.revalidate ?? []) revalidatePath(p);
  if (outcome.redirectTo) redirect(outcome.redirectTo);
  return { ok: true, message: outcome.message };
}
