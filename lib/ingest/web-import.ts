// The database side of importing from the web: one URL at a time through the same importer the
// files use (importFiles: all-or-nothing, content-hash duplicates skipped, analysis in the same
// transaction). Every response is kept in web_fetches (the decompressed body, headers, where it
// finally came from, the extracted fields and their sources), so a URL already fetched is never
// fetched again: a re-import, `npm run analyze` and re-extraction after a parser fix
// (`reextractWebArticles`) read the stored copy. An article is found again by the URL listed,
// by any URL it was fetched under, and by its canonical URL (<link rel=canonical>, og:url).
import { loadLanguageDetector } from '@/lib/analysis/language';
import type { Db } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import { contentHash, countWords } from '@/lib/parse/normalize';
import { ImportFileError, type ParsedArticle } from '@/lib/parse/types';
import type { UrlEntry, UrlHints } from '@/lib/parse/url-list';
import { extractWebPage, type ExtractedFields, type WebPage } from '@/lib/parse/web-page';
import { analysedText } from '@/lib/analysis';
import { decodeBody } from '@/lib/web/decode';
import { FetchError, type Fetcher, type FetchResponse } from '@/lib/web/fetcher';
import { ARCHIVE_NAME, archiveMayHelp, fetchFromArchive, type Snapshot } from '@/lib/web/wayback';
import { importFiles, type ImportRunOptions } from './import-files';

export type UrlStatus = 'new' | 'duplicate' | 'failed';

export interface UrlResult {
  url: string;
  status: UrlStatus;
  reason?: string;
  articleId?: number | null;
  fetchId?: number | null;
  title?: string;
  outlet?: string | null;
  canonicalUrl?: string | null;
  /** The snapshot date when the text came from the Internet Archive. */
  archivedAt?: Date | null;
  /** true when no request was made (already imported, or a stored response was used). */
  offline?: boolean;
  fields?: ExtractedFields;
  /** The article as parsed (for --check and --dry-run). */
  article?: ParsedArticle;
}

export interface WebImportOptions {
  source: ImportRunOptions['source'];
  /** Adds every URL to this import batch (see openWebBatch). */
  batchId: number;
  publisher?: string;
  via?: string;
  /** Fetch again even when the URL was imported or fetched before. */
  refetch?: boolean;
}

export async function openWebBatch(db: Db, source: ImportRunOptions['source']): Promise<number> {
  const batch = await db.importBatch.create({ data: { source, files: [] } });
  return batch.id;
}

interface Fetched {
  response: FetchResponse;
  snapshot: Snapshot | null;
  /** The live failure the archive stood in for. */
  liveError: string | null;
}

/** Fetches a page: live first, the archive's closest snapshot when the live page is gone or failing. */
export async function fetchPage(fetcher: Fetcher, url: string): Promise<Fetched> {
  try {
    return { response: await fetcher.fetch({ url, kind: 'page' }), snapshot: null, liveError: null };
  } catch (err) {
    const api = fetcher.settings.waybackUrl;
    if (!api || !archiveMayHelp(err)) throw err;
    const live = (err as Error).message;
    let archived;
    try {
      archived = await fetchFromArchive(fetcher, api, url);
    } catch (archiveErr) {
      throw new FetchError(`${live}; the Internet Archive: ${(archiveErr as Error).message}`, (err as FetchError).kind, (err as FetchError).details);
    }
    if (!archived) throw new FetchError(`${live}; the Internet Archive has no snapshot`, (err as FetchError).kind, (err as FetchError).details);
    return { response: archived.response, snapshot: archived.snapshot, liveError: live };
  }
}

/** The page's text and metadata, as an article. Throws ImportFileError with the reason shown to users. */
export function readPage(
  stored: { url: string; finalUrl: string; contentType: string; headers: Record<string, string>; body: Uint8Array; snapshot: boolean },
  hints: UrlHints,
  opts: { publisher?: string; via?: string },
): WebPage {
  const { text } = decodeBody(stored.body, stored.headers['content-type']);
  if (!text.trim()) throw new ImportFileError('the page is empty');
  return extractWebPage({
    requestedUrl: stored.url,
    // An archive copy is read as the page it preserves: its links and canonical are the original's.
    pageUrl: stored.snapshot ? stored.url : stored.finalUrl,
    contentType: stored.contentType,
    text,
    hints,
    options: opts,
    archiveName: stored.snapshot ? ARCHIVE_NAME : undefined,
  });
}

