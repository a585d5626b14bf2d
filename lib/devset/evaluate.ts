// Scores the real import path on the development sets: each text goes in as a user's pasted page
// with its URL (parse → title → outlet resolution → analysis), exactly as `npm run import` would
// take it, and the result is compared with the hand labels. Pure: the caller reads the files.
import { analyzeArticle, type EventExamples } from '@/lib/analysis';
import { parseFile } from '@/lib/parse/parse-file';
import type { ParsedArticle } from '@/lib/parse/types';
import { resolveSource } from '@/lib/parse/resolve';
import { hostnameOf, isWithinDomain, withResolver, type PublisherResolver } from '@/lib/registry/publishers';
import type { StanceKey } from '@/lib/stance';
import type { DevRow } from './labels';

export interface Outcome {
  id: string;
  split: DevRow['split'];
  /** Articles the parser made of the page; the longest is scored. */
  parts: number;
  events: Array<{ slug: string; role: 'about' | 'mention'; score: number }>;
  publisherSlug: string;
  publisherStance: StanceKey;
  inRegistry: boolean;
  /** The host of an unlisted outlet a host rule rated (lib/registry/host-rules.ts), else null. */
  ruleHost: string | null;
  /** The outlet name the parser read (for an unlisted outlet often the page's own host). */
  publisherName: string | null;
  /** The group the text's cues suggest for an unrated publisher (lib/analysis/stance-cues.ts), else null. */
  suggestedStance: StanceKey | null;
  title: string;
  titleSource: ParsedArticle['titleSource'];
  publishedAt: string | null;
  datePrecision: ParsedArticle['datePrecision'];
  language: string;
}

export interface RunOptions {
  /** Another registry (the evaluation without the dev-set-only outlets). */
  resolver?: PublisherResolver;
  /** Curator-confirmed links the matcher may learn from. */
  examples?: EventExamples;
}

/** The article the import path makes of a dev-set page (the longest when it splits the page). */
export function importPage(row: DevRow, text: string): { article: ParsedArticle; parts: number } {
  const parsed = parseFile(`${row.id}.txt`, Buffer.from(text, 'utf8'), { url: row.url });
  return { article: parsed.reduce((best, x) => (x.body.length > best.body.length ? x : best)), parts: parsed.length };
}

