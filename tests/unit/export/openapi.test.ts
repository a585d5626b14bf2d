// The OpenAPI description is generated from the registry: every dataset, its params and columns.
import { describe, expect, it } from 'vitest';
import { DATASETS, DATASET_NAMES } from '@/lib/export/datasets';
import { buildOpenApi, columnSchema, pascal } from '@/lib/export/openapi';
import pkg from '@/package.json';

type Doc = {
  openapi: string;
  info: { version: string };
  servers?: { url: string }[];
  paths: Record<string, { get: { parameters: ({ name?: string; $ref?: string; required?: boolean })[]; responses: Record<string, unknown> } }>;
  components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }>; parameters: Record<string, { schema: { maximum?: number } }> };
};

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refs(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe('OpenAPI 3.1 description', () => {
  const doc = buildOpenApi('http://localhost:3000') as unknown as Doc;

  it('is 3.1 with the app version and the server', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe(pkg.version);
    expect(doc.servers).toEqual([{ url: 'http://localhost:3000' }]);
    expect(doc.components.parameters.limit!.schema.maximum).toBe(500);
  });

  it('has a GET for every dataset under /api/v1 and /api/export, and only GETs', () => {
    for (const name of DATASET_NAMES) {
      expect(Object.keys(doc.paths[`/api/v1/${name}`]!)).toEqual(['get']);
      expect(Object.keys(doc.paths[`/api/export/${name}`]!)).toEqual(['get']);
      const params = doc.paths[`/api/v1/${name}`]!.get.parameters;
      const names = params.map((p) => p.name ?? p.$ref);
      for (const p of DATASETS[name].params) expect(names).toContain(p.name);
      expect(names).toEqual(expect.arrayContaining(['#/components/parameters/limit', '#/components/parameters/cursor', '#/components/parameters/page']));
    }
    expect(doc.paths['/api/v1/event-comparison']!.get.parameters.find((p) => p.name === 'event')?.required).toBe(true);
  });

  it('describes each row with the dataset’s columns', () => {
    for (const name of DATASET_NAMES) {
      const row = doc.components.schemas[`${pascal(name)}Row`]!;
      expect(Object.keys(row.properties!)).toEqual(DATASETS[name].columns.map((c) => c.key));
      expect(row.required).toEqual(DATASETS[name].columns.map((c) => c.key));
      expect(doc.components.schemas[`${pascal(name)}Page`]!.required).toEqual(['data', 'nextCursor', 'total']);
    }
  });

  it('every $ref resolves', () => {
    for (const ref of refs(doc)) {
      const [, section, name] = /^#\/components\/(schemas|parameters)\/(.+)$/.exec(ref) ?? [];
      expect(section, ref).toBeTruthy();
      expect((doc.components as Record<string, Record<string, unknown>>)[section!]![name!], ref).toBeTruthy();
    }
  });

  it('maps column types to JSON Schema, nullable as a type union', () => {
    expect(columnSchema({ key: 'x', header: 'X', type: 'date', description: 'd' })).toMatchObject({ type: ['string', 'null'], format: 'date' });
    expect(columnSchema({ key: 'x', header: 'X', type: 'integer', description: 'd', nullable: false })).toMatchObject({ type: 'integer' });
    expect(pascal('distinctive-words')).toBe('DistinctiveWords');
  });
});
