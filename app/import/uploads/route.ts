// POST: store the dropped files and queue their import (one pg-boss job per upload).
// GET: the latest uploads with each file's progress, polled by /import.
// Both need a curator's session; POST also refuses cross-site requests.
import { prisma } from '@/lib/db/prisma';
import { AuthError } from '@/lib/auth/actor';
import { authErrorResponse, requireAdminRequest } from '@/lib/auth/require-admin';
import { CurationError } from '@/lib/curation/errors';
import { enqueueImport, producerBoss } from '@/lib/jobs/boss';
import { createUpload, UPLOAD_LIMITS } from '@/lib/jobs/uploads';
import { recentUploads } from '@/lib/queries/uploads';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const noStore = { 'cache-control': 'no-store' };

export async function POST(request: Request) {
  try {
    const actor = await requireAdminRequest(request);
    const length = Number(request.headers.get('content-length') ?? 0);
    // Refuse before reading: the multipart framing adds a little to the files' own bytes.
    if (length > UPLOAD_LIMITS.totalBytes + 1024 * 1024) {
      return Response.json({ error: `The upload is larger than ${UPLOAD_LIMITS.totalBytes / 1024 / 1024} MB.` }, { status: 413, headers: noStore });
    }
    const form = await request.formData().catch(() => null);
    if (!form) return Response.json({ error: 'Send the files as multipart/form-data (field "files").' }, { status: 400, headers: noStore });
    const files = form.getAll('files').filter((f): f is File => typeof f !== 'string');
    const inputs = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    const result = await createUpload(prisma(), actor, inputs, async (uploadId) => enqueueImport(await producerBoss(), uploadId));
    return Response.json(result, { status: 202, headers: noStore });
  } catch (err) {
    if (err instanceof AuthError) return authErrorResponse(err);
    if (err instanceof CurationError) return Response.json({ error: err.message }, { status: err.status, headers: noStore });
    console.error('stance-lens: upload failed:', err);
    return Response.json({ error: 'The upload could not be stored or queued.' }, { status: 500, headers: noStore });
  }
}

export async function GET(request: Request) {
  try {
    await requireAdminRequest(request, { mutation: false });
    return Response.json({ uploads: await recentUploads(prisma()) }, { headers: noStore });
  } catch (err) {
    if (err instanceof AuthError) return authErrorResponse(err);
    throw err;
  }
}
