// The starter list's expected columns as a check of the fetch-and-extract path: does the outlet
// the import found match the expected one (by registry identity, else by name or domain), does
// the article's group match, are the expected events among those the matcher says it is about?
// Pure: the CLI gathers the actual values (from the dry run or the database).
import type { UrlExpectation } from '@/lib/parse/url-list';
import { normalizeName, resolvePublisher, resolvePublisherByUrl } from '@/lib/registry/publishers';

export interface ActualOutcome {
  outletName: string | null;
  outletSlug: string | null;
  group: string | null;
  eventsAbout: string[];
  eventsMention: string[];
}

export interface CheckRow {
  url: string;
  outlet: boolean | null;
  group: boolean | null;
  /** null when no event is expected. */
  events: boolean | null;
  expected: UrlExpectation;
  actual: ActualOutcome | null;
}

export function expectedOutletSlug(e: UrlExpectation): string | null {
  return (e.outlet ? resolvePublisher(e.outlet)?.slug : undefined) ?? (e.outletDomain ? resolvePublisherByUrl(e.outletDomain)?.slug : undefined) ?? null;
}

export function compareExpectation(url: string, expected: UrlExpectation, actual: ActualOutcome | null): CheckRow {
  if (!actual) return { url, outlet: false, group: expected.group ? false : null, events: expected.eventsAbout.length ? false : null, expected, actual };
  const slug = expectedOutletSlug(expected);
  const outlet = expected.outlet || expected.outletDomain
    ? slug !== null
      ? actual.outletSlug === slug
      : !!actual.outletName && !!expected.outlet && normalizeName(actual.outletName) === normalizeName(expected.outlet)
    : null;
  const group = expected.group ? actual.group === expected.group : null;
  const found = new Set([...actual.eventsAbout, ...actual.eventsMention]);
  const events = expected.eventsAbout.length ? expected.eventsAbout.every((e) => found.has(e)) : null;
  return { url, outlet, group, events, expected, actual };
}

export interface CheckSummary {
  rows: number;
  outlet: { match: number; of: number };
  group: { match: number; of: number };
  events: { match: number; of: number };
}

export function summarizeCheck(rows: CheckRow[]): CheckSummary {
  const tally = (k: 'outlet' | 'group' | 'events') => ({ match: rows.filter((r) => r[k] === true).length, of: rows.filter((r) => r[k] !== null).length });
  return { rows: rows.length, outlet: tally('outlet'), group: tally('group'), events: tally('events') };
}
