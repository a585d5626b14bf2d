// A labelled corpus for reprint detection, written for the tests (never loaded into the sample
// corpus), every sentence in this file's own words. Deterministic per seed.
//
// - Events, each with its facts (place, date, numbers, names) and a few statements that outlets
//   quote word for word.
// - Originals: articles about one event, each composed separately from the event's facts (every
//   fact has several phrasings, so two articles on one event share its names, numbers and often
//   a sentence or a quoted statement), commentary of their own, and their outlet's stock
//   background paragraph (the same paragraph under many of that outlet's articles). Two
//   originals on one event share most of their vocabulary and are never the same text.
// - Reprints of an original, made by the edits republishing sites make: another header or
//   digest line, a dateline, share and credit lines in the footer, a trimmed paragraph, lines
//   re-wrapped, quote marks changed, an editor's note; a few are imported before their original
//   (which then arrives later with its earlier date and takes over).
// - Quoting articles: commentary of their own around an original reproduced in full.
// - Hard negatives: articles on one event by another outlet that take over part of an original
//   (up to about 60% of its paragraphs) and write the rest themselves. Different texts: no link.
// - `lang: 'fa'`: the same design in Persian (reprint-corpus-fa.ts), with the edits Persian sites
//   make besides: Arabic letters for Persian ones, ZWNJs lost (glued or spaced), digits in another
//   script, vowel marks and tatweel.
import { rng, type Rng } from '@/lib/prng';
import { PERSIAN } from './reprint-corpus-fa';
import { rewrap, trimParagraph } from './reprint-edits';

export interface CorpusArticle {
  /** Position in the corpus = import order. */
  index: number;
  title: string;
  publisher: string;
  via: string | null;
  publishedAt: string;
  body: string;
  event: number;
  /** The original's index when this is a reprint, else null. */
  reprintOf: number | null;
  /** The original's index when this quotes one in full, else null. */
  quotes: number | null;
  /** The original's index when this takes over part of it (a different text: never linked), else null. */
  borrows: number | null;
  /** The edits made to the reprint. */
  edits: string[];
}

export interface EventFacts {
  name: string;
  place: string;
  city: string;
  day: string;
  group: string;
  official: string;
  ministry: string;
  court: string;
  number: string;
  arrested: string;
  injured: string;
  demand: string;
  speaker: string;
  statements: string[];
}

