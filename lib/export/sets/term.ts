// One term's page (/terms/<id>) as three exports, each from the page's own query function
// (lib/queries/terms.ts): its rate per group and year (term-usage), its example sentences per
// group (term-examples) and the events whose coverage uses it most (term-events; the page shows
// the first ten, the export all of them).
import { TERMS_BY_ID } from '@/lib/analysis/lexicon';
import { DatasetNotFoundError } from '@/lib/filters/errors';
import type { SearchParamsRecord } from '@/lib/filters/search-params';
import { parseTermFilter, type TermFilter } from '@/lib/filters/terms';
import { TERM_EXAMPLES, termEvents, termExamples, termUsage } from '@/lib/queries/terms';
import { termExamplesOf } from '@/lib/shape/terms';
import { STANCES } from '@/lib/stance';
import { computed } from '../common';
import { exportRow } from '../rows';
import type { Column, Dataset, DatasetContext, ParamSpec } from '../types';

const TERM_PARAM: ParamSpec = {
  name: 'term',
  description: 'Lexicon term id (required), e.g. mko, pmoi, cult; the ids are listed on /terms and in the glossary dataset.',
  schema: { type: 'string', pattern: '^[a-z0-9-]+$' },
  required: true,
  example: 'mko',
};

const termColumn: Column = { key: 'term', header: 'Term ID', type: 'string', nullable: false, description: 'Canonical term id from the lexicon.' };

function termDataset(
  spec: Pick<Dataset<TermFilter>, 'name' | 'title' | 'description' | 'rowIs' | 'columns'>,
  rows: (ctx: DatasetContext, f: TermFilter) => Promise<object[]>,
): Dataset<TermFilter> {
  return {
    ...spec,
    page: '/terms/{id}',
    pageUrl: (f) => `/terms/${encodeURIComponent(f.term)}`,
    params: [TERM_PARAM],
    parse: (raw: SearchParamsRecord) => parseTermFilter(raw),
    toQuery: (f) => ({ term: f.term }),
    sortId: () => spec.name,
    async check(_ctx, f) {
      if (!TERMS_BY_ID.has(f.term)) throw new DatasetNotFoundError(`No term "${f.term}" in the lexicon.`);
    },
    ...computed(async (ctx, f: TermFilter) => (await rows(ctx, f)).map((r) => exportRow(spec.columns, { term: f.term, ...r }))),
  };
}

export const termUsageDataset = termDataset(
  {
    name: 'term-usage',
    title: 'Term usage by group and year',
    description: 'How often each stance group uses one lexicon term, per publication year (undated articles in a row of their own): occurrences, articles and the rate per 1,000 words (the /terms/<id> chart and table).',
    rowIs: 'one group in one year (every group and year with articles, zeros included)',
    columns: [
      termColumn,
      { key: 'group', field: 'stance', header: 'Group', type: 'string', nullable: false, description: 'Stance group.' },
      { key: 'year', header: 'Year', type: 'integer', description: 'Publication year; empty for undated articles.' },
      { key: 'rate', header: 'Per 1,000 words', type: 'number', description: 'Occurrences per 1,000 words of all the group’s articles that year, to 3 decimals.' },
      { key: 'count', header: 'Occurrences', type: 'integer', nullable: false, description: 'Occurrences of the term in the group’s articles that year.' },
      { key: 'articles', header: 'Articles using it', type: 'integer', nullable: false, description: 'The group’s articles that year using the term.' },
      { key: 'groupArticles', header: 'Group articles', type: 'integer', nullable: false, description: 'All the group’s articles that year.' },
      { key: 'groupWords', field: 'words', header: 'Group words', type: 'integer', nullable: false, description: 'Words in those articles (the rate’s denominator).' },
    ],
  },
  (ctx, f) => termUsage(f.term, ctx.db),
);

