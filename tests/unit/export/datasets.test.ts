// The dataset registry without a database: every dataset reads the page's filters with the
// shared parser, writes them back as the same query (provenance and export links), and has
// well-formed columns.
import { describe, expect, it } from 'vitest';
import { DATASETS, DATASET_NAMES, getDataset, searchParamsRecord } from '@/lib/export/datasets';
import { buildProvenance, provenanceLines } from '@/lib/export/provenance';
import { DatasetParamError } from '@/lib/filters/errors';
import { ANALYSIS_VERSION } from '@/lib/analysis';
import { REGISTRY_VERSION } from '@/lib/registry/publishers';
import pkg from '@/package.json';
import { exportHref, exportQuery, type ExportDataset } from '@/components/export-menu';

const QUERIES = [
  '',
  'stance=critical',
  'stance=advocacy,critical&publisher=amnesty-international,bbc&from=2019-01-01&to=2020-12-31',
  'event=1988-massacre&stance=mainstream',
  'q=%22death+commissions%22&via=iran-interlink&sort=title.asc',
  'sort=wordCount.desc&page=3&size=50',
  'kind=executed,killed&source=Amnesty+International&sort=value.desc',
  'entity=Maryam+Rajavi&sort=critical.desc',
  'a=mainstream&b=critical&from=2019-01-01',
  'stance=nonsense&from=2020-02-30&sort=evil;drop',
];

const raw = (qs: string, name: string) => {
  const r = searchParamsRecord(new URLSearchParams(qs));
  if (name === 'event-comparison' && !r.event) return { ...r, event: '1988-massacre' };
  if (name.startsWith('term-') && !r.term) return { ...r, term: 'mko' };
  return r;
};

describe('dataset registry', () => {
  it('lists every dataset once, by name', () => {
    expect(Object.keys(DATASETS).sort()).toEqual([...DATASET_NAMES].sort());
    for (const name of DATASET_NAMES) expect(getDataset(name)?.name).toBe(name);
    expect(getDataset('nope')).toBeNull();
    expect(getDataset('__proto__')).toBeNull();
  });

  it('keeps the Export menu’s dataset names in step with the registry', () => {
    const names: ExportDataset[] = [...DATASET_NAMES];
    expect(names.length).toBe(DATASET_NAMES.length);
  });

  it.each(DATASET_NAMES)('%s: columns are unique, typed, described, and carry the stance group', (name) => {
    const ds = DATASETS[name];
    const keys = ds.columns.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of ds.columns) {
      expect(c.header.trim()).not.toBe('');
      expect(c.description.trim()).not.toBe('');
      expect(['string', 'integer', 'number', 'boolean', 'date', 'datetime', 'url']).toContain(c.type);
    }
    // A row is either one group's (a group column) or spans the groups (one column per group).
    const perGroup = ['advocacy', 'mainstream', 'critical', 'unrated'].every((s) => keys.includes(s));
    expect(keys.includes('group') || perGroup).toBe(true);
  });

  it.each(DATASET_NAMES)('%s: parse(toQuery(f)) is f, whatever the query string', (name) => {
    const ds = DATASETS[name];
    for (const qs of QUERIES) {
      const f = ds.parse(raw(qs, name));
      const again = ds.parse(searchParamsRecord(new URLSearchParams(ds.toQuery(f))));
      expect(again, `${name} ${qs}`).toEqual(f);
      expect(ds.pageUrl(f).startsWith(ds.page.replace(/\{\w+\}/, ''))).toBe(true);
    }
  });

  it('reads the same filters as the pages', () => {
    const f = DATASETS.articles.parse(raw('stance=critical,bogus&from=2019-01-01&sort=title.asc&page=4', 'articles'));
    expect(f).toMatchObject({ stances: ['critical'], from: '2019-01-01', sort: 'title', desc: false });
    expect(DATASETS.articles.toQuery(f)).toEqual({ stance: 'critical', from: '2019-01-01', sort: 'title.asc' });
    expect(DATASETS.articles.toQuery(DATASETS.articles.parse({}))).toEqual({});
    const c = DATASETS.claims.parse(raw('kind=executed&sort=value.desc', 'claims'));
    expect(c).toMatchObject({ kinds: ['executed'], sort: 'value', desc: true });
    const d = DATASETS['distinctive-words'].parse(raw('a=critical&b=critical', 'distinctive-words'));
    expect(d).toMatchObject({ a: 'critical', b: 'advocacy' });
  });

  it('a term’s datasets need a term id, and name its page', () => {
    for (const name of ['term-usage', 'term-examples', 'term-events'] as const) {
      expect(() => DATASETS[name].parse({}), name).toThrow(DatasetParamError);
      expect(() => DATASETS[name].parse({ term: 'DROP TABLE' }), name).toThrow(DatasetParamError);
      expect(DATASETS[name].pageUrl(DATASETS[name].parse({ term: 'mko' }))).toBe('/terms/mko');
    }
    expect(DATASETS.glossary.pageUrl(DATASETS.glossary.parse({}))).toBe('/terms');
  });

  it('the event comparison needs an event', () => {
    expect(() => DATASETS['event-comparison'].parse({})).toThrow(DatasetParamError);
    const f = DATASETS['event-comparison'].parse({ event: '1988-massacre', stance: 'critical' });
    expect(DATASETS['event-comparison'].pageUrl(f)).toBe('/events/1988-massacre?stance=critical');
  });
});

