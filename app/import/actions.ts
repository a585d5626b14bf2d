'use server';
// Removing an import. The checks (session, input, the count the curator saw) are in lib/curation.
import type { ActionState } from '@/lib/auth/action-state';
import { runCuration } from '@/lib/auth/run-action';
import { removeImport } from '@/lib/curation/imports';

export async function removeImportAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  // The row (and its form) leave the list with the import, so the page confirms it from the trail.
  return runCuration(removeImport, formData, ({ batchId, removed }) => ({
    message: `Removed import #${batchId}: ${removed} article${removed === 1 ? '' : 's'}.`,
    revalidate: ['/import', '/', '/changes', '/events', '/articles', '/publishers', '/compare', '/terms', '/claims', '/sources', '/amplification'],
    redirectTo: `/import?removed=${batchId}#in-the-corpus`,
  }));
}
