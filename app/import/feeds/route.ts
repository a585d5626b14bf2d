// POST: subscribe to an RSS/Atom feed (optionally as one publisher's) and queue its first poll.
// Needs a curator's session and a same-site request.
import { requireAdminRequest } from '@/lib/auth/require-admin';
import { errorResponse, json, jsonError } from '@/lib/http/respond';
import { queueFeedSubscription } from '@/lib/jobs/web';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function POST(request: Request) {
  try {
    const actor = await requireAdminRequest(request);
    const form = await request.formData().catch(() => null);
    if (!form) return jsonError(400, 'bad_request', 'Send the feed as form data (fields "url" and "publisher").');
    const url = form.get('url');
    const publisher = form.get('publisher');
    const result = await queueFeedSubscription(actor, { url: typeof url === 'string' ? url : '', publisher: typeof publisher === 'string' ? publisher : null });
    return json(result, 202);
  } catch (err) {
    return errorResponse(err, 'feed subscription', 'The feed could not be stored or queued.');
  }
}