const EVENTS: EventFacts[] = [
  {
    name: 'the Ashford Square rally', place: 'Ashford Square', city: 'Berlin', day: '2023-03-11', group: 'the Council of Exiled Iranians',
    official: 'Deputy Minister Farhad Nouri', ministry: 'the foreign ministry', court: 'the regional court', number: '12,000', arrested: '14', injured: '9',
    demand: 'an international inquiry into prison deaths', speaker: 'Leyla Samadi',
    statements: [
      'We came here to say that the families of the disappeared will not be silenced by threats or by time',
      'Every government in Europe now has a choice between quiet deals and the truth about what happened in those prisons',
    ],
  },
  {
    name: 'the Lindqvist trial verdict', place: 'the Stockholm district court', city: 'Stockholm', day: '2022-07-14', group: 'the victims’ families association',
    official: 'prosecutor Karin Wallin', ministry: 'the justice ministry', court: 'the district court', number: '110', arrested: '1', injured: '0',
    demand: 'full disclosure of the prison archives', speaker: 'Omid Rahmani',
    statements: [
      'Today the court has said clearly that these killings were not a rumour but a crime with names and dates attached to it',
      'The verdict belongs to the mothers who waited outside the prison gates for news that never came',
    ],
  },
  {
    name: 'the camp relocation', place: 'the former camp near the border', city: 'Tirana', day: '2016-09-09', group: 'the camp residents’ committee',
    official: 'Interior Minister Arben Kola', ministry: 'the interior ministry', court: 'the administrative court', number: '2,800', arrested: '0', injured: '3',
    demand: 'guarantees of protection for the residents', speaker: 'Sara Golzari',
    statements: [
      'The residents have been moved in good order and every one of them has now reached safety',
      'No one should forget that this journey began with years of attacks and a long wait for protection',
    ],
  },
  {
    name: 'the embassy bomb plot trial', place: 'the Antwerp criminal court', city: 'Antwerp', day: '2021-02-04', group: 'the organisers of the summer gathering',
    official: 'Justice Minister Vincent De Wolf', ministry: 'the justice ministry', court: 'the criminal court', number: '20', arrested: '4', injured: '0',
    demand: 'the expulsion of the intelligence officers involved', speaker: 'Behrouz Tavakoli',
    statements: [
      'A diplomat used his passport to carry explosives into the heart of Europe, and the court has now named that for what it is',
      'This judgment must be followed by political decisions and not by a return to business as usual',
    ],
  },
  {
    name: 'the November fuel protests', place: 'dozens of cities', city: 'Shiraz', day: '2019-11-16', group: 'a network of local rights monitors',
    official: 'government spokesman Ali Rezaei', ministry: 'the interior ministry', court: 'the revolutionary court', number: '304', arrested: '7,000', injured: '2,000',
    demand: 'the release of detained protesters', speaker: 'Mina Alavi',
    statements: [
      'The internet was cut so that the world could not see what was happening in the streets of our cities',
      'Families are still being pressured not to speak about how their children died',
    ],
  },
  {
    name: 'the prison hunger strike', place: 'the central prison', city: 'Karaj', day: '2020-06-02', group: 'relatives of political prisoners',
    official: 'prison director Hassan Moradi', ministry: 'the judiciary', court: 'the appeals court', number: '35', arrested: '6', injured: '4',
    demand: 'medical care and family visits for the prisoners', speaker: 'Neda Karimi',
    statements: [
      'My brother has not eaten for nineteen days and the prison doctor refuses to see him',
      'The prisoners are asking for nothing more than the rights written in the country’s own laws',
    ],
  },
  {
    name: 'the parliamentary hearing on exile groups', place: 'the parliament building', city: 'London', day: '2018-05-23', group: 'a cross-party committee',
    official: 'committee chair Margaret Hale', ministry: 'the foreign office', court: 'the high court', number: '40', arrested: '0', injured: '0',
    demand: 'a review of the listing of exile organisations', speaker: 'Dariush Hosseini',
    statements: [
      'Members of parliament heard evidence that the debate about this organisation has been shaped by claims nobody has tested',
      'It is the job of this committee to separate evidence from propaganda, whichever side it comes from',
    ],
  },
  {
    name: 'the anniversary memorial', place: 'the memorial hall', city: 'Paris', day: '2024-08-20', group: 'survivors of the 1988 executions',
    official: 'Senator Claire Dubois', ministry: 'the foreign ministry', court: 'the international tribunal', number: '5,000', arrested: '0', injured: '0',
    demand: 'recognition of the executions as a crime against humanity', speaker: 'Reza Ebrahimi',
    statements: [
      'We read out the names one by one because each of them had a life, a family and a future that was taken away',
      'Thirty-six years later the graves are still unmarked and the people responsible still hold office',
    ],
  },
];

// Each fact, several ways to say it. {…} slots are the event's facts.
const FACTS: string[][] = [
  [
    '{Speaker} addressed the crowd at {place} in {city} on the day of {name}.',
    'At {place} in {city}, {speaker} spoke to those who had gathered for {name}.',
    'The main speech at {name} was given by {speaker}, who stood before the crowd at {place}.',
    'Speaking in {city}, {speaker} opened {name} with a short address.',
    '{Name} in {city} began with remarks by {speaker}.',
  ],
  [
    'Organisers from {group} put the number of participants at {number}.',
    'According to {group}, about {number} people took part.',
    '{group} said roughly {number} people were involved, a figure that could not be checked independently.',
    'Some {number} people were present, {group} estimated.',
    'The figure given by {group} was {number}, though other estimates were lower.',
  ],
  [
    '{official} said {ministry} was following the matter closely.',
    '{ministry} issued a brief reply through {official}, saying the matter was under review.',
    'In a written response, {official} said {ministry} would not comment further.',
    '{official} told reporters that {ministry} respected the decision of {court}.',
    'A reply from {ministry}, signed by {official}, called for calm.',
  ],
  [
    'The central demand was {demand}.',
    'Those taking part called for {demand}.',
    'Speakers repeated their call for {demand}.',
    '{group} has for years pressed for {demand}.',
    'At the heart of the protest was a demand for {demand}.',
  ],
  [
    'Police said {arrested} people were detained and {injured} were treated for injuries.',
    'Local officials reported {arrested} arrests and {injured} injuries.',
    'There were {arrested} arrests, according to the police, and {injured} people needed medical help.',
    '{arrested} people were held by the police, while {injured} were hurt, officials said.',
  ],
  [
    'The case has been followed closely in {city} and beyond.',
    'Observers in {city} said the events would be remembered for a long time.',
    'Many in {city} saw the day as a turning point.',
    'For the residents of {city}, the day was far from ordinary.',
  ],
  [
    'Lawyers for the families said they would take the matter to {court}.',
    '{court} is expected to examine the complaint later this year.',
    'A complaint has already been lodged with {court}, the families said.',
    'The families’ lawyers said {court} had agreed to hear their case.',
  ],
];

