// The dry run's JSON is a contract other tools and tests rely on (docs/import-json.md): one
// object per parsed article, nothing written anywhere.
import { parseFile } from '@/lib/import/parse-file';
import { countWords } from '@/lib/import/normalize';
import { ImportFileError, type ImportOptions } from '@/lib/import/types';
import type { FileResult, InputFile } from './import-files';
import { resolveSource } from './resolve';

export interface DryRunArticle {
  title: string;
  publisher: string;
  publisherSlug: string;
  stance: string;
  via: string | null;
  viaSlug: string | null;
  author: string | null;
  publishedAt: string | null;
  datePrecision: string;
  url: string | null;
  language: string;
  wordCount: number;
  sourceFile: string;
  sourceIndex: number;
}

export function dryRun(files: InputFile[], opts: ImportOptions): { articles: DryRunArticle[]; results: FileResult[] } {
  const articles: DryRunArticle[] = [];
  const results: FileResult[] = [];
  for (const file of files) {
    try {
      const parsed = parseFile(file.name, file.bytes, opts);
      for (const a of parsed) {
        const { publisher, via } = resolveSource(a.publisherName, a.via);
        articles.push({
          title: a.title,
          publisher: publisher.name,
          publisherSlug: publisher.slug,
          stance: publisher.stance,
          via: via?.name ?? null,
          viaSlug: via?.slug ?? null,
          author: a.author,
          publishedAt: a.publishedAt,
          datePrecision: a.publishedAt ? a.datePrecision : 'unknown',
          url: a.url,
          language: a.language,
          wordCount: countWords(a.body),
          sourceFile: a.sourceFile,
          sourceIndex: a.sourceIndex,
        });
      }
      results.push({ file: file.name, status: 'imported', parsed: parsed.length, new: 0, duplicate: 0 });
    } catch (err) {
      results.push({
        file: file.name,
        status: 'failed',
        parsed: 0,
        new: 0,
        duplicate: 0,
        reason: err instanceof ImportFileError ? err.message : String((err as Error).message ?? err),
      });
    }
  }
  return { articles, results };
}
