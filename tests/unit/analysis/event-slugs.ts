// The catalog events a text written for a test links, as the importer's analysis reads it (the
// text normalised first), dated to the day when `publishedAt` is given.
import { matchEvents } from '@/lib/analysis/events';
import { normalizeForAnalysis } from '@/lib/analysis/persian';

export const slugs = (text: string, publishedAt: string | null = null) =>
  matchEvents(normalizeForAnalysis(text).text, { publishedAt, datePrecision: publishedAt ? 'day' : 'unknown' }).map((m) => m.slug);
