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

/** Size, emptiness, binary content and encoding, checked in that order (cheapest first). */
function decode(bytes: Buffer | Uint8Array): string {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new ImportFileError(
      `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB (${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB)`,
    );
  }
  if (bytes.byteLength === 0) throw new ImportFileError('file is empty');
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    throw new ImportFileError('is UTF-16 text; save it as UTF-8 and import again');
  }
  if (bytes.includes(0)) throw new ImportFileError('looks binary (NUL bytes)');
  let text: string;
  try {
    // ignoreBOM: false (the default) drops a leading UTF-8 byte-order mark.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError('not valid UTF-8');
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
