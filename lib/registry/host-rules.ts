// Ratings by rule for outlets the registry does not list. A researcher's own Persian corpus is
// full of small licensed Iranian sites (provincial agencies, city news sites, trade papers) that
// no hand-kept list will ever hold; left unrated, they drop out of every comparison until a
// curator rates them one by one. The registry already rates every licensed Iranian outlet it
// lists `critical` with one documented reason (they publish under Iranian press law and the
// state's designation of the MEK as a terrorist organisation, and call it «منافقین»), so an
// unlisted site on Iran's national domain gets that rating by rule, with the rule as its
// rationale, visible as such and overridable by a curator like any other rating.
import { isWithinDomain } from '@/lib/registry/publishers';
import type { StanceKey } from '@/lib/stance';

export interface HostRuleRating {
  rule: 'iran-national-domain';
  /** The host the rule read (the outlet's own site). */
  host: string;
  stance: StanceKey;
  rationale: string;
  source: string;
  notes: string;
}

/** Where the rule is explained to users (the methodology page's anchor). */
export const HOST_RULE_SOURCE = 'rule: unlisted site on Iran’s .ir domain (see /methodology#rated-by-rule)';

/** The `source` value that marks a publisher as rated by rule rather than researched. */
export function isRuleSource(source: string | null | undefined): boolean {
  return !!source && source.startsWith('rule:');
}

// Hosts under .ir where anyone may publish: a page there is a person's, not a licensed outlet's.
// .id.ir is IRNIC's zone for individuals; eitaa.ir, ble.ir, rubika.ir and splus.ir are the web views of messengers'
// channels (anyone's); seevid.ir shows anyone's videos (YouTube's, under their channels' names); the others are blog
// platforms.
const PERSONAL_ZONES = ['id.ir', 'blog.ir', 'persianblog.ir', 'blogsky.ir', 'rozblog.ir', 'mihanblog.ir', 'parsiblog.ir', 'samenblog.ir', 'kowsarblog.ir', 'virgool.ir', 'eitaa.ir', 'ble.ir', 'rubika.ir', 'splus.ir', 'seevid.ir'];

const HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]+$/;

/** The rating a bare hostname gets by rule when no registry outlet matched it, or null. */
export function ruleRatingForHost(host: string): HostRuleRating | null {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  if (!HOSTNAME.test(h) || !h.endsWith('.ir')) return null;
  if (PERSONAL_ZONES.some((z) => isWithinDomain(h, z))) return null;
  return {
    rule: 'iran-national-domain',
    host: h,
    stance: 'critical',
    rationale:
      'Rated by rule, not researched: an unlisted site on Iran’s .ir domain publishes under Iranian press law and the state’s designation of the MEK as a terrorist organisation, the basis on which the registry rates every licensed Iranian outlet it lists.',
    source: HOST_RULE_SOURCE,
    notes: 'Rated by the .ir rule when an import first met it. Confirm or change it on its publisher page; a curator’s rating replaces the rule’s.',
  };
}
