// Pure shaping for the side-by-side views: from per-group aggregates (SQL rows) to what each
// column shows, the differences between groups, and what only one group says ("only here",
// after BASIL's informational bias). No I/O: tested on plain rows.
import { STANCES, type StanceKey } from '@/lib/stance';

/** A term's use by one group over a scope (lib/queries/events.ts termRates). */
export interface TermRate {
  stance: StanceKey;
  term: string;
  category: string;
  count: number;
  articles: number;
  /** Occurrences per 1,000 words of the group's articles in the scope. */
  rate: number;
}

export interface TermComparisonRow {
  term: string;
  category: string;
  rates: Record<StanceKey, number>;
  counts: Record<StanceKey, number>;
}

const zeroes = (): Record<StanceKey, number> => ({ advocacy: 0, mainstream: 0, critical: 0, unrated: 0 });

/** One row per term with its rate and count in every group (0 where a group never uses it). */
export function compareTerms(rows: TermRate[]): TermComparisonRow[] {
  const byTerm = new Map<string, TermComparisonRow>();
  for (const r of rows) {
    let row = byTerm.get(r.term);
    if (!row) {
      row = { term: r.term, category: r.category, rates: zeroes(), counts: zeroes() };
      byTerm.set(r.term, row);
    }
    row.rates[r.stance] = r.rate;
    row.counts[r.stance] = r.count;
  }
  return [...byTerm.values()];
}

/**
 * A group's rate against the mean rate of the other groups present. Positive: the group uses
 * the term more often. `ratio` is null when the others never use it (then it is "only here").
 */
export function contrast(row: TermComparisonRow, stance: StanceKey, present: readonly StanceKey[]) {
  const others = present.filter((s) => s !== stance);
  const othersRate = others.length ? others.reduce((n, s) => n + row.rates[s], 0) / others.length : 0;
  const rate = row.rates[stance];
  return { rate, othersRate, diff: rate - othersRate, ratio: othersRate > 0 ? rate / othersRate : null };
}

/** The terms a group uses, most distinctive first (largest positive difference to the others). */
export function termsForGroup(rows: TermComparisonRow[], stance: StanceKey, present: readonly StanceKey[], limit = 12) {
  return rows
    .filter((r) => r.counts[stance] > 0)
    .map((r) => ({ ...r, ...contrast(r, stance, present) }))
    .sort((a, b) => b.diff - a.diff || b.rate - a.rate || a.term.localeCompare(b.term))
    .slice(0, limit);
}

export interface FigureInput {
  stance: StanceKey;
  kind: string;
  valueText: string;
  value: number | null;
  qualifier: string | null;
  source: string | null;
}

export interface OnlyHere {
  terms: string[];
  figures: string[];
  sources: string[];
}

/** What one group's coverage contains and no other present group's does. */
export function onlyHere(
  present: readonly StanceKey[],
  terms: TermComparisonRow[],
  figures: FigureInput[],
  sources: { stance: StanceKey; entity: string }[],
): Record<StanceKey, OnlyHere> {
  const out = Object.fromEntries(STANCES.map((s) => [s, { terms: [], figures: [], sources: [] }])) as unknown as Record<StanceKey, OnlyHere>;
  if (present.length < 2) return out; // with one group there is nothing to compare against
  for (const row of terms) {
    const users = present.filter((s) => row.counts[s] > 0);
    if (users.length === 1) out[users[0]!].terms.push(row.term);
  }
  const figureKey = (f: FigureInput) => `${f.qualifier ? `${f.qualifier} ` : ''}${f.valueText} ${f.kind}`;
  const figureGroups = groupSets(figures, (f) => figureValueKey(f), (f) => f.stance);
  for (const f of figures) {
    const groups = figureGroups.get(figureValueKey(f))!;
    if (groups.size === 1 && present.includes(f.stance)) pushUnique(out[f.stance].figures, figureKey(f));
  }
  const sourceGroups = groupSets(sources, (s) => s.entity, (s) => s.stance);
  for (const s of sources) {
    if (sourceGroups.get(s.entity)!.size === 1 && present.includes(s.stance)) pushUnique(out[s.stance].sources, s.entity);
  }
  return out;
}

/** Figures are "the same" when they state the same value for the same kind, whatever the wording. */
function figureValueKey(f: FigureInput): string {
  return `${f.kind}:${f.value ?? f.valueText.toLowerCase()}`;
}

function groupSets<T>(items: T[], key: (t: T) => string, group: (t: T) => StanceKey): Map<string, Set<StanceKey>> {
  const m = new Map<string, Set<StanceKey>>();
  for (const it of items) {
    const k = key(it);
    if (!m.has(k)) m.set(k, new Set());
    m.get(k)!.add(group(it));
  }
  return m;
}

/** "A, B, C and 4 more": a list cut to `max` names, saying how many it leaves out. */
export function summarizeNames(names: readonly string[], max = 3): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

export interface StanceFigureGroup extends FigureGroup {
  stance: StanceKey;
}

/**
 * Each group's figures merged as groupFigures merges them, group by group in display order: the
 * rows of the event page's figure chart and of its data table. A large corpus repeats the same
 * figure from many outlets; one dot and one row per figure keeps the chart readable and the
 * page small, with the outlets counted rather than listed.
 */
export function figuresByGroup<T extends FigureGroupInput & { stance: StanceKey }>(claims: readonly T[], stances: readonly StanceKey[]): StanceFigureGroup[] {
  return stances.flatMap((stance) => groupFigures(claims.filter((c) => c.stance === stance)).map((g) => ({ ...g, stance })));
}

function pushUnique(list: string[], value: string) {
  if (!list.includes(value)) list.push(value);
}

/** The groups with at least one article, in the fixed display order; the three rated ones always. */
export function presentGroups(counts: Partial<Record<StanceKey, number>>): StanceKey[] {
  return STANCES.filter((s) => s !== 'unrated' || (counts[s] ?? 0) > 0);
}

export interface FigureGroupInput {
  id: number;
  articleId: number;
  kind: string;
  valueText: string;
  value: number | null;
  qualifier: string | null;
  source: string | null;
  publisher: string;
}

export interface FigureGroup {
  label: string;
  kind: string;
  value: number | null;
  outlets: string[];
  sources: string[];
  articleIds: number[];
}

/**
 * The same figure stated by several outlets (or twice in one article) becomes one line with its
 * outlets and cited sources: "over 30,000 executed — Iran News Update, NCRI". Largest first.
 */
export function groupFigures(claims: FigureGroupInput[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const c of claims) {
    const label = `${c.qualifier ? `${c.qualifier} ` : ''}${c.valueText}`;
    const key = `${label.toLowerCase()}|${c.kind}`;
    let g = groups.get(key);
    if (!g) {
      g = { label, kind: c.kind, value: c.value, outlets: [], sources: [], articleIds: [] };
      groups.set(key, g);
    }
    pushUnique(g.outlets, c.publisher);
    if (c.source) pushUnique(g.sources, c.source);
    if (!g.articleIds.includes(c.articleId)) g.articleIds.push(c.articleId);
  }
  return [...groups.values()].sort((a, b) => (b.value ?? -1) - (a.value ?? -1) || a.kind.localeCompare(b.kind));
}
