import { parseHtml } from '@/lib/parse/html';
import { parseCsv, parseJson, parseJsonLines } from '@/lib/parse/tabular';
import { parseText } from '@/lib/parse/text';
import { ImportFileError, type ImportOptions, type ParsedArticle } from '@/lib/parse/types';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
// Bounds that keep one file's import to seconds, each refused with its reason: parsing costs
// per line (a date parser runs on every candidate header line), analysis per article and per
// word. Real inputs stay far below them (the benchmark's files hold 1,000 articles); a file
// beyond them is almost always something else (a log, a dump, several corpora in one).
export const MAX_LINES = 200_000;
export const MAX_ARTICLES_PER_FILE = 10_000;
export const MAX_ARTICLE_CHARS = 1_000_000;

type Format = 'text' | 'html' | 'csv' | 'json' | 'jsonl';

const BY_EXTENSION: Record<string, Format> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  markdown: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  csv: 'csv',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

/**
 * Reads one uploaded or command-line file into articles. Throws ImportFileError (whose
 * message is shown to the user) for files that cannot be imported at all; pure, so the
 * CLI, the browser upload route and the tests share it.
 */
export function parseFile(fileName: string, bytes: Buffer | Uint8Array, opts: ImportOptions = {}): ParsedArticle[] {
  const text = decode(bytes);
  const lines = lineCount(text);
  if (lines > MAX_LINES) {
    throw new ImportFileError(`has ${lines.toLocaleString('en')} lines; a file may have at most ${MAX_LINES.toLocaleString('en')} (split it into smaller files)`);
  }
  const format = formatOf(fileName, text);
  const articles = (() => {
    switch (format) {
      case 'html':
        return parseHtml(fileName, text, opts);
      case 'csv':
        return parseCsv(fileName, text, opts);
      case 'json':
        return parseJson(fileName, text, opts);
      case 'jsonl':
        return parseJsonLines(fileName, text, opts);
      case 'text':
        return parseText(fileName, text, opts);
    }
  })();
  if (articles.length === 0) throw new ImportFileError('no article text found');
  if (articles.length > MAX_ARTICLES_PER_FILE) {
    throw new ImportFileError(`holds ${articles.length.toLocaleString('en')} articles; a file may hold at most ${MAX_ARTICLES_PER_FILE.toLocaleString('en')} (split it into smaller files)`);
  }
  const long = articles.find((a) => a.body.length > MAX_ARTICLE_CHARS);
  if (long) {
    throw new ImportFileError(
      `item ${long.sourceIndex + 1} has ${long.body.length.toLocaleString('en')} characters of text; an article may have at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} (is it several articles run together?)`,
    );
  }
  return articles;
}

/** Lines as the parsers see them: \n, \r\n and a lone \r each end one. */
function lineCount(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/**
 * Size, emptiness, encoding and binary content, checked in that order (cheapest first). UTF-8
 * (with or without a byte-order mark) and UTF-16 with its byte-order mark (what Windows tools
 * save as "Unicode") are read; anything else is refused with the reason.
 */
function decode(bytes: Buffer | Uint8Array): string {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new ImportFileError(
      `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB (${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB)`,
    );
  }
  if (bytes.byteLength === 0) throw new ImportFileError('file is empty');
  const b0 = bytes[0];
  const b1 = bytes[1];
  const utf16 = b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : null;
  let text: string;
  if (utf16) {
    if (bytes.byteLength % 2 !== 0) throw new ImportFileError('not valid UTF-16 (an odd number of bytes: the file is cut short)');
    try {
      // The decoder drops the byte-order mark.
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw new ImportFileError('not valid UTF-16 (a broken surrogate pair)');
    }
    if (text.includes('\0')) throw new ImportFileError('looks binary (NUL characters)');
  } else {
    if (bytes.includes(0)) throw new ImportFileError('looks binary (NUL bytes)');
    try {
      // ignoreBOM: false (the default) drops a leading UTF-8 byte-order mark.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new ImportFileError('not valid UTF-8 (save it as UTF-8, or as UTF-16 with a byte-order mark)');
    }
  }
  if (!text.trim()) throw new ImportFileError('file is empty');
  return text;
}

function formatOf(fileName: string, text: string): Format {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const known = ext ? BY_EXTENSION[ext] : undefined;
  return known ?? sniff(text);
}

/** For files without a telling extension: look at how the content starts. */
function sniff(text: string): Format {
  const head = text.trimStart().slice(0, 2048);
  if (/^<(?:!doctype html|html|head|body|article|meta|div|p)\b/i.test(head)) return 'html';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    const firstLine = head.split('\n')[0]!.trim();
    // One complete object per line is JSON Lines; an object spanning lines is JSON.
    return firstLine.endsWith('}') && text.trim().split('\n').length > 1 ? 'jsonl' : 'json';
  }
  const firstLine = head.split('\n')[0]!.toLowerCase();
  if (firstLine.includes(',') && /(^|,)"?(title|text|body|content|story_text|url)"?(,|$)/.test(firstLine)) return 'csv';
  return 'text';
}
