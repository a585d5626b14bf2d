// POST: poll this feed now (queued for the worker). Needs a curator's session and a same-site request.
import { requireAdminRequest } from '@/lib/auth/require-admin';
import { errorResponse, json, jsonError } from '@/lib/http/respond';
import { queueFeedPoll } from '@/lib/jobs/web';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireAdminRequest(request);
    const id = Number((await params).id);
    if (!Number.isSafeInteger(id) || id <= 0) return jsonError(404, 'not_found', 'No such feed.');
    return json(await queueFeedPoll(actor, id), 202);
  } catch (err) {
    return errorResponse(err, 'feed poll', 'The poll could not be queued.');
  }
}
