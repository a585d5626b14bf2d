// Fits the event model (data/event-model.json): two logistic regressions over the candidate
// signals of lib/analysis/events.ts, on the tune half of the development set plus the labelled
// seed articles. Links labelled 'passing' are left out (neither positive nor negative). Every
// article is used twice: once with the other training articles' links as curator examples
// (leave-one-out, so the examples signal is learned) and once without (a fresh install, where
// no curator has confirmed anything yet). The threshold is chosen on out-of-fold predictions
// (5 folds by article) to maximise F1, so it is not tuned on the same fits it judges.
import { FEATURES, eventCandidates, articleExampleVector, predict, type EventModel, type FeatureVector, type LogisticModel } from '@/lib/analysis/events';
import type { TermVector } from '@/lib/analysis/event-similarity';
import { analysedText } from '@/lib/analysis';

export interface TrainingArticle {
  id: string;
  title: string;
  body: string;
  publishedAt: string | null;
  datePrecision?: 'day' | 'month' | 'year' | 'unknown';
  about: string[];
  mention: string[];
  passing: string[];
}

interface Row {
  article: number;
  x: FeatureVector;
  link: number;
  about: number;
  withExamples: boolean;
}

export interface FitReport {
  model: EventModel;
  rows: number;
  articles: number;
  unreachable: number;
  outOfFold: { threshold: number; precision: number; recall: number; f1: number; roleAccuracy: number };
}

function rowsFor(articles: TrainingArticle[], indices: number[], vectors: TermVector[], withExamples: boolean): Row[] {
  const rows: Row[] = [];
  for (const i of indices) {
    const a = articles[i]!;
    let examples: Map<string, TermVector[]> | undefined;
    if (withExamples) {
      examples = new Map();
      for (const j of indices) {
        if (j === i) continue;
        for (const slug of [...articles[j]!.about, ...articles[j]!.mention]) {
          const list = examples.get(slug) ?? [];
          list.push(vectors[j]!);
          examples.set(slug, list);
        }
      }
    }
    const title = a.title.trim();
    const cands = eventCandidates(analysedText(title, a.body), { titleLength: title.length, publishedAt: a.publishedAt, datePrecision: a.datePrecision, examples });
    for (const c of cands) {
      const slug = c.event.slug;
      if (a.passing.includes(slug) && !a.about.includes(slug) && !a.mention.includes(slug)) continue;
      const link = a.about.includes(slug) || a.mention.includes(slug) ? 1 : 0;
      rows.push({ article: i, x: c.features, link, about: a.about.includes(slug) ? 1 : 0, withExamples });
    }
  }
  return rows;
}

export function fitLogistic(rows: Array<{ x: FeatureVector; y: number }>, opts: { l2?: number; iterations?: number; rate?: number } = {}): LogisticModel {
  const l2 = opts.l2 ?? 0.005;
  const iterations = opts.iterations ?? 3000;
  const rate = opts.rate ?? 0.5;
  const w = new Float64Array(FEATURES.length);
  let b = 0;
  const n = rows.length;
  if (n === 0) return { bias: 0, weights: Object.fromEntries(FEATURES.map((k) => [k, 0])) as LogisticModel['weights'] };
  const xs = rows.map((r) => FEATURES.map((k) => r.x[k]));
  for (let it = 0; it < iterations; it++) {
    const gw = new Float64Array(FEATURES.length);
    let gb = 0;
    for (let r = 0; r < n; r++) {
      const x = xs[r]!;
      let z = b;
      for (let k = 0; k < x.length; k++) z += w[k]! * x[k]!;
      const err = 1 / (1 + Math.exp(-z)) - rows[r]!.y;
      gb += err;
      for (let k = 0; k < x.length; k++) gw[k]! += err * x[k]!;
    }
    b -= (rate * gb) / n;
    for (let k = 0; k < w.length; k++) w[k]! -= rate * (gw[k]! / n + l2 * w[k]!);
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { bias: round(b), weights: Object.fromEntries(FEATURES.map((k, i) => [k, round(w[i]!)])) as LogisticModel['weights'] };
}

/**
 * The role is a matter of prominence — where and how much the text says about the event — so
 * the role model sees only those signals; the others (dates, vocabulary) say whether there is a
 * link, not how central it is.
 */
export const ROLE_FEATURES: ReadonlySet<string> = new Set(['title', 'lead', 'early', 'paragraphs', 'coverage', 'share', 'named']);

function only(x: FeatureVector, keep: ReadonlySet<string>): FeatureVector {
  return Object.fromEntries(FEATURES.map((k) => [k, keep.has(k) ? x[k] : 0])) as FeatureVector;
}

function fitBoth(rows: Row[]): { link: LogisticModel; role: LogisticModel } {
  return {
    link: fitLogistic(rows.map((r) => ({ x: r.x, y: r.link }))),
    role: fitLogistic(rows.filter((r) => r.link === 1).map((r) => ({ x: only(r.x, ROLE_FEATURES), y: r.about }))),
  };
}

export function fitEventModel(articles: TrainingArticle[], version: string): FitReport {
  const all = articles.map((_, i) => i);
  const vectors = articles.map((a) => articleExampleVector(analysedText(a.title, a.body)));

  // Out-of-fold predictions for the threshold (without examples: what a fresh install sees).
  const folds = 5;
  const oof: Array<{ p: number; link: number; about: number; q: number }> = [];
  for (let f = 0; f < folds; f++) {
    const test = all.filter((i) => i % folds === f);
    const train = all.filter((i) => i % folds !== f);
    const m = fitBoth([...rowsFor(articles, train, vectors, true), ...rowsFor(articles, train, vectors, false)]);
    for (const r of rowsFor(articles, test, vectors, false)) {
      oof.push({ p: predict(m.link, r.x).p, link: r.link, about: r.about, q: predict(m.role, r.x).p });
    }
  }
  const positives = articles.reduce((s, a) => s + a.about.length + a.mention.length, 0);
  const reachable = oof.filter((r) => r.link === 1).length;
  let best = { threshold: 0.5, precision: 0, recall: 0, f1: -1, roleAccuracy: 0 };
  for (let t = 0.2; t <= 0.81; t += 0.025) {
    const tp = oof.filter((r) => r.p >= t && r.link === 1);
    const fp = oof.filter((r) => r.p >= t && r.link === 0).length;
    const precision = tp.length / Math.max(1, tp.length + fp);
    const recall = tp.length / Math.max(1, positives);
    const f = (2 * precision * recall) / Math.max(1e-9, precision + recall);
    const roleAccuracy = tp.filter((r) => (r.q >= 0.5 ? 1 : 0) === r.about).length / Math.max(1, tp.length);
    if (f > best.f1 + 1e-9) best = { threshold: Math.round(t * 1000) / 1000, precision, recall, f1: f, roleAccuracy };
  }
  const rows = [...rowsFor(articles, all, vectors, true), ...rowsFor(articles, all, vectors, false)];
  const m = fitBoth(rows);
  return {
    model: { version, threshold: best.threshold, link: m.link, role: m.role },
    rows: rows.length,
    articles: articles.length,
    unreachable: positives - reachable,
    outOfFold: best,
  };
}
