// Event matching measured against hand labels (tests/fixtures/seed-events.json) on the real
// seed articles. An assignment counts as correct when the event is among the article's
// labels (about ∪ mentions). Recall is reported over 'about' labels (what an article covers)
// and over all labels. The floors sit just under what the matcher achieves, so a change that
// makes matching worse fails here.
import { describe, expect, it } from 'vitest';
import labels from '@/tests/fixtures/seed-events.json';
import { analyzeArticle } from '@/lib/analysis';
import { articleText, seedArticles } from './seeds';

interface Label {
  sourceFile: string;
  sourceIndex?: number;
  bodyIncludes: string;
  about: string[];
  mentions: string[];
}

// Measured when written: precision 1.000 (26/26), recall(about) 0.941 (16/17), recall(all)
// 0.929 (26/28). One more error in either direction breaks a floor.
const PRECISION_FLOOR = 0.95;
const RECALL_ABOUT_FLOOR = 0.9;
const RECALL_ALL_FLOOR = 0.9;

describe('event matching on the seed articles', () => {
  const articles = seedArticles();
  const rows = (labels.articles as Label[]).map((l) => {
    const found = articles.filter((a) => a.sourceFile === l.sourceFile && articleText(a).includes(l.bodyIncludes));
    return { label: l, found };
  });

  it('finds every labelled article exactly once, and labels every article', () => {
    for (const r of rows) expect(r.found, r.label.bodyIncludes).toHaveLength(1);
    const labelled = new Set(rows.flatMap((r) => r.found));
    expect(articles.filter((a) => !labelled.has(a)).map((a) => `${a.sourceFile}#${a.sourceIndex}`)).toEqual([]);
  });

  it('meets the precision and recall floors', () => {
    let assigned = 0;
    let correct = 0;
    let aboutTotal = 0;
    let aboutHit = 0;
    let allTotal = 0;
    let allHit = 0;
    let roleAgree = 0;
    let roleTotal = 0;
    const errors: string[] = [];
    for (const { label, found } of rows) {
      const a = found[0];
      if (!a) continue;
      const result = analyzeArticle({ title: a.title, body: a.body, publishedAt: a.publishedAt, publisherStance: 'unrated' });
      const got = new Map(result.events.map((e) => [e.slug, e.role]));
      const truth = new Set([...label.about, ...label.mentions]);
      for (const [slug, role] of got) {
        assigned++;
        if (truth.has(slug)) {
          correct++;
          roleTotal++;
          if ((role === 'about') === label.about.includes(slug)) roleAgree++;
        } else errors.push(`false positive ${slug} in ${a.sourceFile}#${a.sourceIndex}`);
      }
      for (const slug of label.about) {
        aboutTotal++;
        if (got.has(slug)) aboutHit++;
        else errors.push(`missed about ${slug} in ${a.sourceFile}#${a.sourceIndex}`);
      }
      for (const slug of truth) {
        allTotal++;
        if (got.has(slug)) allHit++;
        else if (!label.about.includes(slug)) errors.push(`missed mention ${slug} in ${a.sourceFile}#${a.sourceIndex}`);
      }
    }
    const precision = assigned ? correct / assigned : 0;
    const recallAbout = aboutTotal ? aboutHit / aboutTotal : 0;
    const recallAll = allTotal ? allHit / allTotal : 0;
    console.log(
      `[event-eval] articles=${rows.length} assigned=${assigned} precision=${precision.toFixed(3)} (${correct}/${assigned}) ` +
        `recall(about)=${recallAbout.toFixed(3)} (${aboutHit}/${aboutTotal}) recall(all)=${recallAll.toFixed(3)} (${allHit}/${allTotal}) ` +
        `role agreement=${roleTotal ? (roleAgree / roleTotal).toFixed(3) : 'n/a'} (${roleAgree}/${roleTotal})`,
    );
    if (errors.length) console.log(`[event-eval] ${errors.join('; ')}`);
    expect(precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
    expect(recallAbout).toBeGreaterThanOrEqual(RECALL_ABOUT_FLOOR);
    expect(recallAll).toBeGreaterThanOrEqual(RECALL_ALL_FLOOR);
  });
});
