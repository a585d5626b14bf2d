export type DatePrecision = 'day' | 'month' | 'year' | 'unknown';

export type LanguageSource = 'metadata' | 'detected';

/**
 * Where an article's title came from: its headline line in pasted text ('title-line'), the
 * page's metadata or <title> ('html'), a title column or field ('given'), or — only when the
 * source has no title at all — the first sentence of the text ('first-sentence').
 */
export const TITLE_SOURCES = ['title-line', 'html', 'given', 'first-sentence'] as const;
export type TitleSource = (typeof TITLE_SOURCES)[number];

/** One article as read from an input file, before it touches the database. */
export interface ParsedArticle {
  title: string;
  titleSource: TitleSource;
  /** Canonical registry name when the outlet is in data/publishers.json, else the name as written. */
  publisherName: string | null;
  /**
   * Name of the site the text was collected from when it is an aggregator/digest host
   * (e.g. Iran Interlink reposting a CGTN piece). Null when the text came straight from
   * its publisher, including when the host is itself the publisher.
   */
  via: string | null;
  /**
   * The page's own host when the publisher is named by the page itself (its site name) and the
   * registry does not know it: what a host rule reads (lib/registry/host-rules.ts).
   */
  publisherHost?: string | null;
  author: string | null;
  /** YYYY-MM-DD; only as much of it as `datePrecision` says is known (rest is 01). */
  publishedAt: string | null;
  datePrecision: DatePrecision;
  /** An absolute http(s) URL or null (lib/parse/web-url.ts). */
  url: string | null;
  /** ISO 639-1 code (or 'und'): the source's own metadata, else the detector's reading of the text. */
  language: string;
  /** Where `language` came from: the source's metadata (an HTML lang attribute, a language column) or the detector. */
  languageSource: LanguageSource;
  /** Paragraphs separated by one blank line. */
  body: string;
  sourceFile: string;
  /** 0-based position of the article inside its file. */
  sourceIndex: number;
  /** What was dropped on the way in, for the import's report (e.g. a refused URL). */
  warnings?: string[];
}

/** A file as an importer receives it: from the CLI's paths, an upload, a test. */
export interface InputFile {
  /** Shown to users and stored as the article's source file. */
  name: string;
  bytes: Uint8Array;
}

/** What became of one file: the dry run and the importer report the same shape. */
export interface FileResult {
  file: string;
  status: 'imported' | 'failed';
  parsed: number;
  new: number;
  duplicate: number;
  reason?: string;
  /** The file went in, but something in it was left out: each says what and where. */
  warnings?: string[];
}

/** A file's warnings: each article's, prefixed with its position when the file holds several. */
export function fileWarnings(articles: ParsedArticle[]): string[] | undefined {
  const out = articles.flatMap((a) => (a.warnings ?? []).map((w) => (articles.length > 1 ? `item ${a.sourceIndex + 1}: ${w}` : w)));
  return out.length ? out : undefined;
}

export interface ImportOptions {
  /** Force this publisher for every article in the file. */
  publisher?: string;
  /** Force this via (collecting site) for every article in the file. */
  via?: string;
  /**
   * The address the text was copied from (a pasted page). Its site becomes the publisher when
   * the text credits no outlet, or the via when the text credits another one; its path may
   * give the date.
   */
  url?: string;
}

/** A file that cannot be imported at all; `message` is shown to users as-is. */
export class ImportFileError extends Error {
  constructor(
    reason: string,
    readonly fileName?: string,
  ) {
    super(reason);
    this.name = 'ImportFileError';
  }
}
