// The HTTP side of exports and the API, kept out of the route files so they stay thin:
// parse the request → dataset generator → writer → streamed Response.
import { PassThrough, Readable } from 'node:stream';
import { pgPool } from '@/lib/db/pg-pool';
import { prisma } from '@/lib/db/prisma';
import { getDataset, searchParamsRecord, type AnyDataset } from './datasets';
import { decodeCursor, encodeCursor } from './cursor';
import { buildProvenance, EXPORT_FORMATS, type ExportFormat } from './provenance';
import { runExport } from './run';
import { DatasetParamError } from '@/lib/filters/errors';
import { errorResponse, json, jsonError, NO_STORE } from '@/lib/http/respond';
import type { DatasetContext } from './types';
import { CONTENT_TYPES } from './writers';

export const API_MAX_LIMIT = 500;
export const API_DEFAULT_LIMIT = 100;


function unknownDataset(name: string): Response {
  return jsonError(404, 'unknown_dataset', `No dataset "${name}". See /api/v1/openapi.json for the list.`);
}

/** `stance-lens-<dataset>-<YYYY-MM-DD>.<ext>` (the UTC day of the export). */
export function exportFilename(dataset: string, format: ExportFormat, at = new Date()): string {
  return `stance-lens-${dataset}-${at.toISOString().slice(0, 10)}.${format}`;
}

export function parseFormat(value: string | null): ExportFormat {
  const f = (value ?? 'csv').trim().toLowerCase();
  if ((EXPORT_FORMATS as readonly string[]).includes(f)) return f as ExportFormat;
  throw new DatasetParamError(`Unknown format "${value}": use ${EXPORT_FORMATS.join(', ')}.`, 'format');
}

function context(): DatasetContext {
  return { db: prisma(), pool: pgPool() };
}

function flag(value: string | null): boolean {
  return value !== null && ['1', 'true', 'yes'].includes(value.trim().toLowerCase());
}

/** GET /api/export/<dataset>?format=csv|xlsx|json|jsonl&<the page's filters> */
export async function handleExport(request: Request, name: string): Promise<Response> {
  const ds = getDataset(name);
  if (!ds) return unknownDataset(name);
  const url = new URL(request.url);
  const params = url.searchParams;
  let format: ExportFormat;
  let filter: unknown;
  const ctx = context();
  try {
    format = parseFormat(params.get('format'));
    filter = ds.parse(searchParamsRecord(params));
    await ds.check?.(ctx, filter);
    if (flag(params.get('provenance'))) {
      // The companion of a CSV or JSON Lines file: the same provenance, with the count from SQL.
      const rowCount = await ds.count(ctx, filter);
      return json(buildProvenance(ds, filter, { format, origin: url.origin, rowCount }));
    }
  } catch (err) {
    return errorResponse(err, 'export', 'The export failed on the server.');
  }

  const exportedAt = new Date();
  const out = new PassThrough();
  runExport({
    dataset: ds,
    ctx,
    filter,
    format,
    out,
    origin: url.origin,
    exportedAt,
    headers: params.get('headers') === 'keys' ? 'keys' : 'labels',
    bom: params.get('bom') === null ? true : flag(params.get('bom')),
  }).catch((err: NodeJS.ErrnoException) => {
    // A closed download is not a server error; anything else aborts the response so the client
    // sees a failed download rather than a silently short file.
    if (err?.code !== 'ERR_STREAM_PREMATURE_CLOSE' && err?.code !== 'ABORT_ERR') console.error(`[export] ${ds.name}:`, err);
    out.destroy(err);
  });
  return new Response(Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>, {
    headers: {
      ...NO_STORE,
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${exportFilename(ds.name, format, exportedAt)}"`,
    },
  });
}

function positiveInt(value: string | null, param: string, max: number): number | null {
  if (value === null) return null;
  const v = value.trim();
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > max) {
    throw new DatasetParamError(`${param} must be an integer from 1 to ${max}.`, param);
  }
  return Number(v);
}

export interface ApiPage {
  data: Record<string, unknown>[];
  nextCursor: string | null;
  total: number;
}

/** One page of the read-only API, without HTTP (tests call it directly). */
export async function apiPage(ds: AnyDataset, ctx: DatasetContext, params: URLSearchParams): Promise<ApiPage> {
  const limit = positiveInt(params.get('limit'), 'limit', API_MAX_LIMIT) ?? API_DEFAULT_LIMIT;
  const page = positiveInt(params.get('page'), 'page', 1_000_000);
  const cursor = params.get('cursor');
  if (cursor !== null && page !== null) throw new DatasetParamError('Use either cursor or page, not both.', 'cursor');
  const filter = ds.parse(searchParamsRecord(params));
  await ds.check?.(ctx, filter);
  const sortId = ds.sortId(filter);
  const after = cursor ? decodeCursor(cursor, ds.name, sortId) : null;
  const [result, total] = await Promise.all([
    ds.fetch(ctx, filter, { after, offset: page ? (page - 1) * limit : 0, limit }),
    ds.count(ctx, filter),
  ]);
  return {
    data: result.rows.map((r) => Object.fromEntries(ds.columns.map((c) => [c.key, r[c.key] ?? null]))),
    nextCursor: result.next ? encodeCursor(ds.name, sortId, result.next) : null,
    total,
  };
}

/** GET /api/v1/<dataset>?limit=&cursor=|page=&<the page's filters> */
export async function handleApi(request: Request, name: string): Promise<Response> {
  const ds = getDataset(name);
  if (!ds) return unknownDataset(name);
  try {
    return json(await apiPage(ds, context(), new URL(request.url).searchParams));
  } catch (err) {
    return errorResponse(err, 'api', 'The request failed on the server.');
  }
}
