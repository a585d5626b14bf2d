// GET /api/export/<dataset>?format=csv|xlsx|json|jsonl&<filters>: every row matching the page's
// filters, streamed as a file (see docs/api.md). The work is in lib/export.
import { handleExport } from '@/lib/export/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  return handleExport(request, (await params).dataset);
}
