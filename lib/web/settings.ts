// How stance-lens fetches from the web, read from the environment once and validated (zod). Every
// value has a default that is polite to the sites fetched; docs/web-import.md explains each one.
import { z } from 'zod';

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const int = (min: number, max: number, fallback: number) => z.preprocess(blank, z.coerce.number().int().min(min).max(max).default(fallback));

const EnvSchema = z.object({
  /** An e-mail address or URL where site owners can reach whoever runs the import. */
  STANCE_LENS_FETCH_CONTACT: z.preprocess(blank, z.string().trim().max(200).regex(/^[^\s()]+$/, 'an e-mail address or URL, no spaces').optional()),
  /** Hosts or CIDR ranges the address guard lets through (tests, an intranet mirror). */
  STANCE_LENS_FETCH_ALLOW: z.preprocess(blank, z.string().optional()),
  /** Minimum gap between two requests to the same host. */
  STANCE_LENS_FETCH_DELAY_MS: int(0, 600_000, 2_000),
  /** Whole request (connect, headers, body) for one attempt. */
  STANCE_LENS_FETCH_TIMEOUT_MS: int(100, 600_000, 30_000),
  /** Body cap, counted after decompression. */
  STANCE_LENS_FETCH_MAX_BYTES: int(1024, 200 * 1024 * 1024, 10 * 1024 * 1024),
  /** Attempts after the first on 429 and 5xx (and network errors). */
  STANCE_LENS_FETCH_RETRIES: int(0, 10, 3),
  STANCE_LENS_FETCH_MAX_REDIRECTS: int(0, 20, 5),
  /** The longest Retry-After the fetcher waits for; a longer one fails the URL with its reason. */
  STANCE_LENS_FETCH_MAX_RETRY_AFTER_S: int(0, 3600, 120),
  /** The Wayback Machine's availability API; any server answering its JSON shape works. */
  STANCE_LENS_WAYBACK_URL: z.preprocess(blank, z.string().url().default('https://archive.org/wayback/available')),
  /** `off` disables the archive fallback. */
  STANCE_LENS_WAYBACK: z.preprocess(blank, z.enum(['on', 'off']).default('on')),
  /** How often the worker polls each subscribed feed. */
  STANCE_LENS_FEED_POLL_HOURS: z.preprocess(blank, z.coerce.number().min(0.01).max(24 * 30).default(6)),
});

export interface FetchSettings {
  contact: string | null;
  allow: string[];
  minDelayMs: number;
  /** Fixed by policy: never more than two requests to one host at a time. */
  perHostConcurrency: 2;
  timeoutMs: number;
  maxBytes: number;
  retries: number;
  maxRedirects: number;
  maxRetryAfterMs: number;
  waybackUrl: string | null;
  feedPollHours: number;
}

export class SettingsError extends Error {}

export function parseFetchSettings(env: Record<string, string | undefined> = process.env): FetchSettings {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new SettingsError(`web fetch settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  return {
    contact: e.STANCE_LENS_FETCH_CONTACT ?? null,
    allow: (e.STANCE_LENS_FETCH_ALLOW ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    minDelayMs: e.STANCE_LENS_FETCH_DELAY_MS,
    perHostConcurrency: 2,
    timeoutMs: e.STANCE_LENS_FETCH_TIMEOUT_MS,
    maxBytes: e.STANCE_LENS_FETCH_MAX_BYTES,
    retries: e.STANCE_LENS_FETCH_RETRIES,
    maxRedirects: e.STANCE_LENS_FETCH_MAX_REDIRECTS,
    maxRetryAfterMs: e.STANCE_LENS_FETCH_MAX_RETRY_AFTER_S * 1000,
    waybackUrl: e.STANCE_LENS_WAYBACK === 'off' ? null : e.STANCE_LENS_WAYBACK_URL,
    feedPollHours: e.STANCE_LENS_FEED_POLL_HOURS,
  };
}

export const USER_AGENT_PRODUCT = 'stance-lens/0.1';

/** Names the tool, what it is for, and whom to contact, as crawler etiquette asks. */
export function userAgent(contact: string | null): string {
  return `${USER_AGENT_PRODUCT} (media-research importer; ${contact ? `contact: ${contact}` : 'no contact configured: set STANCE_LENS_FETCH_CONTACT'})`;
}
