// Expands the CLI's files-or-folders arguments into the files to import, in a stable order.
import fs from 'node:fs';
import path from 'node:path';

export const IMPORTABLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.csv', '.json', '.jsonl', '.ndjson'];

export interface CollectedPath {
  path: string;
  /** Name shown to users and stored as the article's source file. */
  name: string;
}

export function collectFiles(args: string[]): { files: CollectedPath[]; missing: string[] } {
  const files: CollectedPath[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    if (!fs.existsSync(arg)) {
      missing.push(arg);
      continue;
    }
    if (fs.statSync(arg).isDirectory()) {
      const base = path.resolve(arg);
      for (const f of walk(base)) files.push({ path: f, name: path.relative(path.dirname(base), f) });
    } else {
      files.push({ path: arg, name: path.basename(arg) });
    }
  }
  return { files, missing };
}

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => !d.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => {
      const full = path.join(dir, d.name);
      if (d.isDirectory()) return walk(full);
      return IMPORTABLE_EXTENSIONS.includes(path.extname(d.name).toLowerCase()) ? [full] : [];
    });
}
