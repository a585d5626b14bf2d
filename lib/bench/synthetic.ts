// The synthetic corpus for benchmarks: articles that look like the real corpus to the importer,
// the analysis and the query planner (publisher sizes, dates, lengths, vocabulary, event cues,
// figures and quotes at plausible rates) and that nobody can mistake for real ones: every
// outlet's slug starts with "synthetic-", every title with "[synthetic]", every body ends with a
// line saying it is synthetic, and URLs use the reserved .invalid domain.
//
// Pure and deterministic: article i of seed s is drawn from its own PRNG stream rng(s, i), so any
// slice of the corpus can be produced alone, in any order, by any worker, and is the same on
// every machine.
//
// Republication, as in the real field: about REPRINT_RATE of the articles are copies of an
// earlier article (another outlet, mostly of the same group, or a digest host reposting it), made
// with the edits republishing sites make (their own header or dateline, credit and share lines,
// a trimmed paragraph, re-wrapped lines, other quote marks, an editor's note), and about
// QUOTE_RATE reproduce an earlier article in full inside commentary of their own. Whether article i
// is one, and of which article, comes from its own second stream rng(s, i, REPRINT_STREAM), so
// the other articles are exactly those of a corpus without republication.
import { rewrapTo as rewrap } from '@/lib/devset/reprint-edits';
import eventsData from '@/data/events.json';
import { CatalogSchema } from '@/lib/analysis/catalog';
import { TERMS_BY_ID } from '@/lib/analysis/lexicon';
import type { PublisherKind } from '@/lib/generated/prisma/enums';
import type { StanceKey } from '@/lib/stance';
import { rng, zipfWeights, type Rng } from '@/lib/prng';

export const SYNTHETIC_PREFIX = 'synthetic-';
export const SYNTHETIC_TITLE_PREFIX = '[synthetic]';
export const SYNTHETIC_SOURCE = 'synthetic';
/** Bumped whenever the generator's output changes: it is part of every chunk's file name. */
export const GENERATOR_VERSION = 'gen-2';

const CATALOG_DATA = CatalogSchema.parse(eventsData);
/** The newest date the corpus uses: no article is dated after it. */
export const LAST_DAY = '2026-11-20';
const FIRST_YEAR = 1988;
const LAST_YEAR = 2026;

// ---------------------------------------------------------------------------------------------
// Publishers

export interface SyntheticPublisher {
  slug: string;
  name: string;
  stance: StanceKey;
  kind: PublisherKind;
  stanceRationale: string | null;
  /** Relative share of the corpus (Zipf within the group, times the group's share). */
  weight: number;
}

/** Share of articles per group; the real corpus leans towards advocacy outlets too. */
const GROUP_SHARE: Record<StanceKey, number> = { advocacy: 0.42, mainstream: 0.3, critical: 0.22, unrated: 0.06 };
const GROUP_OUTLETS: Record<StanceKey, number> = { advocacy: 24, mainstream: 40, critical: 20, unrated: 12 };
const GROUP_KINDS: Record<StanceKey, PublisherKind[]> = {
  advocacy: ['advocacy_org', 'news_outlet', 'blog_aggregator'],
  mainstream: ['news_outlet', 'news_outlet', 'human_rights_ngo'],
  critical: ['state_media', 'news_outlet', 'blog_aggregator'],
  unrated: ['other', 'blog_aggregator', 'news_outlet'],
};
const GROUP_WORD: Record<StanceKey, string> = { advocacy: 'Advocacy', mainstream: 'Mainstream', critical: 'Critical', unrated: 'Unrated' };

/** The synthetic outlets (the same for every seed, so several seeds can share one database). */
export function syntheticPublishers(): SyntheticPublisher[] {
  const out: SyntheticPublisher[] = [];
  for (const stance of ['advocacy', 'mainstream', 'critical', 'unrated'] as const) {
    const n = GROUP_OUTLETS[stance];
    const zipf = zipfWeights(n, 1.15);
    const total = zipf.reduce((a, b) => a + b, 0);
    for (let k = 0; k < n; k++) {
      const name = `Synthetic ${GROUP_WORD[stance]} Outlet ${String(k + 1).padStart(2, '0')}`;
      out.push({
        slug: `${SYNTHETIC_PREFIX}${stance}-outlet-${String(k + 1).padStart(2, '0')}`,
        name,
        stance,
        kind: GROUP_KINDS[stance][k % 3]!,
        stanceRationale:
          stance === 'unrated' ? null : `Synthetic benchmark outlet (not a real publisher), rated ${stance} to give the benchmark corpus every group.`,
        weight: (GROUP_SHARE[stance] * zipf[k]!) / total,
      });
    }
  }
  return out;
}

