// robots.txt, read with robots-parser (RFC 9309 matching: longest match wins, wildcards, `$`).
// One file per origin per process, kept for a day. As RFC 9309 says: a 4xx answer (no file)
// allows everything; a 5xx answer or an unreachable server disallows everything for now. A
// Crawl-delay for our agent (or `*`) widens the host's spacing in the pacer.
import robotsParser from 'robots-parser';

/** The product token robots.txt groups are matched against (`User-agent: stance-lens`). */
export const ROBOTS_AGENT = 'stance-lens';
const TTL_MS = 24 * 60 * 60 * 1000;
/** A Crawl-delay longer than this is taken as this (a URL list would otherwise take days). */
const MAX_CRAWL_DELAY_MS = 60_000;

export type RobotsFile =
  | { kind: 'rules'; text: string }
  | { kind: 'none' } // 4xx: no robots.txt, everything allowed
  | { kind: 'unreachable'; reason: string }
  // The address guard refused the host itself: the page is refused for the same reason.
  | { kind: 'blocked'; reason: string };

export interface RobotsVerdict {
  allowed: boolean;
  /** Why a URL is refused, as shown to users. */
  reason?: string;
  /** Set when the host is refused by the address guard, not by robots.txt. */
  blocked?: boolean;
  crawlDelayMs?: number;
}

type Robot = ReturnType<typeof robotsParser>;

export class RobotsCache {
  private readonly cache = new Map<string, { at: number; file: Promise<{ file: RobotsFile; robot: Robot | null }> }>();

  constructor(private readonly load: (robotsUrl: string) => Promise<RobotsFile>) {}

  async check(url: URL): Promise<RobotsVerdict> {
    const robotsUrl = `${url.origin}/robots.txt`;
    let hit = this.cache.get(url.origin);
    if (!hit || Date.now() - hit.at > TTL_MS) {
      const file = this.load(robotsUrl)
        .catch((err: unknown): RobotsFile => ({ kind: 'unreachable', reason: (err as Error).message }))
        .then((f) => ({ file: f, robot: f.kind === 'rules' ? robotsParser(robotsUrl, f.text) : null }));
      hit = { at: Date.now(), file };
      this.cache.set(url.origin, hit);
    }
    const { file, robot } = await hit.file;
    if (file.kind === 'none') return { allowed: true };
    if (file.kind === 'blocked') return { allowed: false, blocked: true, reason: file.reason };
    if (file.kind === 'unreachable') return { allowed: false, reason: `robots.txt could not be read (${file.reason}); not fetched until it can` };
    const allowed = robot!.isAllowed(url.toString(), ROBOTS_AGENT) !== false;
    const delay = robot!.getCrawlDelay(ROBOTS_AGENT);
    return {
      allowed,
      reason: allowed ? undefined : `disallowed by ${robotsUrl} (line ${robot!.getMatchingLineNumber(url.toString(), ROBOTS_AGENT)})`,
      crawlDelayMs: delay !== undefined && Number.isFinite(delay) ? Math.min(delay * 1000, MAX_CRAWL_DELAY_MS) : undefined,
    };
  }
}
