import { parseHtml } from '@/lib/parse/html';
import { parseCsv, parseJson, parseJsonLines } from '@/lib/parse/tabular';
import { parseText } from '@/lib/parse/text';
import { ImportFileError, type ImportOptions, type ParsedArticle } from '@/lib/parse/types';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

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
  return articles;
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
