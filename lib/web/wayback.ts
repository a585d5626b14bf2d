// Pages that are gone: the Internet Archive's availability API names the closest snapshot of a
// URL (`{"archived_snapshots": {"closest": {"available": true, "url": …, "timestamp":
// "YYYYMMDDhhmmss", "status": "200"}}}`); the snapshot is then fetched in its original form (the
// `id_` flag drops the archive's toolbar and link rewriting). The base URL is a setting, so the
// tests point it at a fake endpoint on loopback.
import { FetchError, type Fetcher, type FetchResponse } from './fetcher';

export const ARCHIVE_NAME = 'Internet Archive';

export interface Snapshot {
  /** As the API gives it. */
  url: string;
  /** The raw-content URL that is fetched. */
  rawUrl: string;
  takenAt: Date;
}

/** "20190304123456" → a Date (UTC); null when malformed. */
export function snapshotDate(timestamp: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?$/.exec(timestamp);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Wayback URLs carry the timestamp; `id_` after it asks for the page as archived, unchanged. */
export function rawSnapshotUrl(url: string): string {
  return url.replace(/\/web\/(\d{4,14})(?:[a-z]{2}_)?\//, '/web/$1id_/');
}

export function parseAvailability(json: unknown): { url: string; timestamp: string } | null {
  const closest = (json as { archived_snapshots?: { closest?: Record<string, unknown> } })?.archived_snapshots?.closest;
  if (!closest || closest.available !== true || typeof closest.url !== 'string' || typeof closest.timestamp !== 'string') return null;
  if (closest.status !== undefined && !String(closest.status).startsWith('2')) return null;
  return { url: closest.url, timestamp: closest.timestamp };
}

export async function closestSnapshot(fetcher: Fetcher, apiUrl: string, pageUrl: string): Promise<Snapshot | null> {
  const api = new URL(apiUrl);
  api.searchParams.set('url', pageUrl);
  const res = await fetcher.fetch({ url: api.toString(), kind: 'archive-api' });
  let json: unknown;
  try {
    json = JSON.parse(res.body.toString('utf8'));
  } catch {
    throw new FetchError('the archive availability API did not answer JSON', 'http', { url: api.toString() });
  }
  const hit = parseAvailability(json);
  if (!hit) return null;
  const takenAt = snapshotDate(hit.timestamp);
  if (!takenAt) return null;
  return { url: hit.url, rawUrl: rawSnapshotUrl(hit.url), takenAt };
}

/** The live failure the archive may stand in for: gone (404/410), a server or network failure. */
export function archiveMayHelp(err: unknown): boolean {
  if (!(err instanceof FetchError)) return false;
  if (err.kind === 'network' || err.kind === 'timeout') return true;
  const s = err.details.status;
  return err.kind === 'http' && s !== undefined && (s === 404 || s === 410 || s === 429 || s >= 500);
}

export interface ArchivedFetch {
  response: FetchResponse;
  snapshot: Snapshot;
}

export async function fetchFromArchive(fetcher: Fetcher, apiUrl: string, pageUrl: string): Promise<ArchivedFetch | null> {
  const snapshot = await closestSnapshot(fetcher, apiUrl, pageUrl);
  if (!snapshot) return null;
  const response = await fetcher.fetch({ url: snapshot.rawUrl, kind: 'page' });
  return { response, snapshot };
}