export const termExamplesDataset = termDataset(
  {
    name: 'term-examples',
    title: 'Term examples',
    description: `Example sentences using one lexicon term from each stance group’s articles (up to ${TERM_EXAMPLES} a group, one per outlet first, most recent first), each with its article and a link to the sentence in the reader (the /terms/<id> examples).`,
    rowIs: 'one example sentence',
    columns: [
      termColumn,
      { key: 'group', field: 'stance', header: 'Group', type: 'string', nullable: false, description: 'Stance group of the article.' },
      { key: 'rank', header: 'Rank', type: 'integer', nullable: false, description: 'Order of the example within its group (1 first).' },
      { key: 'sentence', header: 'Sentence', type: 'string', nullable: false, description: 'The sentence with the term’s first occurrence in the article (cut with "…" past 320 characters).' },
      { key: 'termAsWritten', header: 'Term as written', type: 'string', nullable: false, description: 'The term as the sentence spells it.' },
      { key: 'articleId', header: 'Article ID', type: 'integer', nullable: false, description: 'Article the sentence is in (/articles/<id>).' },
      { key: 'title', header: 'Title', type: 'string', nullable: false, description: 'Headline of the article.' },
      { key: 'publisher', header: 'Outlet', type: 'string', nullable: false, description: 'Publisher of the article.' },
      { key: 'publisherSlug', header: 'Outlet ID', type: 'string', nullable: false, description: 'Publisher slug.' },
      { key: 'publishedAt', header: 'Date', type: 'date', description: 'Publication date of the article.' },
      { key: 'language', header: 'Language', type: 'string', nullable: false, description: 'Language of the article (ISO 639-1).' },
      { key: 'url', header: 'URL', type: 'url', description: 'Original address of the article.' },
      { key: 'readerPath', header: 'Reader link', type: 'string', nullable: false, description: 'Path of the article reader scrolled to the sentence (/articles/<id>?at=<start>-<end>#at).' },
    ],
  },
  async (ctx, f) =>
    termExamplesOf(await termExamples(f.term, TERM_EXAMPLES, ctx.db)).map((e) => ({
      ...e,
      sentence: `${e.before}${e.term}${e.after}${e.clipped ? ' …' : ''}`,
      termAsWritten: e.term,
      readerPath: e.href,
    })),
);

export const termEventsDataset = termDataset(
  {
    name: 'term-events',
    title: 'Term by event',
    description: 'The events whose coverage uses one lexicon term, most occurrences first: occurrences in all and per stance group, and the rate per 1,000 words of the event’s articles (the /terms/<id> events table; the page shows the first ten).',
    rowIs: 'one event (occurrences per group in the advocacy, mainstream, critical and unrated columns)',
    columns: [
      termColumn,
      { key: 'event', field: 'slug', header: 'Event ID', type: 'string', nullable: false, description: 'Event slug (/events/<slug>).' },
      { key: 'eventName', field: 'name', header: 'Event', type: 'string', nullable: false, description: 'Event name.' },
      { key: 'period', header: 'When', type: 'string', nullable: false, description: 'The event’s dates as people read them.' },
      { key: 'count', header: 'Occurrences', type: 'integer', nullable: false, description: 'Occurrences of the term in the event’s articles, all groups.' },
      { key: 'rate', header: 'Per 1,000 words', type: 'number', description: 'Occurrences per 1,000 words of all the event’s articles, to 3 decimals.' },
      { key: 'articles', header: 'Articles using it', type: 'integer', nullable: false, description: 'The event’s articles using the term.' },
      { key: 'eventArticles', header: 'Event articles', type: 'integer', nullable: false, description: 'All the event’s articles.' },
      { key: 'eventWords', field: 'words', header: 'Event words', type: 'integer', nullable: false, description: 'Words in the event’s articles.' },
      ...STANCES.map<Column>((s) => ({ key: s, header: `${s[0]!.toUpperCase()}${s.slice(1)} occurrences`, type: 'integer', nullable: false, description: `Occurrences in the event’s ${s} articles.` })),
    ],
  },
  (ctx, f) => termEvents(f.term, null, ctx.db),
);
