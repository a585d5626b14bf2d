// GET /api/v1/openapi.json: the OpenAPI 3.1 description, built from the dataset registry.
import { buildOpenApi } from '@/lib/export/openapi';
import { json } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request) {
  return json(buildOpenApi(new URL(request.url).origin));
}