const OPENERS = ['Reporting from', 'Writing about', 'Looking back at', 'In a report on', 'Following'];
const NOUNS = ['letter', 'report', 'statement', 'hearing', 'meeting', 'archive', 'delegation', 'petition', 'campaign', 'inquiry', 'witness', 'document', 'survey', 'memorial', 'vigil', 'broadcast', 'interview', 'debate', 'motion', 'budget'];
const ADJS = ['new', 'long', 'detailed', 'brief', 'second', 'joint', 'private', 'public', 'careful', 'unusual', 'formal', 'earlier', 'later', 'local', 'foreign'];
const VERBS = ['described', 'questioned', 'welcomed', 'criticised', 'examined', 'summarised', 'challenged', 'recalled', 'documented', 'dismissed', 'defended', 'explained'];
const PEOPLE = ['a historian', 'a former diplomat', 'two lawyers', 'a teacher from the city', 'several students', 'an economist', 'a retired judge', 'a local reporter', 'an aid worker', 'a researcher'];
const TAILS = ['at some length', 'without naming names', 'in a radio interview', 'in a column the next morning', 'in front of a small audience', 'over several weeks', 'in careful terms', 'with visible emotion'];

const OUTLETS = Array.from({ length: 24 }, (_, i) => `Test Outlet ${String(i + 1).padStart(2, '0')}`);
const AGGREGATORS = ['Test Digest One', 'Test Digest Two', 'Test Aggregator'];
const BACKGROUND: string[] = OUTLETS.map(
  (o, i) =>
    `${o} has reported on Iranian politics and the exile communities in Europe since ${1995 + i}. Its correspondents cover court cases, protests and the work of rights groups, and its editorial line is set by an independent board. Readers can reach the newsroom through the contact page of the website.`,
);

function fill(tpl: string, e: EventFacts): string {
  const values: Record<string, string> = {
    name: e.name, place: e.place, city: e.city, group: e.group, official: e.official, ministry: e.ministry, court: e.court,
    number: e.number, arrested: e.arrested, injured: e.injured, demand: e.demand, speaker: e.speaker,
  };
  return tpl.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = values[k.toLowerCase()] ?? k;
    return k[0] === k[0]!.toUpperCase() ? v.charAt(0).toUpperCase() + v.slice(1) : v;
  });
}