/** Digest hosts some synthetic articles are collected "via" (as Iran Interlink is in the seeds). */
export const SYNTHETIC_VIA_HOSTS: SyntheticPublisher[] = [
  {
    slug: `${SYNTHETIC_PREFIX}digest-host-critical`,
    name: 'Synthetic Digest Host Critical',
    stance: 'critical',
    kind: 'blog_aggregator',
    stanceRationale: 'Synthetic benchmark digest host (not a real publisher), rated critical.',
    weight: 0,
  },
  {
    slug: `${SYNTHETIC_PREFIX}digest-host-advocacy`,
    name: 'Synthetic Digest Host Advocacy',
    stance: 'advocacy',
    kind: 'blog_aggregator',
    stanceRationale: 'Synthetic benchmark digest host (not a real publisher), rated advocacy.',
    weight: 0,
  },
];

// ---------------------------------------------------------------------------------------------
// Vocabulary: lexicon variants, weighted by how each group habitually writes.

type Weighted = ReadonlyArray<readonly [string, number]>;

/** A lexicon term's variants that read well in running text (no possessive forms). */
function variants(id: string): string[] {
  const t = TERMS_BY_ID.get(id);
  if (!t) throw new Error(`synthetic corpus: lexicon term ${id} is missing from data/lexicon.json`);
  return t.variants.filter((v) => !/['’]s$/.test(v));
}

interface Vocabulary {
  /** Names for the group (term ids). */
  org: Weighted;
  /** Names for the Iranian state. */
  state: Weighted;
  /** Labels attached to the group. */
  label: Weighted;
  sources: readonly string[];
}

const VOCAB: Record<StanceKey, Vocabulary> = {
  advocacy: {
    org: [['pmoi', 5], ['peoples-mojahedin', 2], ['iranian-resistance', 4], ['ncri', 2], ['ncri-acronym', 3], ['mek-acronym', 2], ['mek', 1]],
    state: [['regime', 6], ['clerical-regime', 3], ['mullahs', 2], ['islamic-republic', 0.5], ['theocracy', 0.5]],
    label: [['resistance-movement', 3], ['democratic-opposition', 3], ['resistance-units', 3], ['free-iran', 2], ['martyrs', 1], ['resistance', 2]],
    sources: ['the NCRI', 'Mrs. Rajavi', 'Maryam Rajavi', 'the PMOI', "the NCRI's Foreign Affairs Committee", 'Amnesty International', 'Iran Human Rights'],
  },
  critical: {
    org: [['mko', 6], ['mojahedin-khalq-organization', 2], ['monafeghin', 2], ['hypocrites', 2], ['rajavi-cult', 3], ['mek-acronym', 1]],
    state: [['islamic-republic', 3], ['government', 3], ['tehran', 2], ['authorities', 2], ['supreme-leader', 1]],
    label: [['cult', 4], ['cultish', 2], ['terror-group', 4], ['terrorist', 3], ['defectors', 3], ['imposed-war', 1]],
    sources: ['IRNA', 'Tasnim', 'Press TV', 'Iran Interlink', 'former members', 'the Iranian Foreign Ministry', 'officials'],
  },
  mainstream: {
    org: [['mek-acronym', 6], ['mek', 3], ['peoples-mojahedin', 1], ['ncri-acronym', 2], ['mojahedin', 1]],
    state: [['government', 5], ['authorities', 4], ['tehran', 3], ['islamic-republic', 2], ['supreme-leader', 1], ['regime', 0.7]],
    label: [['opposition', 5], ['exiles', 2], ['dissidents', 3], ['terrorism', 1], ['defectors', 1], ['cult', 0.4]],
    sources: ['Amnesty International', 'Human Rights Watch', 'Reuters', 'UN experts', 'the US State Department', 'Iran Human Rights', 'HRANA'],
  },
  unrated: {
    org: [['mek-acronym', 4], ['mko', 1], ['pmoi', 1], ['mojahedin', 1], ['ncri-acronym', 1]],
    state: [['government', 3], ['regime', 2], ['tehran', 2], ['islamic-republic', 1]],
    label: [['opposition', 3], ['dissidents', 2], ['cult', 1], ['resistance', 1], ['exiles', 1]],
    sources: ['officials', 'activists', 'Reuters', 'a spokesperson', 'witnesses'],
  },
};

const VARIANTS = new Map<string, string[]>();
function term(r: Rng, choices: Weighted): string {
  const id = choices[r.weighted(choices.map(([, w]) => w))]![0];
  let v = VARIANTS.get(id);
  if (!v) VARIANTS.set(id, (v = variants(id)));
  return r.pick(v);
}

// ---------------------------------------------------------------------------------------------
// Events: bursts around dated catalog events, cues from the catalog itself.

interface EventPlan {
  slug: string;
  dateStart: string | null;
  strong: string[];
  support: string[];
}

const EVENTS: EventPlan[] = CATALOG_DATA.events.map((e) => ({
  slug: e.slug,
  dateStart: e.dateStart,
  // '@group' cues stand for a list; the names slot already supplies the group's names.
  strong: e.cues.strong.filter((c) => !c.startsWith('@')),
  support: e.cues.support.filter((c) => !c.startsWith('@')),
}));
const DATED = EVENTS.filter((e) => e.dateStart !== null);
const UNDATED = EVENTS.filter((e) => e.dateStart === null);

/** Figures as each kind of source reports them, per event; {src} is filled with a source. */
const FIGURES: Record<string, readonly string[]> = {
  '1988-massacre': [
    'more than 30,000 political prisoners were executed in the summer of 1988, according to {src}',
    'at least 5,000 prisoners were executed, {src} said',
    'thousands of political prisoners were executed in a matter of weeks, {src} reported',
    'some 4,500 prisoners were executed in Evin and Gohardasht, according to {src}',
  ],
  'november-2019-protests': [
    'at least 304 people were killed, Amnesty International said',
    'about 1,500 people were killed during the crackdown, Reuters reported',
    'more than 7,000 protesters were arrested, {src} said',
    'at least 2,000 people were injured, according to {src}',
  ],
  'mahsa-amini-protests-2022': [
    'at least 500 protesters were killed, Iran Human Rights said',
    'more than 19,000 people were arrested, HRANA reported',
    'at least seven protesters were executed, according to {src}',
    'hundreds of people were detained in the first week, {src} said',
  ],
  'mek-camps': [
    'at least 52 residents were killed in the attack on the camp, {src} said',
    'some 3,000 residents were relocated, according to {src}',
    'dozens of residents were injured, {src} reported',
  ],
  'operation-mersad': ['more than 1,300 fighters were killed in the operation, according to {src}', 'hundreds of fighters were killed, {src} said'],
  'villepinte-2018-plot': ['four people were arrested over the plot, {src} said', 'three suspects were detained in Belgium and Germany, according to {src}'],
  'assadi-trial-2021': ['the diplomat was sentenced to 20 years, {src} said', 'three co-defendants were sentenced to between 15 and 18 years, {src} reported'],
  'hamid-nouri-trial': ['the former official was sentenced to life in prison, {src} said'],
};
const GENERIC_FIGURES: readonly string[] = [
  'dozens of activists were arrested, {src} said',
  'at least 12 people were detained in the latest raids, according to {src}',
  'more than 250 people were executed last year, {src} reported',
  'at least 100 protesters were injured, {src} said',
  'nearly 600 people were executed in the year, according to {src}',
];

// ---------------------------------------------------------------------------------------------
// Sentences

const PLACES = ['Tehran', 'Paris', 'Tirana', 'Baghdad', 'Geneva', 'Washington', 'Brussels', 'Berlin', 'London', 'Stockholm'];
const ACTORS = ['diplomats', 'analysts', 'lawmakers', 'observers', 'rights groups', 'several governments', 'officials in the region', 'critics'];
const TIMES = ['On Monday', 'Earlier this week', 'Last month', 'In a statement on Friday', 'Over the weekend', 'On Tuesday', 'In recent weeks', 'Later that day'];
const NEUTRAL: readonly string[] = [
  '{time}, {actors} expected the talks to resume after the summer recess.',
  'The statement was published on the eve of a meeting of foreign ministers in {place}.',
  '{Actors} could not independently verify the figures.',
  'The conference drew participants from more than a dozen countries.',
  'A spokesperson declined to comment on the details of the case.',
  '{time}, a delegation travelled to {place} to meet members of parliament.',
  'The debate has continued for years in European capitals and in Washington.',
  'Economic pressure and sanctions have weighed on daily life in the country.',
  'The hearing was adjourned until next month, when further witnesses are expected to testify.',
  'Journalists were not allowed to attend the session.',
  '{Actors} have repeatedly raised the issue at the United Nations in Geneva.',
  'Prices of basic goods rose sharply over the same period.',
  'The report runs to more than 90 pages and draws on interviews with relatives.',
  '{time}, the foreign ministry summoned the ambassador over the remarks.',
  'Many of those involved now live in exile in Europe and North America.',
  'The organisers said the event would be broadcast online in several languages.',
  'Internet access was disrupted in several provinces, according to monitoring groups.',
  'The court is expected to deliver its verdict later this year.',
  'The letter was signed by former officials and members of parliament.',
  'Requests for comment sent to the embassy in {place} went unanswered.',
];
// Running text beyond the templates: sentences composed from word banks and invented names,
// so the vocabulary has a long tail (as real news has) for the full-text index and word stats.
const NOUNS = [
  'budget', 'election', 'parliament', 'committee', 'economy', 'inflation', 'currency', 'sanctions', 'embassy', 'border',
  'province', 'ministry', 'court', 'hearing', 'verdict', 'appeal', 'prison', 'campaign', 'conference', 'delegation',
  'agreement', 'negotiations', 'resolution', 'report', 'investigation', 'testimony', 'witness', 'lawyer', 'journalist',
  'newspaper', 'broadcast', 'website', 'network', 'statement', 'interview', 'letter', 'petition', 'strike', 'workers',
  'teachers', 'students', 'university', 'farmers', 'drought', 'water', 'electricity', 'fuel', 'prices', 'wages',
  'pensions', 'hospital', 'doctors', 'families', 'relatives', 'village', 'city', 'capital', 'region', 'neighbours',
  'allies', 'partners', 'envoy', 'ambassador', 'minister', 'spokesperson', 'deputy', 'governor', 'mayor', 'council',
  'security', 'police', 'army', 'guards', 'militia', 'weapons', 'missiles', 'drones', 'exercise', 'shipping', 'tanker',
  'port', 'airport', 'flight', 'visa', 'passport', 'exile', 'asylum', 'refugees', 'diaspora', 'community', 'memorial',
  'anniversary', 'archive', 'documents', 'evidence', 'footage', 'photographs', 'satellite', 'internet', 'platform',
  'accounts', 'messages', 'audience', 'television', 'radio', 'podcast', 'book', 'memoir', 'film', 'exhibition',
];
const ADJECTIVES = [
  'new', 'former', 'senior', 'local', 'national', 'regional', 'international', 'European', 'American', 'British',
  'French', 'German', 'Swedish', 'Albanian', 'Iraqi', 'economic', 'political', 'legal', 'diplomatic', 'military',
  'public', 'private', 'official', 'unofficial', 'independent', 'annual', 'recent', 'previous', 'planned', 'delayed',
  'controversial', 'detailed', 'lengthy', 'brief', 'secret', 'leaked', 'confidential', 'open', 'closed', 'urgent',
  'second', 'third', 'final', 'preliminary', 'joint', 'separate', 'rival', 'hardline', 'moderate', 'reformist',
];
const VERBS = [
  'discussed', 'reviewed', 'postponed', 'announced', 'criticised', 'welcomed', 'rejected', 'approved', 'examined',
  'questioned', 'published', 'cancelled', 'extended', 'signed', 'delayed', 'debated', 'supported', 'opposed',
  'investigated', 'documented', 'described', 'summarised', 'challenged', 'defended', 'revised', 'expanded', 'suspended',
];
const TAILS = [
  'after weeks of talks', 'ahead of the vote', 'despite strong objections', 'without further explanation',
  'at a press conference', 'in a televised address', 'in an open letter', 'during a closed session',
  'according to people familiar with the matter', 'for the second time this year', 'amid rising tension',
  'in a move that surprised observers', 'as the deadline approached', 'following a request from abroad',
];
const FIRST_NAMES = ['Reza', 'Maryam', 'Ali', 'Zahra', 'Hossein', 'Fatemeh', 'Mehdi', 'Leila', 'Hamid', 'Shirin', 'Amir', 'Nasrin', 'Javad', 'Parisa', 'Saeed', 'Elham', 'Kamran', 'Roya', 'Davood', 'Mina', 'Anna', 'Peter', 'Claire', 'Marc', 'Sofia', 'Erik', 'Lena', 'Tom', 'Julia', 'Martin'];
const SYLLABLES = ['ka', 'ri', 'mo', 'sa', 'de', 'ghi', 'ba', 'ne', 'ja', 'fa', 'ro', 'zi', 'ha', 'shi', 'ta', 'lo', 'mi', 'va', 'no', 'pa', 'ke', 'dou', 'ra', 'bi', 'ye'];
const SURNAME_ENDINGS = ['i', 'ian', 'zadeh', 'pour', 'nia', 'far', 'an', 'ani', 'son', 'berg', 'ard', 'el'];
const ROLES = ['a researcher', 'a lawyer', 'a former diplomat', 'an economist', 'a journalist', 'a university lecturer', 'a human rights lawyer', 'a member of parliament', 'an activist', 'a historian'];

function personName(r: Rng): string {
  const n = r.int(2, 3);
  let s = '';
  for (let i = 0; i < n; i++) s += r.pick(SYLLABLES);
  s += r.pick(SURNAME_ENDINGS);
  return `${r.pick(FIRST_NAMES)} ${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}

function composedSentence(r: Rng): string {
  const np = () => `the ${r.chance(0.6) ? `${r.pick(ADJECTIVES)} ` : ''}${r.pick(NOUNS)}`;
  switch (r.int(0, 6)) {
    case 0:
    case 4:
      return `${r.pick(TIMES)}, ${np()} ${r.pick(VERBS)} ${np()} ${r.pick(TAILS)}.`;
    case 1:
    case 5:
      return `${cap(np())} of ${np()} was ${r.pick(VERBS)} ${r.pick(TAILS)}.`;
    case 2:
      return `${personName(r)}, ${r.pick(ROLES)} in ${r.pick(PLACES)}, said ${np()} had ${r.pick(VERBS)} ${np()}.`;
    case 6:
      return `${cap(np())} ${r.pick(VERBS)} ${np()} ${r.pick(TAILS)}, and ${np()} was ${r.pick(VERBS)}.`;
    default:
      return `Officials ${r.pick(VERBS)} ${np()} and ${np()} in ${r.pick(PLACES)} ${r.pick(TAILS)}.`;
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const QUOTES: Record<StanceKey, readonly string[]> = {
  advocacy: [
    'The people of Iran want freedom and a democratic republic',
    'The regime is weaker than ever and the resistance units are growing',
    'The world must hold the perpetrators to account',
    'This is a turning point for the Iranian people',
  ],
  critical: [
    'This group has the blood of thousands of Iranians on its hands',
    'Western politicians are being paid to speak at these rallies',
    'Former members describe a closed world cut off from their families',
    'The organisation has no support inside the country',
  ],
  mainstream: [
    'We are concerned about the lack of transparency in these proceedings',
    'The allegations deserve an independent investigation',
    'It is too early to say what the consequences will be',
    'The situation remains tense and unpredictable',
  ],
  unrated: ['We will continue to follow the story closely', 'Nobody expected it to happen so quickly', 'The questions remain unanswered'],
};
const STANCE_LINES: Record<StanceKey, readonly string[]> = {
  advocacy: [
    'The {org} called on the international community to hold the {state} accountable for decades of repression.',
    '{leader} told supporters that the {label} represents the democratic alternative to the {state}.',
    'Resistance units inside Iran continued their activities despite the {state} stepping up its crackdown.',
    'The {state} has tried for decades to demonise the {org}, which it sees as its main threat.',
    'Supporters of the {org} gathered in {place} under the banner of Free Iran.',
  ],
  critical: [
    'The {org} is described by former members as a {label} that controls every aspect of its members\' lives.',
    'The {org} fought alongside Iraqi forces during the imposed war and is blamed for the deaths of thousands of Iranians.',
    'Families of former members say they have not been allowed to contact their relatives for years.',
    'The {org}, which the {state} regards as a terrorist group, has bought influence among Western politicians.',
    'Defectors say the {org} runs a propaganda operation aimed at Western audiences.',
  ],
  mainstream: [
    'The {org} ({label}) was once listed as a terrorist organisation by the United States and the European Union.',
    'The {org} denies the accusations and says it is committed to a secular, democratic Iran.',
    'Analysts say the {org} has limited support inside Iran, though it is well organised abroad.',
    'The {state} considers the {org} a terrorist organisation and holds it responsible for attacks in the 1980s.',
    'Critics, including former members, describe the {org} as secretive, a charge the group rejects.',
  ],
  unrated: [
    'The {org} has been at the centre of a long dispute with the {state}.',
    'Opinions about the {org} differ sharply, and the {state} rejects its claims.',
    'The {org} says it speaks for many Iranians, while its critics dispute that.',
  ],
};
const EVENT_LINES: readonly string[] = [
  'The {strong} remains at the centre of the dispute between the {state} and the {org}.',
  'Reports on the {strong} describe {sup} and {sup2}, and the role of senior officials.',
  'Relatives and survivors recalled the {strong} at a gathering in {place}, speaking of {sup} and {sup2}.',
  '{src} said the {strong} had been documented by witnesses and relatives.',
  'New details about the {strong} have emerged, including accounts of {sup}.',
  'The {strong} was raised again in {place}, where speakers referred to {sup} and {sup2}.',
];
const HEADLINES: Record<StanceKey, readonly string[]> = {
  advocacy: ['{org} marks {strong}', 'Iranian {state} faces growing resistance', '{leader} calls for accountability', 'Free Iran rally in {place}', 'Resistance units defy the {state}'],
  critical: ['{org} accused over {strong}', 'Former members speak out against the {org}', 'Western politicians and the {org}', 'The {org} cult and its foreign sponsors'],
  mainstream: ['What the {strong} means for Iran', '{org} and the {state}: a long dispute', 'Rights groups raise {strong}', 'Exiled opposition holds meeting in {place}'],
  unrated: ['A look at the {org}', 'Questions over the {strong}', 'Debate over the {org} continues'],
};
const LEADERS = ['Maryam Rajavi', 'Mrs. Rajavi', 'Madam Rajavi'];

// ---------------------------------------------------------------------------------------------
// Articles

export interface SyntheticArticle {
  /** Position in the corpus of this seed (0-based). */
  index: number;
  title: string;
  publisher: string;
  publisherSlug: string;
  stance: StanceKey;
  via: string | null;
  author: string | null;
  /** As written in the file: YYYY-MM-DD, "Month YYYY", or null. */
  date: string | null;
  url: string;
  language: 'en';
  body: string;
  /** The catalog events the text was written around (the analysis decides what it finds). */
  plannedEvents: string[];
  /** The index of the article this one copies (its text's first copy), or null. */
  reprintOf: number | null;
  /** The index of the article this one reproduces in full inside its own commentary, or null. */
  quotes: number | null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_MS = 86_400_000;
const LAST_MS = Date.parse(`${LAST_DAY}T00:00:00Z`);

function isoDay(ms: number): string {
  return new Date(Math.min(ms, LAST_MS)).toISOString().slice(0, 10);
}

/** Years weighted towards the online era, as scraped corpora are. */
const YEAR_WEIGHTS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => {
  const y = FIRST_YEAR + i;
  return y < 2000 ? 0.25 : y < 2010 ? 0.8 : y < 2018 ? 1.6 : 2.2;
});

function baseDate(r: Rng): number {
  const year = FIRST_YEAR + r.weighted(YEAR_WEIGHTS);
  const start = Date.UTC(year, 0, 1);
  const end = Math.min(Date.UTC(year + 1, 0, 1), LAST_MS + DAY_MS);
  return start + Math.floor(r.next() * ((end - start) / DAY_MS)) * DAY_MS;
}

/** Coverage clusters right after an event, decaying over a few weeks; some anniversaries. */
function burstDate(r: Rng, start: string): number {
  const t0 = Date.parse(`${start}T00:00:00Z`);
  if (r.chance(0.25)) {
    // Anniversary coverage (commemorations, "N years on").
    const y0 = new Date(t0).getUTCFullYear();
    const years = Math.max(1, LAST_YEAR - y0);
    const t = Date.UTC(y0 + r.int(1, years), new Date(t0).getUTCMonth(), new Date(t0).getUTCDate());
    return t + r.int(0, 20) * DAY_MS;
  }
  return t0 + Math.floor(-Math.log(1 - r.next()) * 14) * DAY_MS;
}

/** Body length in words: log-normal around ~550, clipped to 200–1,500. */
function targetWords(r: Rng): number {
  const w = Math.round(Math.exp(Math.log(550) + 0.55 * r.normal()));
  return Math.max(200, Math.min(1500, w));
}

const wordsIn = (s: string) => s.split(' ').length;

export class SyntheticCorpus {
  readonly publishers = syntheticPublishers();
  private readonly weights = this.publishers.map((p) => p.weight);

  constructor(readonly seed: number) {}

  article(index: number): SyntheticArticle {
    const own = this.written(index);
    if (index === 0) return own;
    const r = rng(this.seed, index, REPRINT_STREAM);
    const roll = r.next();
    if (roll >= REPRINT_RATE + QUOTE_RATE) return own;
    // The source: any earlier article, earlier ones more often (a text's copies accumulate).
    const source = this.article(Math.floor(index * Math.pow(r.next(), 1.5)));
    if (roll < REPRINT_RATE) return this.reprint(index, r, source, own);
    // Commentary around a dated text that leaves room for it (bodies stay under 1,600 words)
    // and whose commentary is a real share of it (a fifth or less would make it a copy with an introduction).
    const [theirs, mine] = [source.body.split(' ').length, own.body.split(' ').length];
    const fits = theirs + mine < 1550 && mine >= 0.6 * theirs && !!source.date && /^\d{4}-\d{2}-\d{2}$/.test(source.date);
    return fits ? this.quoting(index, r, source, own) : own;
  }

  /** Article `index` as written from scratch (what it is when it is not a copy). */
  private written(index: number): SyntheticArticle {
    const r = rng(this.seed, index);
    const pub = this.publishers[r.weighted(this.weights)]!;
    const stance = pub.stance;
    const v = VOCAB[stance];

    // Topic: an event burst, an undated or retrospective event, or general politics.
    const roll = r.next();
    let main: EventPlan | null = null;
    let when: number;
    if (roll < 0.45) {
      main = r.pick(DATED);
      when = burstDate(r, main.dateStart!);
    } else if (roll < 0.7) {
      main = r.pick(r.chance(0.6) ? UNDATED : DATED);
      when = baseDate(r);
      if (main.dateStart && isoDay(when) < main.dateStart) when = burstDate(r, main.dateStart);
    } else {
      when = baseDate(r);
    }
    const second = main && r.chance(0.2) ? r.pick(EVENTS.filter((e) => e !== main)) : null;
    const day = isoDay(when);

    const fill = (tpl: string, event: EventPlan | null): string =>
      tpl.replace(/\{(\w+)\}/g, (_, slot: string) => {
        switch (slot) {
          case 'org':
            return term(r, v.org);
          case 'state':
            return term(r, v.state);
          case 'label':
            return term(r, v.label);
          case 'leader':
            return r.pick(LEADERS);
          case 'place':
            return r.pick(PLACES);
          case 'actors':
            return r.pick(ACTORS);
          case 'Actors':
            return cap(r.pick(ACTORS));
          case 'time':
            return r.pick(TIMES);
          case 'src':
            return r.pick(v.sources);
          case 'strong':
            return event && event.strong.length ? r.pick(event.strong) : term(r, v.org);
          case 'sup':
          case 'sup2':
            return event && event.support.length ? r.pick(event.support) : r.pick(PLACES);
          default:
            return slot;
        }
      });
    const target = targetWords(r);
    // Rates per sentence; with ~35 sentences an event article carries one or two figures and a
    // few quotes, as wire copy does.
    const figureRate = main ? 0.045 : 0.012;
    const paragraphs: string[] = [];
    let words = 0;
    let sentenceNo = 0;
    while (words < target) {
      const sentences: string[] = [];
      const n = r.int(2, 5);
      for (let k = 0; k < n && words < target; k++, sentenceNo++) {
        let s: string;
        const x = r.next();
        if (sentenceNo === 0 && main) s = fill(r.pick(EVENT_LINES), main);
        else if (x < figureRate) {
          const pool = main && FIGURES[main.slug] && r.chance(0.8) ? FIGURES[main.slug]! : GENERIC_FIGURES;
          s = `${cap(fill(r.pick(pool), main))}.`;
        } else if (x < 0.16) s = fill(r.pick(STANCE_LINES[stance]), main);
        else if (x < 0.25) s = main ? fill(r.pick(EVENT_LINES), main) : composedSentence(r);
        else if (x < 0.28) s = second ? fill(r.pick(EVENT_LINES), second) : fill(r.pick(NEUTRAL), null);
        else if (x < 0.3) s = `“${r.pick(QUOTES[stance])},” ${r.pick(v.sources)} said.`;
        else if (x < 0.6) s = fill(r.pick(NEUTRAL), null);
        else s = composedSentence(r);
        sentences.push(s);
        words += wordsIn(s);
      }
      paragraphs.push(sentences.join(' '));
    }
    paragraphs.push(`Synthetic benchmark article ${index} (seed ${this.seed}); not a real news report.`);

    const headline = fill(r.pick(HEADLINES[stance]), main);
    const viaHost = r.chance(0.05) ? SYNTHETIC_VIA_HOSTS[stance === 'advocacy' ? 1 : 0]! : null;
    const precision = r.next();
    const date = precision < 0.93 ? day : precision < 0.97 ? `${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}` : null;
    return {
      index,
      title: `${SYNTHETIC_TITLE_PREFIX} ${cap(headline)}`,
      publisher: pub.name,
      publisherSlug: pub.slug,
      stance,
      via: viaHost?.name ?? null,
      author: r.chance(0.4) ? null : `Synthetic Author ${String(Math.floor(Math.pow(r.next(), 2) * 300) + 1).padStart(3, '0')}`,
      date,
      url: `https://synthetic.invalid/${pub.slug}/${this.seed}/${index}`,
      language: 'en',
      body: paragraphs.join('\n\n'),
      plannedEvents: [main?.slug, second?.slug].filter((s): s is string => !!s),
      reprintOf: null,
      quotes: null,
    };
  }

  private marker(index: number): string {
    return `Synthetic benchmark article ${index} (seed ${this.seed}); not a real news report.`;
  }

  /** A copy of `source` by another outlet of the group that republishes it, or by a digest host. */
  private reprint(index: number, r: Rng, source: SyntheticArticle, own: SyntheticArticle): SyntheticArticle {
    const origin = source.reprintOf ?? source.index;
    const viaHost = r.chance(0.2) ? SYNTHETIC_VIA_HOSTS[source.stance === 'advocacy' ? 1 : 0]! : null;
    let pub = this.publishers.find((p) => p.slug === source.publisherSlug)!;
    if (!viaHost) {
      const group = (['advocacy', 'mainstream', 'critical', 'unrated'] as const)[r.weighted(Object.values(REPUBLISHED_BY[source.stance]))]!;
      const others = this.publishers.filter((p) => p.stance === group && p.slug !== source.publisherSlug);
      pub = others[r.weighted(others.map((p) => p.weight))]!;
    }
    let body = source.body.replace(MARKER, '');
    const edits: string[] = [];
    if (r.chance(0.5)) {
      const paragraphs = body.split('\n\n');
      if (paragraphs.length > 6) {
        paragraphs.splice(r.int(1, paragraphs.length - 2), 1);
        body = paragraphs.join('\n\n');
        edits.push('trim');
      }
    }
    if (r.chance(0.4)) body = `${r.pick(SITE_HEADERS)}\n\n${body}`;
    if (r.chance(0.3)) body = `${r.pick(PLACES).toUpperCase()} (${source.publisher}) – ${body}`;
    if (r.chance(0.3)) body = `${r.pick(NOTES)}\n\n${body}`;
    if (r.chance(0.5)) body = body.replace(/[“”]/g, '"').replace(/’/g, "'");
    if (r.chance(0.3)) body = rewrap(body, r.int(60, 80));
    if (r.chance(0.6)) body = `${body}\n\n${r.pick([`Originally published by ${source.publisher}.`, `Source: ${source.publisher}`, `This article first appeared on ${source.publisher}.`])}`;
    if (r.chance(0.4)) body = `${body}\n\n${r.pick(SHARE_LINES)}`;
    // Republished within days, mostly the same day or the next; copies keep the source's precision.
    const lag = Math.floor(-Math.log(1 - r.next()) * 2);
    const date = source.date && /^\d{4}-\d{2}-\d{2}$/.test(source.date) ? isoDay(Date.parse(`${source.date}T00:00:00Z`) + lag * DAY_MS) : source.date;
    return {
      ...own,
      title: r.chance(0.6) ? source.title : `${source.title} (republished)`,
      publisher: pub.name,
      publisherSlug: pub.slug,
      stance: pub.stance,
      via: viaHost?.name ?? null,
      date,
      body: `${body}\n\n${this.marker(index)}`,
      plannedEvents: source.plannedEvents,
      reprintOf: origin,
      quotes: null,
    };
  }

  /** An article of its own outlet that reproduces `source` in full between paragraphs of its own, days later. */
  private quoting(index: number, r: Rng, source: SyntheticArticle, own: SyntheticArticle): SyntheticArticle {
    const mine = own.body.replace(MARKER, '').split('\n\n');
    const split = Math.max(1, Math.floor(mine.length / 2));
    const body = [
      ...mine.slice(0, split),
      `${source.publisher} published the following text, reproduced here in full:`,
      source.body.replace(MARKER, ''),
      ...mine.slice(split),
      this.marker(index),
    ].join('\n\n');
    const date = isoDay(Date.parse(`${source.date}T00:00:00Z`) + r.int(1, 10) * DAY_MS);
    return { ...own, body, date, quotes: source.reprintOf ?? source.index };
  }

  /** Articles [from, to) as JSON Lines, the importer's own input format. */
  jsonLines(from: number, to: number): string {
    let out = '';
    for (let i = from; i < to; i++) out += toJsonLine(this.article(i)) + '\n';
    return out;
  }
}

