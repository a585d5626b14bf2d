// A list of links to import: a text file (one URL a line, `#` comments), or a CSV / JSON export
// with a `url` column — Media Cloud (url, title, publish_date, media_name, language) and GDELT
// (DOC API: url, title, seendate, domain, language; GKG: DocumentIdentifier, SourceCommonName)
// as they come. The other columns become hints the web importer uses only when the page itself
// lacks the field. `expected_*` columns (data/starter-urls.csv) are what a check compares the
// extraction against; they never feed the extraction. Pure: no network, no database.
import Papa from 'papaparse';
import { ImportFileError } from '@/lib/parse/types';
import { proxiedUrl } from '@/lib/registry/proxy-urls';

export interface UrlHints {
  title?: string;
  date?: string;
  outlet?: string;
  language?: string;
  author?: string;
}

export interface UrlExpectation {
  outlet?: string;
  outletDomain?: string;
  group?: string;
  eventsAbout: string[];
  eventsMention: string[];
}

export interface UrlEntry {
  url: string;
  hints: UrlHints;
  expected?: UrlExpectation;
  /** 1-based line (text, CSV data row + 1) or 0-based item index (JSON), for messages. */
  line: number;
}

export interface UrlList {
  entries: UrlEntry[];
  /** Lines that hold no usable http(s) URL, with the reason; the rest of the list still goes. */
  rejected: { line: number; value: string; reason: string }[];
  format: 'text' | 'csv' | 'json';
}

const key = (name: string) => name.trim().toLowerCase().replace(/[\s-]+/g, '_');

const COLUMNS = {
  url: ['url', 'link', 'documentidentifier', 'document_identifier', 'canonical_url', 'article_url', 'story_url'],
  title: ['title', 'headline'],
  date: ['publish_date', 'published', 'published_at', 'date', 'seendate', 'pub_date', 'publication_date'],
  outlet: ['media_name', 'outlet', 'publisher', 'source', 'sourcecommonname', 'source_common_name', 'site_name', 'domain', 'media_url'],
  language: ['language', 'lang'],
  author: ['author', 'authors', 'byline'],
} as const;

const EXPECTED = {
  outlet: 'expected_outlet',
  outletDomain: 'expected_outlet_domain',
  group: 'expected_group',
  eventsAbout: 'expected_events_about',
  eventsMention: 'expected_events_mention',
} as const;

/** GDELT names languages in English ("English", "Persian"); the app stores ISO 639-1 codes. */
const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en',
  persian: 'fa',
  farsi: 'fa',
  arabic: 'ar',
  french: 'fr',
  german: 'de',
  spanish: 'es',
  italian: 'it',
  russian: 'ru',
  turkish: 'tr',
  hebrew: 'he',
  urdu: 'ur',
  chinese: 'zh',
  dutch: 'nl',
  swedish: 'sv',
  albanian: 'sq',
};

export function languageCode(value: string | undefined): string | undefined {
  const v = value?.trim().toLowerCase();
  if (!v) return undefined;
  if (LANGUAGE_NAMES[v]) return LANGUAGE_NAMES[v];
  const primary = v.split(/[-_]/)[0]!;
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/** GDELT's seendate "20240105T134500Z" → "2024-01-05T13:45:00Z"; other dates pass as written. */
function normalizeDate(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const m = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})Z?)?$/.exec(v);
  if (m) return m[4] ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : `${m[1]}-${m[2]}-${m[3]}`;
  return v;
}

export function checkHttpUrl(raw: string): { url: string } | { reason: string } {
  const value = raw.trim();
  if (!value) return { reason: 'empty' };
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return { reason: 'not a URL' };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { reason: `only http and https links are imported (${u.protocol.replace(':', '')})` };
  u.hash = '';
  // A link through a speed-up or translation proxy, an AMP cache or a redirect shim is the page
  // itself at another address: the page is fetched from its own site. An archive's copy is kept
  // as linked (the page may be gone; the importer reads it as the copy it is).
  const proxied = proxiedUrl(u.toString());
  if (proxied && !proxied.archive) return checkHttpUrl(proxied.original);
  return { url: u.toString() };
}

