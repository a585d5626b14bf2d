// The term dictionary's index (/terms): every lexicon term with what it means, its forms, its
// leaning and its rate per group over the whole corpus, from the page's own termIndex
// (lib/queries/terms.ts) shaped by the page's glossaryRows (lib/shape/terms.ts).
import { LEXICON, TERMS_BY_ID } from '@/lib/analysis/lexicon';
import { GLOSSARY, termForms } from '@/lib/glossary';
import { termIndex } from '@/lib/queries/terms';
import { glossaryRows } from '@/lib/shape/terms';
import { STANCES } from '@/lib/stance';
import { computed } from '../common';
import type { Column, Dataset, Row } from '../types';

const columns: Column[] = [
  { key: 'term', header: 'Term ID', type: 'string', nullable: false, description: 'Canonical term id from the lexicon (/terms/<id>).' },
  { key: 'termLabel', header: 'Term', type: 'string', nullable: false, description: 'The term as the dashboard shows it.' },
  { key: 'category', header: 'Category', type: 'string', nullable: false, description: 'Lexicon category id.' },
  { key: 'leaning', header: 'Leaning', type: 'string', description: 'advocacy or critical when one side habitually uses the term (a description of usage, not a judgement); empty otherwise.' },
  { key: 'meaning', header: 'Meaning', type: 'string', description: 'What the term means (data/glossary.json).' },
  { key: 'usage', header: 'Who uses it', type: 'string', description: 'Who tends to use the term, in words (data/glossary.json).' },
  { key: 'forms', header: 'Forms', type: 'string', nullable: false, description: 'The spellings the lexicon counts, separated by "; ".' },
  { key: 'count', header: 'Occurrences', type: 'integer', nullable: false, description: 'Occurrences in the corpus, all groups (reprints counted once).' },
  { key: 'articles', header: 'Articles using it', type: 'integer', nullable: false, description: 'Articles using the term at least once, all groups.' },
  ...STANCES.map<Column>((s) => ({
    key: s,
    header: `${s[0]!.toUpperCase()}${s.slice(1)} per 1,000 words`,
    type: 'number',
    description: `Occurrences per 1,000 words of all ${s} articles in the corpus, to 3 decimals (0 when they never use it; empty when the group has no article).`,
  })),
];

async function rows(ctx: { db: Parameters<typeof termIndex>[0] }): Promise<Row[]> {
  return glossaryRows(await termIndex(ctx.db), LEXICON).map((r) => {
    const g = GLOSSARY.terms.get(r.term);
    return {
      term: r.term,
      termLabel: r.label,
      category: r.category,
      leaning: r.leaning,
      meaning: g?.meaning ?? null,
      usage: g?.usage ?? null,
      forms: termForms(TERMS_BY_ID.get(r.term)!).map((f) => f.text).join('; '),
      count: r.count,
      articles: r.articles,
      ...r.rates,
    };
  });
}

export const glossaryDataset: Dataset<Record<string, never>> = {
  name: 'glossary',
  title: 'Term dictionary',
  description: 'Every lexicon term (names and labels for the MEK, the state, events and campaigns) with its meaning, its forms, its leaning and how often each stance group uses it over the whole corpus (the /terms table).',
  page: '/terms',
  rowIs: 'one lexicon term (rate per group in the advocacy, mainstream, critical and unrated columns)',
  pageUrl: () => '/terms',
  params: [],
  columns,
  parse: () => ({}),
  toQuery: () => ({}),
  sortId: () => 'lexicon',
  ...computed((ctx) => rows(ctx)),
};
