// POST: a URL list (pasted text and/or a list file, multipart) becomes one background job per URL.
// GET: the latest lists with each URL's progress, polled by /import.
// Both need a curator's session; POST also refuses cross-site requests.
import { requireAdminRequest } from '@/lib/auth/require-admin';
import { errorResponse, json, jsonError } from '@/lib/http/respond';
import { queueUrlList, URL_LIST_LIMITS } from '@/lib/jobs/web';
import { recentUrlImports } from '@/lib/queries/web-imports';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const field = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : null;
};

export async function POST(request: Request) {
  try {
    const actor = await requireAdminRequest(request);
    const length = Number(request.headers.get('content-length') ?? 0);
    if (length > URL_LIST_LIMITS.bytes * 2 + 1024 * 1024) return jsonError(413, 'too_large', `The list is larger than ${URL_LIST_LIMITS.bytes / 1024 / 1024} MB.`);
    const form = await request.formData().catch(() => null);
    if (!form) return jsonError(400, 'bad_request', 'Send the list as multipart/form-data (fields "urls" and/or "file").');
    const file = form.get('file');
    const upload = file && typeof file !== 'string' && file.size > 0 ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
    const result = await queueUrlList(actor, { text: field(form, 'urls'), file: upload, publisher: field(form, 'publisher'), via: field(form, 'via') });
    return json(result, 202);
  } catch (err) {
    return errorResponse(err, 'url list', 'The list could not be stored or queued.');
  }
}

export async function GET(request: Request) {
  try {
    await requireAdminRequest(request, { mutation: false });
    return json({ lists: await recentUrlImports() });
  } catch (err) {
    return errorResponse(err, 'url lists');
  }
}
