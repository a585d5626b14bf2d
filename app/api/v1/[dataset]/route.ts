// GET /api/v1/<dataset>?limit=&cursor=|page=&<filters>: the read-only JSON API, one page of rows
// as { data, nextCursor, total } (see docs/api.md and /api/v1/openapi.json).
import { handleApi } from '@/lib/export/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  return handleApi(request, (await params).dataset);
}
