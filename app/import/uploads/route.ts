// POST: store the dropped files and queue their import (one pg-boss job per upload).
// GET: the latest uploads with each file's progress, polled by /import.
// Both need a curator's session; POST also refuses cross-site requests.
import { requireAdminRequest } from '@/lib/auth/require-admin';
import { errorResponse, json, jsonError } from '@/lib/http/respond';
import { queueUpload, UPLOAD_LIMITS } from '@/lib/jobs/uploads';
import { recentUploads } from '@/lib/queries/uploads';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function POST(request: Request) {
  try {
    const actor = await requireAdminRequest(request);
    const length = Number(request.headers.get('content-length') ?? 0);
    // Refuse before reading: the multipart framing adds a little to the files' own bytes.
    if (length > UPLOAD_LIMITS.totalBytes + 1024 * 1024) {
      return jsonError(413, 'too_large', `The upload is larger than ${UPLOAD_LIMITS.totalBytes / 1024 / 1024} MB.`);
    }
    const form = await request.formData().catch(() => null);
    if (!form) return jsonError(400, 'bad_request', 'Send the files as multipart/form-data (field "files").');
    const files = form.getAll('files').filter((f): f is File => typeof f !== 'string');
    const inputs = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    return json(await queueUpload(actor, inputs), 202);
  } catch (err) {
    return errorResponse(err, 'upload', 'The upload could not be stored or queued.');
  }
}

export async function GET(request: Request) {
  try {
    await requireAdminRequest(request, { mutation: false });
    return json({ uploads: await recentUploads() });
  } catch (err) {
    return errorResponse(err, 'uploads');
  }
}
