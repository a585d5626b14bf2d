// The OpenAPI 3.1 description of the read-only API and the export endpoints, generated from the
// dataset registry on each request, so it always lists the datasets, params and columns the
// code has (never a stale hand-kept copy).
import { DATASETS, DATASET_NAMES, type AnyDataset } from './datasets';
import { API_DEFAULT_LIMIT, API_MAX_LIMIT } from './http';
import { APP_VERSION, EXPORT_FORMATS } from './provenance';
import type { Column, ParamSpec } from './types';

type Schema = Record<string, unknown>;

export function pascal(name: string): string {
  return name
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

export function columnSchema(c: Column): Schema {
  const base: Schema =
    c.type === 'integer'
      ? { type: 'integer' }
      : c.type === 'number'
        ? { type: 'number' }
        : c.type === 'boolean'
          ? { type: 'boolean' }
          : c.type === 'date'
            ? { type: 'string', format: 'date' }
            : c.type === 'datetime'
              ? { type: 'string', format: 'date-time' }
              : c.type === 'url'
                ? { type: 'string', format: 'uri' }
                : { type: 'string' };
  const nullable = c.nullable !== false;
  return { ...base, ...(nullable ? { type: [base.type, 'null'] } : {}), title: c.header, description: c.description };
}

function rowSchema(ds: AnyDataset): Schema {
  return {
    type: 'object',
    description: `${ds.title}: ${ds.rowIs}.`,
    properties: Object.fromEntries(ds.columns.map((c) => [c.key, columnSchema(c)])),
    required: ds.columns.map((c) => c.key),
    additionalProperties: false,
  };
}

function parameter(p: ParamSpec): Schema {
  return {
    name: p.name,
    in: 'query',
    required: p.required ?? false,
    description: p.description,
    schema: { ...p.schema, ...(p.schema.enum ? { enum: [...p.schema.enum] } : {}) },
    ...(p.example ? { example: p.example } : {}),
  };
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

export function buildOpenApi(origin?: string): Schema {
  const paths: Record<string, Schema> = {};
  const schemas: Record<string, Schema> = {
    Error: {
      type: 'object',
      properties: {
        error: {
          type: 'object',
          properties: {
            status: { type: 'integer' },
            code: { type: 'string', enum: ['bad_param', 'not_found', 'unknown_dataset', 'server_error'] },
            message: { type: 'string' },
            param: { type: 'string' },
          },
          required: ['status', 'code', 'message'],
        },
      },
      required: ['error'],
    },
    Provenance: {
      type: 'object',
      description: 'What an export is: when it was made, from which view and filters, how many rows, and the versions behind the numbers.',
      properties: {
        dataset: { type: 'string' },
        title: { type: 'string' },
        description: { type: 'string' },
        rowIs: { type: 'string' },
        format: { type: ['string', 'null'], enum: [...EXPORT_FORMATS, null] },
        exportedAt: { type: 'string', format: 'date-time' },
        pageUrl: { type: 'string', description: 'The dashboard page with the filters as its query string.' },
        filters: { type: 'object', additionalProperties: { type: 'string' } },
        rowCount: { type: ['integer', 'null'], description: 'null in the JSON export header: the count follows the rows.' },
        appVersion: { type: 'string' },
        versions: {
          type: 'object',
          properties: { lexicon: { type: 'string' }, events: { type: 'string' }, method: { type: 'string' }, registry: { type: 'string' } },
          required: ['lexicon', 'events', 'method', 'registry'],
        },
        formulaNeutralisation: { type: ['string', 'null'] },
        columns: {
          type: 'array',
          items: {
            type: 'object',
            properties: { key: { type: 'string' }, header: { type: 'string' }, type: { type: 'string' }, description: { type: 'string' } },
          },
        },
      },
      required: ['dataset', 'exportedAt', 'pageUrl', 'filters', 'appVersion', 'versions', 'columns'],
    },
  };

  for (const name of DATASET_NAMES) {
    const ds = DATASETS[name];
    const P = pascal(name);
    schemas[`${P}Row`] = rowSchema(ds);
    schemas[`${P}Page`] = {
      type: 'object',
      properties: {
        data: { type: 'array', items: { $ref: `#/components/schemas/${P}Row` } },
        nextCursor: { type: ['string', 'null'], description: 'Pass as ?cursor= for the next page; null on the last page.' },
        total: { type: 'integer', description: 'Rows matching the filters, across all pages.' },
      },
      required: ['data', 'nextCursor', 'total'],
    };
    const params = ds.params.map(parameter);
    paths[`/api/v1/${name}`] = {
      get: {
        operationId: `list${P}`,
        tags: ['api'],
        summary: `${ds.title} (one page)`,
        description: `${ds.description} One row is ${ds.rowIs}. Same filters as the page ${ds.page}.`,
        parameters: [
          ...params,
          { $ref: '#/components/parameters/limit' },
          { $ref: '#/components/parameters/cursor' },
          { $ref: '#/components/parameters/page' },
        ],
        responses: {
          '200': { description: 'One page of rows.', content: { 'application/json': { schema: { $ref: `#/components/schemas/${P}Page` } } } },
          '400': errorResponse('A bad parameter (limit, page, cursor, or a missing required filter).'),
          '404': errorResponse('Unknown dataset, or the filter names something that does not exist (an event).'),
          '503': errorResponse('The database is unavailable (code database_unavailable, Retry-After: 5); the same request succeeds once it is back.'),
        },
      },
    };
    paths[`/api/export/${name}`] = {
      get: {
        operationId: `export${P}`,
        tags: ['export'],
        summary: `${ds.title} (every row, as a file)`,
        description: `Every row matching the filters, streamed as a download named stance-lens-${name}-<date>.<format>. ${ds.description}`,
        parameters: [
          ...params,
          {
            name: 'format',
            in: 'query',
            description: 'File format.',
            schema: { type: 'string', enum: [...EXPORT_FORMATS], default: 'csv' },
          },
          {
            name: 'provenance',
            in: 'query',
            description: 'With 1: answer with the provenance JSON (row count included) instead of the file; the companion of CSV and JSON Lines files.',
            schema: { type: 'string', enum: ['1'] },
          },
          {
            name: 'headers',
            in: 'query',
            description: 'CSV/XLSX header row: labels (default, e.g. "Outlet") or keys (e.g. "publisher", as in JSON).',
            schema: { type: 'string', enum: ['labels', 'keys'], default: 'labels' },
          },
          { name: 'bom', in: 'query', description: 'CSV: 0 to leave out the UTF-8 byte order mark.', schema: { type: 'string', enum: ['0', '1'], default: '1' } },
        ],
        responses: {
          '200': {
            description: 'The file (Content-Disposition: attachment), or the provenance JSON with ?provenance=1.',
            headers: { 'Content-Disposition': { schema: { type: 'string' }, description: `attachment; filename="stance-lens-${name}-YYYY-MM-DD.<format>"` } },
            content: {
              'text/csv': { schema: { type: 'string' } },
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      description: 'format=json',
                      properties: {
                        provenance: { $ref: '#/components/schemas/Provenance' },
                        rows: { type: 'array', items: { $ref: `#/components/schemas/${P}Row` } },
                        rowCount: { type: 'integer' },
                        complete: { type: 'boolean', const: true },
                      },
                      required: ['provenance', 'rows', 'rowCount', 'complete'],
                    },
                    { $ref: '#/components/schemas/Provenance' },
                  ],
                },
              },
              'application/x-ndjson': { schema: { $ref: `#/components/schemas/${P}Row` }, description: 'One row object per line.' },
            },
          },
          '400': errorResponse('A bad parameter (format, or a missing required filter).'),
          '404': errorResponse('Unknown dataset, or an unknown event.'),
          '503': errorResponse('The database is unavailable (code database_unavailable, Retry-After: 5); the same request succeeds once it is back.'),
        },
      },
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'stance-lens read-only API',
      version: APP_VERSION,
      summary: 'How outlets with different stances toward the MEK/PMOI/NCRI describe the same events: the dashboard’s tables as JSON and files.',
      description:
        'Read-only and open: GET only, no authentication, responses are not cached (Cache-Control: no-store). Every dataset takes the same filter parameters as its dashboard page. ' +
        '/api/v1/<dataset> returns one page ({ data, nextCursor, total }; limit 1–500, default 100; pass nextCursor back as cursor, or use page=). ' +
        '/api/export/<dataset> streams every row as CSV, XLSX, JSON or JSON Lines. Every row carries its stance group.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    ...(origin ? { servers: [{ url: origin }] } : {}),
    tags: [
      { name: 'api', description: 'Paginated JSON.' },
      { name: 'export', description: 'Whole datasets as files.' },
    ],
    paths: {
      ...paths,
      '/api/v1/openapi.json': {
        get: {
          operationId: 'openapi',
          tags: ['api'],
          summary: 'This description',
          responses: { '200': { description: 'OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
    components: {
      schemas,
      parameters: {
        limit: {
          name: 'limit',
          in: 'query',
          description: `Rows per page (1–${API_MAX_LIMIT}).`,
          schema: { type: 'integer', minimum: 1, maximum: API_MAX_LIMIT, default: API_DEFAULT_LIMIT },
        },
        cursor: {
          name: 'cursor',
          in: 'query',
          description: 'Opaque keyset cursor from the previous page’s nextCursor. Not together with page.',
          schema: { type: 'string' },
        },
        page: {
          name: 'page',
          in: 'query',
          description: 'Page number (1-based) of size limit; an alternative to cursor for small jumps (deep pages are slower).',
          schema: { type: 'integer', minimum: 1 },
        },
      },
    },
  };
}