describe('provenance', () => {
  it('names the view, the filters and every version', () => {
    const ds = DATASETS.articles;
    const f = ds.parse({ stance: 'critical', q: '=cmd' });
    const p = buildProvenance(ds, f, { format: 'xlsx', origin: 'http://localhost:3000', exportedAt: new Date('2026-01-02T03:04:05Z'), rowCount: 7 });
    expect(p).toMatchObject({
      dataset: 'articles',
      format: 'xlsx',
      exportedAt: '2026-01-02T03:04:05.000Z',
      pageUrl: 'http://localhost:3000/articles?stance=critical&q=%3Dcmd',
      filters: { stance: 'critical', q: '=cmd' },
      rowCount: 7,
      appVersion: pkg.version,
      versions: { ...ANALYSIS_VERSION, registry: REGISTRY_VERSION },
    });
    expect(p.formulaNeutralisation).toMatch(/apostrophe/);
    expect(buildProvenance(ds, f, { format: 'json' }).formulaNeutralisation).toBeNull();
    const lines = Object.fromEntries(provenanceLines(p));
    expect(lines).toMatchObject({ Rows: 7, 'Filter: stance': 'critical', 'Publisher registry version': REGISTRY_VERSION });
  });
});

describe('export links', () => {
  it('carry the page’s filters and sort, not its page number or size', () => {
    const q = exportQuery('stance=critical&page=3&size=50&sort=title.asc');
    expect(q.toString()).toBe('stance=critical&sort=title.asc');
    expect(exportHref('articles', q, 'xlsx')).toBe('/api/export/articles?stance=critical&sort=title.asc&format=xlsx');
    expect(exportHref('event-comparison', exportQuery('', { event: '1988-massacre' }), 'csv', { provenance: '1' })).toBe(
      '/api/export/event-comparison?event=1988-massacre&format=csv&provenance=1',
    );
  });
});

describe('docs/api.md', () => {
  it('documents every dataset and every column', async () => {
    const fs = await import('node:fs');
    const doc = fs.readFileSync('docs/api.md', 'utf8');
    for (const name of DATASET_NAMES) {
      expect(doc, name).toContain(`### \`${name}\``);
      const section = doc.slice(doc.indexOf(`### \`${name}\``)).split('\n### ')[0]!;
      for (const c of DATASETS[name].columns) expect(section, `${name}.${c.key}`).toContain(`| \`${c.key}\` |`);
    }
  });
});