/** An article already stored under this URL (listed, fetched under, or canonical). */
async function knownArticle(db: Db | Prisma.TransactionClient, url: string): Promise<number | null> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM articles WHERE url = ${url}
    UNION ALL
    SELECT article_id FROM web_fetches
    WHERE article_id IS NOT NULL AND (url = ${url} OR final_url = ${url} OR canonical_url = ${url})
    LIMIT 1`;
  return rows[0]?.id ?? null;
}

function fetchRow(url: string, f: Fetched) {
  const r = f.response;
  return {
    url,
    finalUrl: r.url,
    status: r.status,
    contentType: r.contentType,
    headers: r.headers,
    body: Buffer.from(r.body),
    fetchedAt: r.fetchedAt,
    attempts: r.attempts,
    redirects: r.redirects,
    archiveUrl: f.snapshot?.url ?? null,
    archivedAt: f.snapshot?.takenAt ?? null,
    error: f.liveError,
  };
}

/**
 * Imports one URL: never fetched twice, kept whole, deduplicated by canonical URL and by text.
 * Returns new / duplicate / failed with the reason; throws only when the database fails.
 */
export async function importUrl(db: Db, fetcher: Fetcher, entry: UrlEntry, opts: WebImportOptions): Promise<UrlResult> {
  // The page's language falls back to the detector when the page does not say.
  await loadLanguageDetector();
  const url = entry.url;
  if (!opts.refetch) {
    const known = await knownArticle(db, url);
    if (known !== null) {
      await linkFetchesByUrl(db, url, known);
      return { url, status: 'duplicate', reason: `already imported (article ${known})`, articleId: known, offline: true };
    }
  }

  // A response kept from an earlier run (the page fetched, but not imported) is read again.
  let stored = opts.refetch
    ? null
    : await db.webFetch.findFirst({
        where: { url, body: { not: null }, status: { gte: 200, lt: 300 } },
        orderBy: { id: 'desc' },
      });
  const offline = stored !== null;
  if (!stored) {
    let fetched: Fetched;
    try {
      fetched = await fetchPage(fetcher, url);
    } catch (err) {
      const reason = err instanceof FetchError ? err.message : `fetch failed: ${(err as Error).message}`;
      const failed = await db.webFetch.create({
        data: { url, status: err instanceof FetchError ? (err.details.status ?? null) : null, error: reason, body: null, attempts: (err as FetchError).details?.attempts ?? 1 },
        select: { id: true },
      });
      return { url, status: 'failed', reason, fetchId: failed.id };
    }
    stored = await db.webFetch.create({ data: fetchRow(url, fetched) });
  }
  const fetchId = stored.id;
  const archivedAt = stored.archivedAt;

  let page: WebPage;
  try {
    page = readPage(
      {
        url,
        finalUrl: stored.finalUrl ?? url,
        contentType: stored.contentType ?? 'text/html',
        headers: (stored.headers ?? {}) as Record<string, string>,
        body: stored.body!,
        snapshot: stored.archiveUrl !== null,
      },
      entry.hints,
      { publisher: opts.publisher, via: opts.via },
    );
  } catch (err) {
    const reason = err instanceof ImportFileError ? err.message : `could not be read: ${(err as Error).message}`;
    await db.webFetch.update({ where: { id: fetchId }, data: { error: reason } });
    return { url, status: 'failed', reason, fetchId, archivedAt, offline };
  }
  const canonical = page.fields.canonicalUrl.value;
  const base = { url, fetchId, title: page.article.title, outlet: page.article.publisherName, canonicalUrl: canonical, archivedAt, offline, fields: page.fields, article: page.article };
  const fieldsJson = page.fields as unknown as Prisma.InputJsonValue;

  // Another URL (tracking parameters, a mobile host, a redirect) for an article already stored.
  if (canonical && canonical !== url && !opts.refetch) {
    const known = await knownArticle(db, canonical);
    if (known !== null) {
      await db.webFetch.update({ where: { id: fetchId }, data: { articleId: known, canonicalUrl: canonical, fields: fieldsJson } });
      return { ...base, status: 'duplicate', reason: `same canonical URL as article ${known} (${canonical})`, articleId: known };
    }
  }

  const hash = contentHash(page.article);
  let articleId: number | null = null;
  const report = await importFiles(db, [{ name: url, bytes: stored.body! }], {
    source: opts.source,
    batchId: opts.batchId,
    parse: () => [page.article],
    beforeCommit: async (tx) => {
      const article = await tx.article.findUnique({ where: { contentHash: hash }, select: { id: true } });
      articleId = article?.id ?? null;
      await tx.webFetch.update({ where: { id: fetchId }, data: { articleId, canonicalUrl: canonical, fields: fieldsJson, error: stored!.error } });
    },
  });
  const r = report.files[0]!;
  if (r.status === 'failed') return { ...base, status: 'failed', reason: r.reason };
  if (r.new > 0) return { ...base, status: 'new', articleId };
  return { ...base, status: 'duplicate', reason: `the same text is already stored (article ${articleId})`, articleId };
}

async function linkFetchesByUrl(db: Db, url: string, articleId: number) {
  await db.webFetch.updateMany({ where: { url, articleId: null, body: { not: null } }, data: { articleId } });
}

/**
 * After a parser fix: reads every stored page again (no network) and updates its article's
 * extracted fields and text, except articles a curator has edited (their audit trail decides).
 * The caller re-runs the analysis (`npm run analyze` does both).
 */
export async function reextractWebArticles(db: Db, onProgress?: (done: number, total: number) => void): Promise<{ pages: number; updated: number; skipped: { articleId: number; reason: string }[] }> {
  await loadLanguageDetector();
  // The first fetch linked to an article is the one its text came from (later ones were duplicates).
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT DISTINCT ON (article_id) id FROM web_fetches
    WHERE article_id IS NOT NULL AND body IS NOT NULL ORDER BY article_id, id`;
  const curated = new Set(
    (await db.auditLog.findMany({ where: { entityType: 'article', action: 'edit' }, select: { entityId: true } })).map((r) => r.entityId),
  );
  const skipped: { articleId: number; reason: string }[] = [];
  let updated = 0;
  for (const [i, { id }] of rows.entries()) {
    const f = await db.webFetch.findUniqueOrThrow({ where: { id } });
    onProgress?.(i, rows.length);
    const articleId = f.articleId!;
    if (curated.has(articleId)) {
      skipped.push({ articleId, reason: 'edited by a curator' });
      continue;
    }
    let page: WebPage;
    try {
      page = readPage(
        { url: f.url, finalUrl: f.finalUrl ?? f.url, contentType: f.contentType ?? 'text/html', headers: f.headers as Record<string, string>, body: f.body!, snapshot: f.archiveUrl !== null },
        {},
        {},
      );
    } catch (err) {
      skipped.push({ articleId, reason: (err as Error).message });
      continue;
    }
    const a = page.article;
    const hash = contentHash(a);
    const clash = await db.article.findFirst({ where: { contentHash: hash, id: { not: articleId } }, select: { id: true } });
    if (clash) {
      skipped.push({ articleId, reason: `the re-read text equals article ${clash.id}` });
      continue;
    }
    await db.$transaction([
      db.article.update({
        where: { id: articleId },
        data: {
          title: a.title,
          author: a.author,
          publishedAt: a.publishedAt ? new Date(`${a.publishedAt}T00:00:00Z`) : null,
          datePrecision: a.publishedAt ? a.datePrecision : 'unknown',
          language: a.language,
          body: a.body,
          url: a.url,
          wordCount: countWords(analysedText(a.title, a.body)),
          contentHash: hash,
        },
      }),
      db.webFetch.update({ where: { id }, data: { fields: page.fields as unknown as Prisma.InputJsonValue, canonicalUrl: page.fields.canonicalUrl.value } }),
    ]);
    updated++;
  }
  onProgress?.(rows.length, rows.length);
  return { pages: rows.length, updated, skipped };
}
