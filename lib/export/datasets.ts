// The registry of export datasets: name → columns, filter parser and row source. The export
// routes (/api/export/<name>), the read-only API (/api/v1/<name>), the OpenAPI description and
// the Export menus all come from this one list, so adding a dataset here adds it everywhere.
import type { SearchParamsRecord } from '@/lib/filters/search-params';
import { articlesDataset } from './sets/articles';
import { attributionsDataset } from './sets/attributions';
import { claimsDataset } from './sets/claims';
import { distinctiveWordsDataset } from './sets/distinctive-words';
import { eventComparisonDataset } from './sets/event-comparison';
import { eventsDataset } from './sets/events';
import { publishersDataset } from './sets/publishers';
import { sourcesDataset } from './sets/sources';
import { termsDataset } from './sets/terms';
import { amplificationDataset } from './sets/amplification';
import { outletOriginalityDataset } from './sets/outlet-originality';
import { republishedTextsDataset } from './sets/republished-texts';
import { glossaryDataset } from './sets/glossary';
import { termEventsDataset, termExamplesDataset, termUsageDataset } from './sets/term';
import type { Key } from '@/lib/queries/keyset';
import type { Dataset, DatasetContext, Row } from './types';

export const DATASET_NAMES = [
  'articles',
  'publishers',
  'events',
  'event-comparison',
  'terms',
  'distinctive-words',
  'claims',
  'attributions',
  'sources',
  'amplification',
  'outlet-originality',
  'republished-texts',
  'glossary',
  'term-usage',
  'term-examples',
  'term-events',
] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

// Each dataset has its own filter type; the registry forgets it (methods are bivariant), and
// every caller goes parse → fetch/batches with the value parse returned.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDataset = Dataset<any>;

export const DATASETS: Record<DatasetName, AnyDataset> = {
  articles: articlesDataset,
  publishers: publishersDataset,
  events: eventsDataset,
  'event-comparison': eventComparisonDataset,
  terms: termsDataset,
  'distinctive-words': distinctiveWordsDataset,
  claims: claimsDataset,
  attributions: attributionsDataset,
  sources: sourcesDataset,
  amplification: amplificationDataset,
  'outlet-originality': outletOriginalityDataset,
  'republished-texts': republishedTextsDataset,
  glossary: glossaryDataset,
  'term-usage': termUsageDataset,
  'term-examples': termExamplesDataset,
  'term-events': termEventsDataset,
};

export function isDatasetName(name: string): name is DatasetName {
  return (DATASET_NAMES as readonly string[]).includes(name);
}

export function getDataset(name: string): AnyDataset | null {
  return isDatasetName(name) ? DATASETS[name] : null;
}

export const DEFAULT_BATCH_SIZE = 1000;

/**
 * Every row of a dataset under a filter, as batches of at most `batchSize` rows, read from the
 * database one batch at a time (keyset pagination). Stop iterating and no further query runs.
 */
export async function* rowBatches<F>(ds: Dataset<F>, ctx: DatasetContext, filter: F, batchSize = DEFAULT_BATCH_SIZE): AsyncGenerator<Row[]> {
  if (ds.batches) {
    yield* ds.batches(ctx, filter, batchSize);
    return;
  }
  let after: Key | null = null;
  for (;;) {
    const { rows, next } = await ds.fetch(ctx, filter, { after, limit: batchSize });
    if (rows.length) yield rows;
    if (!next) return;
    after = next;
  }
}

/** Parses a query string for a dataset (the same parser its page uses). */
export function parseFilter<F>(ds: Dataset<F>, raw: SearchParamsRecord): F {
  return ds.parse(raw);
}

/** URLSearchParams → the record the shared parsers read (repeated params become arrays). */
export function searchParamsRecord(params: URLSearchParams): SearchParamsRecord {
  const out: SearchParamsRecord = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}