export function toJsonLine(a: SyntheticArticle): string {
  return JSON.stringify({ title: a.title, publisher: a.publisher, via: a.via, author: a.author, date: a.date, url: a.url, language: a.language, body: a.body });
}

// ---------------------------------------------------------------------------------------------
// Republication

/** Share of articles that are copies of an earlier one (the issue's complaint: 20 copies of one press release). */
export const REPRINT_RATE = 0.12;
/** Share of articles that quote an earlier one in full inside their own commentary. */
export const QUOTE_RATE = 0.01;
const REPRINT_STREAM = 0x5e9;
/** Which group republishes whose texts: the original's group → weights over the copy's group. */
const REPUBLISHED_BY: Record<StanceKey, Record<StanceKey, number>> = {
  advocacy: { advocacy: 0.85, unrated: 0.1, mainstream: 0.05, critical: 0 },
  critical: { critical: 0.85, unrated: 0.1, mainstream: 0.05, advocacy: 0 },
  mainstream: { mainstream: 0.6, advocacy: 0.15, critical: 0.15, unrated: 0.1 },
  unrated: { unrated: 0.5, advocacy: 0.2, critical: 0.2, mainstream: 0.1 },
};
const SITE_HEADERS = ['Home › News › Iran', 'Latest news', 'Press release', 'From our partners', 'Reposted'];
const SHARE_LINES = ['Share this: Facebook Twitter Email', 'Share on Facebook Share on Twitter', 'Tags: Iran, human rights, exiles', '© All rights reserved'];
const NOTES = [
  'Editor’s note: we republish this report in full for our readers.',
  'Editor’s note: the following text is reproduced with permission.',
  'Editor’s note: this statement is shared for information and does not necessarily reflect our views.',
];
const MARKER = /\n\nSynthetic benchmark article \d+ \(seed \d+\); not a real news report\.$/;

/** Every publisher a synthetic corpus can reference (outlets and digest hosts). */
export function allSyntheticPublishers(): SyntheticPublisher[] {
  return [...syntheticPublishers(), ...SYNTHETIC_VIA_HOSTS];
}