export function runArticle(row: DevRow, text: string, opts: RunOptions = {}): Outcome {
  const go = (): Outcome => {
    const { article: a, parts } = importPage(row, text);
    const { publisher, via } = resolveSource(a.publisherName, a.via, a.publisherHost);
    const analysis = analyzeArticle({
      title: a.title,
      body: a.body,
      publishedAt: a.publishedAt,
      datePrecision: a.datePrecision,
      publisherStance: publisher.stance,
      viaStance: via?.stance ?? null,
      examples: opts.examples,
    });
    return {
      id: row.id,
      split: row.split,
      parts,
      events: analysis.events.map((e) => ({ slug: e.slug, role: e.role, score: e.score })),
      publisherSlug: publisher.slug,
      publisherStance: publisher.stance,
      inRegistry: publisher.registry !== null,
      ruleHost: publisher.rule?.host ?? null,
      publisherName: a.publisherName,
      suggestedStance: analysis.stance.inferred ? analysis.stance.suggestedStance : null,
      title: a.title,
      titleSource: a.titleSource,
      publishedAt: a.publishedAt,
      datePrecision: a.publishedAt ? a.datePrecision : 'unknown',
      language: a.language,
    };
  };
  return opts.resolver ? withResolver(opts.resolver, go) : go();
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface SplitReport {
  split: string;
  articles: number;
  events: Counts & { precision: number; recall: number; f1: number };
  aboutRecall: { hit: number; total: number; recall: number };
  role: { agree: number; total: number; accuracy: number };
  perEvent: Record<string, Counts & { precision: number; recall: number }>;
  /**
   * `resolved`: the labelled registry outlet. `byRule`: an outlet the registry does not list, found
   * on its own host (the label's outlet_domain) and rated by a host rule; `withRule` = both, over
   * all articles. A rule-rated outlet in the wrong group also counts in `wrongGroup`.
   */
  outlets: { resolved: number; byRule: number; unrated: number; otherOutlet: number; wrongGroup: number; rate: number; withRule: number };
  /**
   * The outlet figure split by whether the registry lists the labelled outlet (given a `listed`
   * set to score with). `listed`: articles whose labelled outlet is a registry outlet, and how
   * many resolved to it. `unlisted`: the rest; `ownSite` were filed under a new publisher on the
   * labelled outlet's own host (the outlet found, not yet rated), and for those left unrated the
   * group the text's cues suggested: the labelled one, another, or none.
   */
  coverage: {
    listed: number;
    listedResolved: number;
    unlisted: number;
    ownSite: number;
    suggestedRight: number;
    suggestedWrong: number;
    noSuggestion: number;
  } | null;
  titles: { correct: number; labelled: number; accuracy: number; firstSentence: number };
  /**
   * Publication dates where the label has one: right when the date agrees to the label's
   * precision (a labelled day needs that exact day); `imprecise` found the right month or year
   * of a labelled day; `dateWithoutLabel` counts articles dated where the labeller found no date
   * (often a site clock taken for the article's date).
   */
  dates: { correct: number; labelled: number; accuracy: number; imprecise: number; missing: number; wrong: number; dateWithoutLabel: number };
  /** Articles per detected language. */
  languages: Record<string, number>;
}

export interface ArticleErrors {
  id: string;
  missed: string[];
  wrong: string[];
  roleErrors: string[];
  outlet: string | null;
  title: string | null;
  date: string | null;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/** "news.example.ir" is the outlet of "example.ir" (and the same host without "www."). */
function sameHost(host: string, labelled: string): boolean {
  const h = hostnameOf(host);
  const l = hostnameOf(labelled);
  return !!h && !!l && isWithinDomain(h, l);
}

/** Letters and digits only, lower-cased: "Iran’s…" = "irans". */
export function titleKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A labelled title cut short with "…" or "..." matches a full extracted one that starts the same. */
export function sameTitle(got: string, label: string): boolean {
  const cut = /(?:\.\.\.|…)\s*$/.test(label);
  const g = titleKey(got);
  const l = titleKey(label);
  if (l.length === 0 || g.length === 0) return false;
  if (g === l || (cut && g.startsWith(l))) return true;
  // A title the page itself cut short (or cut with "…") is still its title line.
  return l.startsWith(g) && g.length >= 0.8 * l.length;
}

/** Counts one article into SplitReport.coverage: listed or not, and for an unlisted outlet what became of it. */
function tallyCoverage(c: NonNullable<SplitReport['coverage']>, row: DevRow, o: Outcome, listed: ReadonlySet<string>): void {
  if (listed.has(row.outlet_slug)) {
    c.listed++;
    if (o.publisherSlug === row.outlet_slug) c.listedResolved++;
    return;
  }
  c.unlisted++;
  const host = o.ruleHost ?? (o.inRegistry ? null : o.publisherName);
  if (!host || !row.outlet_domain || !sameHost(host, row.outlet_domain)) return;
  c.ownSite++;
  if (o.publisherStance !== 'unrated') return;
  if (!o.suggestedStance) c.noSuggestion++;
  else if (o.suggestedStance === row.group) c.suggestedRight++;
  else c.suggestedWrong++;
}

/**
 * Scores one split. `listed`: the slugs of the registry the outcomes were resolved with, to split
 * the outlet figure into the registry's coverage and its resolution (SplitReport.coverage).
 */
export function score(
  rows: DevRow[],
  outcomes: Map<string, Outcome>,
  split: string,
  listed?: ReadonlySet<string>,
): { report: SplitReport; errors: ArticleErrors[] } {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  const per = new Map<string, Counts>();
  const bump = (slug: string, k: keyof Counts) => {
    const x = per.get(slug) ?? { tp: 0, fp: 0, fn: 0 };
    x[k]++;
    per.set(slug, x);
    c[k]++;
  };
  let aboutHit = 0;
  let aboutTotal = 0;
  let roleAgree = 0;
  let roleTotal = 0;
  const outlets = { resolved: 0, byRule: 0, unrated: 0, otherOutlet: 0, wrongGroup: 0, rate: 0, withRule: 0 };
  const coverage = { listed: 0, listedResolved: 0, unlisted: 0, ownSite: 0, suggestedRight: 0, suggestedWrong: 0, noSuggestion: 0 };
  const titles = { correct: 0, labelled: 0, accuracy: 0, firstSentence: 0 };
  const dates = { correct: 0, labelled: 0, accuracy: 0, imprecise: 0, missing: 0, wrong: 0, dateWithoutLabel: 0 };
  const languages: Record<string, number> = {};
  const errors: ArticleErrors[] = [];
  let n = 0;
  for (const row of rows) {
    const o = outcomes.get(row.id);
    if (!o) continue;
    n++;
    const err: ArticleErrors = { id: row.id, missed: [], wrong: [], roleErrors: [], outlet: null, title: null, date: null };
    const about = new Set(row.events_about);
    const gold = new Set([...row.events_about, ...row.events_mention]);
    const passing = new Set(row.events_passing);
    const got = new Map(o.events.map((e) => [e.slug, e.role]));
    for (const [slug, role] of got) {
      if (gold.has(slug)) {
        bump(slug, 'tp');
        roleTotal++;
        if ((role === 'about') === about.has(slug)) roleAgree++;
        else err.roleErrors.push(`${slug}: ${role}, labelled ${about.has(slug) ? 'about' : 'mention'}`);
      } else if (!passing.has(slug)) {
        bump(slug, 'fp');
        err.wrong.push(`${slug} (${role})`);
      }
    }
    for (const slug of gold) {
      if (!got.has(slug)) {
        bump(slug, 'fn');
        err.missed.push(`${slug} (${about.has(slug) ? 'about' : 'mention'})`);
      }
    }
    for (const slug of about) {
      aboutTotal++;
      if (got.has(slug)) aboutHit++;
    }

    if (o.publisherSlug === row.outlet_slug) outlets.resolved++;
    else if (o.ruleHost && sameHost(o.ruleHost, row.outlet_domain) && o.publisherStance === row.group) {
      outlets.byRule++;
      err.outlet = `${o.publisherSlug} [${o.publisherStance}, by rule], labelled ${row.outlet_slug} [${row.group}]`;
    } else {
      if (!o.inRegistry || o.publisherStance === 'unrated') outlets.unrated++;
      else outlets.otherOutlet++;
      err.outlet = `${o.publisherSlug} [${o.publisherStance}], labelled ${row.outlet_slug} [${row.group}]`;
    }
    if (o.publisherStance !== 'unrated' && o.publisherStance !== row.group) outlets.wrongGroup++;
    if (listed) tallyCoverage(coverage, row, o, listed);

    if (row.title_in_text === 'yes') {
      titles.labelled++;
      if (sameTitle(o.title, row.title)) titles.correct++;
      else err.title = `"${o.title}" (${o.titleSource}), labelled "${row.title}"`;
    }
    if (o.titleSource === 'first-sentence') titles.firstSentence++;
    languages[o.language] = (languages[o.language] ?? 0) + 1;
    if (row.published) {
      dates.labelled++;
      const verdict = dateVerdict(row.published, o.publishedAt, o.datePrecision);
      dates[verdict]++;
      if (verdict !== 'correct') err.date = `${o.publishedAt ?? 'none'} (${o.datePrecision}), labelled ${row.published}`;
    } else if (o.publishedAt) {
      dates.dateWithoutLabel++;
      err.date = `${o.publishedAt} (${o.datePrecision}), labelled without a date`;
    }
    if (err.missed.length || err.wrong.length || err.roleErrors.length || err.outlet || err.title || err.date) errors.push(err);
  }
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  outlets.rate = ratio(outlets.resolved, n);
  outlets.withRule = ratio(outlets.resolved + outlets.byRule, n);
  titles.accuracy = ratio(titles.correct, titles.labelled);
  dates.accuracy = ratio(dates.correct, dates.labelled);
  const perEvent: SplitReport['perEvent'] = {};
  for (const [slug, x] of [...per].sort((a, b) => a[0].localeCompare(b[0]))) {
    perEvent[slug] = { ...x, precision: ratio(x.tp, x.tp + x.fp), recall: ratio(x.tp, x.tp + x.fn) };
  }
  return {
    report: {
      split,
      articles: n,
      events: { ...c, precision, recall, f1: ratio(2 * precision * recall, precision + recall) },
      aboutRecall: { hit: aboutHit, total: aboutTotal, recall: ratio(aboutHit, aboutTotal) },
      role: { agree: roleAgree, total: roleTotal, accuracy: ratio(roleAgree, roleTotal) },
      perEvent,
      outlets,
      coverage: listed ? coverage : null,
      titles,
      dates,
      languages,
    },
    errors,
  };
}

/**
 * A found date against a labelled one (YYYY, YYYY-MM or YYYY-MM-DD): right when it agrees to the
 * label's precision and is at least that precise; imprecise when it only agrees to a coarser
 * precision (the month of a labelled day); wrong when it disagrees; missing when there is none.
 */
export function dateVerdict(label: string, got: string | null, precision: ParsedArticle['datePrecision']): 'correct' | 'imprecise' | 'wrong' | 'missing' {
  if (!got || precision === 'unknown') return 'missing';
  const want = label.length; // 4, 7 or 10
  const have = precision === 'day' ? 10 : precision === 'month' ? 7 : 4;
  const n = Math.min(want, have);
  if (got.slice(0, n) !== label.slice(0, n)) return 'wrong';
  return have >= want ? 'correct' : 'imprecise';
}