function commentary(r: Rng, e: EventFacts): string {
  switch (r.int(0, 3)) {
    case 0:
      return `${r.pick(OPENERS)} ${e.name}, ${r.pick(PEOPLE)} ${r.pick(VERBS)} the ${r.pick(ADJS)} ${r.pick(NOUNS)} ${r.pick(TAILS)}.`;
    case 1:
      return `The ${r.pick(ADJS)} ${r.pick(NOUNS)} was ${r.pick(VERBS)} by ${r.pick(PEOPLE)} ${r.pick(TAILS)}, and the ${r.pick(NOUNS)} that followed was ${r.pick(VERBS)} too.`;
    case 2:
      return `${cap(r.pick(PEOPLE))} in ${e.city} said the ${r.pick(NOUNS)} had been ${r.pick(VERBS)} ${r.pick(TAILS)}.`;
    default:
      return `It is not the first ${r.pick(NOUNS)} of its kind: a ${r.pick(ADJS)} ${r.pick(NOUNS)} was ${r.pick(VERBS)} in ${1990 + r.int(0, 30)} as well.`;
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** An article on the event written from its facts: 5–9 paragraphs of 2–4 sentences. */
function writeOriginal(r: Rng, m: Material, e: EventFacts, outlet: number): { title: string; body: string } {
  const facts = m.facts.map((phrasings, i) => ({ i, s: fill(r.pick(phrasings), e) })).filter(() => r.chance(0.85));
  const sentences: string[] = [];
  for (const f of facts) {
    sentences.push(f.s);
    const extra = r.int(0, 2);
    for (let k = 0; k < extra; k++) sentences.push(m.commentary(r, e));
  }
  if (r.chance(0.7)) sentences.splice(r.int(1, sentences.length), 0, m.statement(r.pick(e.statements), e.speaker));
  while (sentences.length < 16) sentences.push(m.commentary(r, e));
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const n = r.int(2, 4);
    paragraphs.push(sentences.slice(i, i + n).join(' '));
    i += n;
  }
  if (r.chance(0.6)) paragraphs.push(m.background[outlet]!);
  return { title: m.title(r, e), body: paragraphs.join('\n\n') };
}

// ------------------------------------------------------------------------------------ edits

const EDITS: Record<string, Edit> = {
  header: (r, body, o) =>
    r.pick([
      `${r.pick(AGGREGATORS)}\n\n${body}`,
      `${o.publisher} | Staff writer | ${o.publishedAt}\n\n${body}`,
      `Home › News › World\n\n${body}`,
      `Latest news\n\n${body}`,
    ]),
  dateline: (r, body, o) => `${o.publishedAt.slice(0, 4)} ${r.pick(['BERLIN', 'PARIS', 'LONDON', 'GENEVA'])} (${r.pick(['Wire', 'Agencies', 'Staff'])}) – ${body}`,
  footer: (r, body, o) =>
    `${body}\n\n${r.pick([
      `This article was originally published by ${o.publisher}.`,
      `Source: ${o.publisher}`,
      `The post ${o.title} appeared first on ${o.publisher}.`,
      `Read the original at ${o.publisher}`,
    ])}\n\n${r.pick(['Share this: Facebook Twitter Email', 'Share on Facebook Share on Twitter', 'Tags: Iran, Europe, human rights', '© 2024 All rights reserved'])}`,
  trim: trimParagraph,
  rewrap,
  quotes: (_r, body) => body.replace(/[“”]/g, '"').replace(/’/g, "'"),
  note: (r, body, o) =>
    r.chance(0.5)
      ? `Editor’s note: ${r.pick(['we republish this report in full because of the interest it has raised among our readers', 'the following report is reproduced with the permission of its authors', 'this text is shared for the information of our readers and does not necessarily reflect our views'])}.\n\n${body}`
      : `${body}\n\nEditor’s note: ${o.publisher} ${r.pick(['first carried this report', 'published the text above', 'released this account'])} on ${o.publishedAt}; minor corrections were made to spelling.`,
};

export type Edit = (r: Rng, body: string, original: CorpusArticle) => string;

/** What a language contributes: its events, phrasings, outlets and the edits its sites make. */
export interface Material {
  events: EventFacts[];
  facts: string[][];
  commentary: (r: Rng, e: EventFacts) => string;
  statement: (statement: string, speaker: string) => string;
  title: (r: Rng, e: EventFacts) => string;
  outlets: string[];
  aggregators: string[];
  background: string[];
  edits: Record<string, Edit>;
  /** A copy's title when it is not the original's. */
  republishedTitle: (title: string) => string;
  quoteIntro: (publisher: string) => string;
  quoteTitle: (e: EventFacts) => string;
}

const ENGLISH: Material = {
  events: EVENTS,
  facts: FACTS,
  commentary,
  statement: (st, speaker) => `“${st},” ${speaker} said.`,
  title: (r, e) => `${cap(e.name)}: ${r.pick(['what happened in', 'a day in', 'voices from', 'the scene in', 'reactions in'])} ${e.city}`,
  outlets: OUTLETS,
  aggregators: AGGREGATORS,
  background: BACKGROUND,
  edits: EDITS,
  republishedTitle: (t) => `${t} (republished)`,
  quoteIntro: (publisher) => `${publisher} published the following account, which we reproduce in full:`,
  quoteTitle: (e) => `Why ${e.name} matters`,
};

export interface CorpusOptions {
  /** English (default) or Persian. */
  lang?: 'en' | 'fa';
  seed?: number;
  originalsPerEvent?: number;
  /** Share of originals that get copies (1–3 each). */
  reprintRate?: number;
  /** Share of originals that a later article quotes in full. */
  quoteRate?: number;
  /** Share of originals that another outlet partly takes over (hard negatives). */
  borrowRate?: number;
}

/** The corpus in import order; reprints, quoting and borrowing articles come after their original, except the few copies imported before it. */
export function reprintCorpus(opts: CorpusOptions = {}): CorpusArticle[] {
  const m = opts.lang === 'fa' ? PERSIAN : ENGLISH;
  const r = rng(opts.seed ?? 1, opts.lang === 'fa' ? 19 : 18);
  const perEvent = opts.originalsPerEvent ?? 25;
  const items: Omit<CorpusArticle, 'index'>[] = [];
  const originals: number[] = [];
  m.events.forEach((e, ei) => {
    for (let k = 0; k < perEvent; k++) {
      const outlet = r.int(0, m.outlets.length - 1);
      const { title, body } = writeOriginal(r, m, e, outlet);
      items.push({ title, publisher: m.outlets[outlet]!, via: null, publishedAt: addDays(e.day, r.int(0, 20)), body, event: ei, reprintOf: null, quotes: null, borrows: null, edits: [] });
      originals.push(items.length - 1);
    }
  });
  const extra: Omit<CorpusArticle, 'index'>[] = [];
  const beforeOriginal = new Set<number>();
  const editNames = Object.keys(m.edits);
  for (const o of originals) {
    const orig = items[o]!;
    if (r.chance(opts.reprintRate ?? 0.5)) {
      const copies = r.int(1, 3);
      for (let c = 0; c < copies; c++) {
        const names = editNames.filter(() => r.chance(0.45));
        if (names.length === 0) names.push(r.pick(editNames));
        let body = orig.body;
        for (const name of names) body = m.edits[name]!(r, body, { ...orig, index: o });
        const earlier = r.chance(0.06);
        const via = r.chance(0.3) ? r.pick(m.aggregators) : null;
        extra.push({
          title: r.chance(0.5) ? orig.title : m.republishedTitle(orig.title),
          publisher: via ? orig.publisher : r.pick(m.outlets.filter((x) => x !== orig.publisher)),
          via,
          publishedAt: addDays(orig.publishedAt, earlier ? r.int(1, 10) : r.int(0, 10)),
          body,
          event: orig.event,
          reprintOf: o,
          quotes: null,
          borrows: null,
          edits: names,
        });
        if (earlier) beforeOriginal.add(extra.length - 1);
      }
    }
    const e = m.events[orig.event]!;
    if (r.chance(opts.quoteRate ?? 0.15)) {
      const own = Array.from({ length: r.int(4, 6) }, () => Array.from({ length: r.int(2, 4) }, () => m.commentary(r, e)).join(' '));
      const split = r.int(1, own.length - 1);
      extra.push({
        title: m.quoteTitle(e),
        publisher: r.pick(m.outlets.filter((x) => x !== orig.publisher)),
        via: null,
        publishedAt: addDays(orig.publishedAt, r.int(1, 15)),
        body: [...own.slice(0, split), m.quoteIntro(orig.publisher), orig.body, ...own.slice(split)].join('\n\n'),
        event: orig.event,
        reprintOf: null,
        quotes: o,
        borrows: null,
        edits: [],
      });
    }
    // Hard negatives drawn from a stream of their own, so the corpus without them stays the same.
    if (opts.borrowRate) {
      const b = rng(opts.seed ?? 1, 20, o);
      if (b.chance(opts.borrowRate)) extra.push(borrowing(b, m, orig, o));
    }
  }
  // Import order: originals, then copies, quoting and borrowing articles; a few copies dated
  // after their original are imported first, so the original arrives later and takes over.
  const ordered = [...extra.filter((_, i) => beforeOriginal.has(i)), ...items, ...extra.filter((_, i) => !beforeOriginal.has(i))];
  const position = new Map(ordered.map((a, i) => [a, i]));
  const at = (i: number | null) => (i === null ? null : position.get(items[i]!)!);
  return ordered.map((a, index) => ({ ...a, index, reprintOf: at(a.reprintOf), quotes: at(a.quotes), borrows: at(a.borrows) }));
}

/**
 * Another outlet's article on the same event that takes over 30–60% of an original's paragraphs
 * (word for word) and writes the rest itself: shares far more than same-event articles usually
 * do, and is still a different text.
 */
function borrowing(r: Rng, m: Material, orig: Omit<CorpusArticle, 'index'>, o: number): Omit<CorpusArticle, 'index'> {
  const e = m.events[orig.event]!;
  const paragraphs = orig.body.split('\n\n');
  const k = Math.max(1, Math.floor(paragraphs.length * (0.3 + r.next() * 0.3)));
  const picked = new Set<number>();
  while (picked.size < k) picked.add(r.int(0, paragraphs.length - 1));
  const taken = paragraphs.filter((_, i) => picked.has(i));
  const ownCount = Math.max(2, Math.round((paragraphs.length - taken.length) * (0.8 + r.next() * 0.6)));
  const own = Array.from({ length: ownCount }, () => Array.from({ length: r.int(2, 4) }, () => m.commentary(r, e)).join(' '));
  const body: string[] = [];
  for (const p of [...taken, ...own]) body.splice(r.int(0, body.length), 0, p);
  return {
    title: m.title(r, e),
    publisher: r.pick(m.outlets.filter((x) => x !== orig.publisher)),
    via: null,
    publishedAt: addDays(orig.publishedAt, r.int(0, 10)),
    body: body.join('\n\n'),
    event: orig.event,
    reprintOf: null,
    quotes: null,
    borrows: o,
    edits: [],
  };
}