export function parseUrlList(fileName: string, text: string): UrlList {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) throw new ImportFileError('the list is empty');
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const head = body.trimStart();
  if (ext === 'json' || ext === 'jsonl' || ext === 'ndjson' || ((ext === undefined || ext === 'txt') && /^[[{]/.test(head))) return fromJson(body, ext);
  const firstLine = head.split(/\r?\n/, 1)[0]!;
  if (ext === 'csv' || ext === 'tsv' || (!/^https?:\/\//i.test(firstLine) && /[,\t]/.test(firstLine))) return fromCsv(body);
  return fromText(body);
}

function fromText(text: string): UrlList {
  const out: UrlList = { entries: [], rejected: [], format: 'text' };
  const seen = new Set<string>();
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const checked = checkHttpUrl(line.split(/\s+/)[0]!);
    if ('reason' in checked) out.rejected.push({ line: i + 1, value: line.slice(0, 200), reason: checked.reason });
    else if (!seen.has(checked.url)) {
      seen.add(checked.url);
      out.entries.push({ url: checked.url, hints: {}, line: i + 1 });
    }
  }
  return out;
}

function fromCsv(text: string): UrlList {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', transformHeader: key });
  const fields = parsed.meta.fields ?? [];
  if (!COLUMNS.url.some((c) => fields.includes(c))) {
    throw new ImportFileError(`the list has no url column (expected one of: ${COLUMNS.url.join(', ')}; found: ${fields.join(', ') || 'none'})`);
  }
  const fatal = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (fatal) throw new ImportFileError(`CSV is malformed near row ${(fatal.row ?? 0) + 2}: ${fatal.message}`);
  return fromRows(parsed.data, 'csv', 2);
}

function fromJson(text: string, ext: string | undefined): UrlList {
  let rows: unknown[];
  if (ext === 'jsonl' || ext === 'ndjson') {
    rows = text
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .map((l, i) => {
        try {
          return JSON.parse(l) as unknown;
        } catch {
          throw new ImportFileError(`line ${i + 1} is not valid JSON`);
        }
      });
  } else {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new ImportFileError(`not valid JSON (${(e as Error).message})`);
    }
    const found = Array.isArray(data)
      ? data
      : data && typeof data === 'object'
        ? ['articles', 'stories', 'results', 'items', 'data', 'urls'].map((k) => (data as Record<string, unknown>)[k]).find(Array.isArray)
        : undefined;
    if (!found) throw new ImportFileError('JSON is not an array of links (or an object with an "articles", "stories" or "urls" array)');
    rows = found;
  }
  const objects = rows.map((r) => (typeof r === 'string' ? { url: r } : r));
  if (!objects.every((r) => r && typeof r === 'object' && !Array.isArray(r))) throw new ImportFileError('JSON items must be URLs or objects with a url field');
  return fromRows(
    (objects as Record<string, unknown>[]).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [key(k), v]))),
    'json',
    0,
  );
}

function fromRows(rows: Record<string, unknown>[], format: 'csv' | 'json', firstLine: number): UrlList {
  const out: UrlList = { entries: [], rejected: [], format };
  const seen = new Set<string>();
  for (const [i, row] of rows.entries()) {
    const get = (names: readonly string[]) => {
      for (const n of names) {
        const v = text(row[n]);
        if (v) return v;
      }
      return undefined;
    };
    const line = i + firstLine;
    const raw = get(COLUMNS.url) ?? '';
    const checked = checkHttpUrl(raw);
    if ('reason' in checked) {
      out.rejected.push({ line, value: raw.slice(0, 200), reason: checked.reason });
      continue;
    }
    if (seen.has(checked.url)) continue;
    seen.add(checked.url);
    const hints: UrlHints = {};
    const title = get(COLUMNS.title);
    const date = normalizeDate(get(COLUMNS.date));
    const outlet = get(COLUMNS.outlet);
    const language = languageCode(get(COLUMNS.language));
    const author = get(COLUMNS.author);
    if (title) hints.title = title;
    if (date) hints.date = date;
    if (outlet) hints.outlet = outlet;
    if (language) hints.language = language;
    if (author) hints.author = author;
    const entry: UrlEntry = { url: checked.url, hints, line };
    const ex = (k: keyof typeof EXPECTED) => text(row[EXPECTED[k]]);
    if (Object.values(EXPECTED).some((c) => c in row)) {
      const list = (v: string | undefined) => (v ? v.split(/[|;]/).map((s) => s.trim()).filter(Boolean) : []);
      entry.expected = {
        outlet: ex('outlet'),
        outletDomain: ex('outletDomain'),
        group: ex('group'),
        eventsAbout: list(ex('eventsAbout')),
        eventsMention: list(ex('eventsMention')),
      };
    }
    out.entries.push(entry);
  }
  return out;
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    const parts = v.map(text).filter(Boolean);
    return parts.length ? parts.join(', ') : undefined;
  }
  if (v && typeof v === 'object' && 'name' in v) return text((v as { name: unknown }).name);
  return undefined;
}
