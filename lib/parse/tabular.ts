import Papa from 'papaparse';
import { dateFromUrl, parseLooseDate, type LooseDate } from '@/lib/parse/dates';
import { cleanText } from '@/lib/parse/normalize';
import { detectLanguage, primaryLanguage } from '@/lib/analysis/language';
import { canonicalName, cleanAuthor, deriveTitle, sameOutlet } from '@/lib/parse/text';
import { ImportFileError, type ImportOptions, type ParsedArticle } from '@/lib/parse/types';
import { resolvePublisherByUrl } from '@/lib/registry/publishers';
import { webUrlOrWarning } from '@/lib/parse/web-url';

// CSV, JSON arrays and JSON Lines share one row model. Column names cover hand-made
// spreadsheets and Media Cloud exports (publish_date, media_name, media_url, story_text).

type Row = Record<string, unknown>;

/** First matching column wins; names are compared lowercased with spaces/dashes as "_". */
const COLUMNS = {
  title: ['title', 'headline'],
  publisher: ['publisher', 'outlet', 'media_name', 'source', 'site_name', 'publication'],
  via: ['via'],
  date: ['date', 'publish_date', 'published_at', 'publishedat', 'published', 'pub_date', 'publication_date'],
  url: ['url', 'link', 'canonical_url', 'guid'],
  mediaUrl: ['media_url', 'source_url', 'site_url'],
  author: ['author', 'authors', 'byline'],
  body: ['body', 'text', 'content', 'story_text', 'full_text', 'article_text'],
  language: ['language', 'lang'],
} as const;

type Field = keyof typeof COLUMNS;

const columnKey = (name: string) => name.trim().toLowerCase().replace(/[\s-]+/g, '_');

export function parseCsv(fileName: string, text: string, opts: ImportOptions = {}): ParsedArticle[] {
  const result = Papa.parse<Row>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: columnKey,
  });
  const fields = result.meta.fields ?? [];
  if (fields.length === 0) throw new ImportFileError('CSV has no header row');
  if (!COLUMNS.body.some((c) => fields.includes(c))) {
    throw new ImportFileError(
      `CSV has no body/text column (expected one of: ${COLUMNS.body.join(', ')}; found: ${fields.join(', ')})`,
    );
  }
  // Papaparse reports ragged rows but still returns them; a broken quote is fatal (an unclosed
  // one swallows the rows after it, a stray one garbles its row).
  const fatal = result.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
  if (fatal) throw new ImportFileError(`CSV is malformed near row ${(fatal.row ?? 0) + 2}: ${fatal.message}`);
  return rowsToArticles(fileName, result.data, opts);
}

export function parseJson(fileName: string, text: string, opts: ImportOptions = {}): ParsedArticle[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ImportFileError(`not valid JSON (${(e as Error).message})`);
  }
  const rows = findRows(data);
  if (!rows) throw new ImportFileError('JSON is not an array of articles (or an object with an "articles" array)');
  return checkedRows(fileName, rows, opts, 'JSON');
}

export function parseJsonLines(fileName: string, text: string, opts: ImportOptions = {}): ParsedArticle[] {
  const rows: Row[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new ImportFileError(`line ${i + 1} is not valid JSON`);
    }
    if (!isRow(value)) throw new ImportFileError(`line ${i + 1} is not a JSON object`);
    rows.push(value);
  }
  return checkedRows(fileName, rows, opts, 'JSON Lines');
}

function findRows(data: unknown): Row[] | null {
  if (isRow(data) && Object.keys(data).some((k) => (COLUMNS.body as readonly string[]).includes(columnKey(k)))) {
    return [data]; // a single article object
  }
  const candidates = Array.isArray(data)
    ? data
    : isRow(data)
      ? (['articles', 'stories', 'items', 'data', 'results'].map((k) => data[k]).find(Array.isArray) ?? null)
      : null;
  if (!candidates) return null;
  return candidates.every(isRow) ? candidates : null;
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkedRows(fileName: string, rows: Row[], opts: ImportOptions, kind: string): ParsedArticle[] {
  const normalized = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [columnKey(k), v])));
  if (normalized.length > 0 && !normalized.some((r) => COLUMNS.body.some((c) => c in r))) {
    throw new ImportFileError(`${kind} has no body/text field (expected one of: ${COLUMNS.body.join(', ')})`);
  }
  return rowsToArticles(fileName, normalized, opts);
}

function rowsToArticles(fileName: string, rows: Row[], opts: ImportOptions): ParsedArticle[] {
  const out: ParsedArticle[] = [];
  for (const [index, row] of rows.entries()) {
    const get = (field: Field) => pick(row, COLUMNS[field]);
    const body = cleanText(get('body') ?? '');
    // Rows without text (Media Cloud lists stories it could not fetch) carry nothing to compare.
    if (!body) continue;

    const { url, warning: urlWarning } = webUrlOrWarning(get('url'));
    const publisherName = opts.publisher
      ? canonicalName(opts.publisher)
      : publisherOf(get('publisher'), url, get('mediaUrl'));
    const viaRaw = opts.via ?? get('via');
    const via = viaRaw ? canonicalName(viaRaw) : null;

    const dateText = get('date');
    let date: LooseDate = dateText ? parseLooseDate(dateText) : { date: null, precision: 'unknown' };
    if (date.precision === 'unknown' && url) date = dateFromUrl(url);

    const title = cleanText(get('title') ?? '');
    out.push({
      title: title || deriveTitle(body),
      titleSource: title ? 'given' : 'first-sentence',
      publisherName,
      via: via && publisherName && sameOutlet(via, publisherName) ? null : via,
      author: cleanAuthor(get('author') ?? ''),
      publishedAt: date.date,
      datePrecision: date.precision,
      url,
      language: primaryLanguage(get('language')) ?? detectLanguage(body),
      languageSource: primaryLanguage(get('language')) ? 'metadata' : 'detected',
      body,
      sourceFile: fileName,
      // Row position, so the n-th data row keeps its number even when empty rows are skipped.
      sourceIndex: index,
      ...(urlWarning ? { warnings: [urlWarning] } : {}),
    });
  }
  return out;
}

/** Named publisher, else the registry outlet owning the story URL, else the Media Cloud media_url. */
function publisherOf(named: string | null, url: string | null, mediaUrl: string | null): string | null {
  if (named) return canonicalName(named);
  for (const u of [url, mediaUrl]) {
    const hit = u ? resolvePublisherByUrl(u) : null;
    if (hit) return hit.name;
  }
  return null;
}

function pick(row: Row, names: readonly string[]): string | null {
  for (const name of names) {
    const text = asText(row[name]);
    if (text) return text;
  }
  return null;
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(asText).filter((v): v is string => v !== null);
    return parts.length > 0 ? parts.join(', ') : null;
  }
  // Objects such as {"name": "Kurt Wagner"} in some JSON exports.
  if (value && typeof value === 'object' && 'name' in value) return asText((value as { name: unknown }).name);
  return null;
}
