// Generated from the live registry, lexicon and event catalog: the lists shown are the ones the
// code uses, with their versions, so the method on screen cannot drift from the method in use.
import Link from 'next/link';
import { StanceBadge, StanceLegend } from '@/components/stance-badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import eventsData from '@/data/events.json';
import { ANALYSIS_VERSION } from '@/lib/analysis';
import { CatalogSchema } from '@/lib/analysis/catalog';
import { ABOUT_THRESHOLD, EVENT_MODEL, EXAMPLE_LINK } from '@/lib/analysis/events';
import { LEXICON } from '@/lib/analysis/lexicon';
import { DIVERGENT_THRESHOLD, LEANING_THRESHOLD, MIN_EVIDENCE } from '@/lib/analysis/stance-cues';
import { kindLabel } from '@/lib/publisher-kind';
import { MAX_WORD_ARTICLES } from '@/lib/queries/compare';
import { RATING_SAMPLE } from '@/lib/queries/overview';
import { candidateProbability, REPRINT_METHOD } from '@/lib/analysis/reprints';
import { firstParam, parseListParam, parseTableParams, type SearchParamsRecord } from '@/lib/filters/search-params';
import { REGISTRY_VERSION, registry } from '@/lib/registry/publishers';
import { listRegistry, REGISTRY_PAGE_SIZE, REGISTRY_SORTABLE, type RegistrySortId } from '@/lib/registry/registry-listing';
import { STANCES, STANCE_STYLE, type StanceKey } from '@/lib/stance';
import { RegistryTable } from './registry-table';
import pkg from '@/package.json';

export const metadata = { title: 'Methodology' };

const catalog = CatalogSchema.parse(eventsData);

/** A probability as a percentage, with the decimals a value near certainty needs. */
const chance = (p: number) => (p >= 0.9999 ? '> 99.99%' : p >= 0.99 ? `${(p * 100).toFixed(2)}%` : `${Math.round(p * 100)}%`);

export default async function MethodologyPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const raw = await searchParams;
  const table = parseTableParams(raw, { sortable: REGISTRY_SORTABLE, defaultSort: 'name.asc', defaultSize: REGISTRY_PAGE_SIZE });
  const q = firstParam(raw.q)?.trim() || null;
  const stances = parseListParam(raw.stance, STANCES) as StanceKey[];
  const filtered = q !== null || stances.length > 0;
  const listing = listRegistry(registry, { q, stances, sortId: table.sortId as RegistrySortId, sortDesc: table.sortDesc, offset: table.offset, limit: table.size });
  return (
    <>
      <PageHeader
        title="Methodology"
        description="What the labels mean, how every figure on this site is produced, and what the method cannot do. The lists below are the ones the code uses right now."
        meta={`stance-lens ${pkg.version} · publisher registry ${REGISTRY_VERSION} · lexicon ${ANALYSIS_VERSION.lexicon} · event catalog ${ANALYSIS_VERSION.events} · method ${ANALYSIS_VERSION.method}`}
      />
      <nav aria-label="On this page" className="toc">
        <ul>
          <li><a href="#labels">Stance labels</a></li>
          <li><a href="#events">Events</a></li>
          <li><a href="#terms">Loaded terms</a></li>
          <li><a href="#claims">Figures</a></li>
          <li><a href="#quotes">Who is quoted</a></li>
          <li><a href="#cues">Article stance cues</a></li>
          <li><a href="#words">Distinctive words</a></li>
          <li><a href="#reprints">Reprints</a></li>
          <li><a href="#limits">Known limits</a></li>
          <li><a href="#registry">Publisher registry</a></li>
        </ul>
      </nav>

      <Card title="What a stance label means" className="prose">
        <div id="labels" />
        <p>
          Every article carries the label of its <strong>outlet</strong>: the outlet&apos;s stance toward the MEK (also PMOI,
          Mojahedin-e Khalq, MKO) and its umbrella, the NCRI. A label describes that stance; it is <strong>not a verdict on
          the truth</strong> of anything an article says, and the tool takes no side between the groups.
        </p>
        <StanceLegend descriptions />
        <p>
          Each rated outlet in the registry ({registry.length} outlets) has a one- or two-sentence rationale, shown wherever the
          label appears, and a note of where its affiliation is documented. An outlet string resolves through the
          outlet&apos;s names and aliases, a domain in it, a country or &quot;(…)&quot; suffix that agrees with the outlet, and
          one close spelling of a single outlet; a page&apos;s address through its domains (also a section such as
          bbc.com/persian). Outlets the registry does not know are created as unrated when an import meets them and wait in a
          queue on the overview and on Publishers, with the group their texts&apos; cues suggest (read from an outlet&apos;s{' '}
          {RATING_SAMPLE} newest articles when it has more) — a suggestion only: their
          articles count as unrated until a curator confirms a group with its rationale. Items collected from an aggregator
          keep their original outlet when the text credits it; the aggregator is recorded as <em>via</em>, because what an
          aggregator selects is itself a signal.
        </p>
        <p>
          For teaching with these labels — a blind reading, a printable event sheet and the term dictionary in one 45-minute lesson,
          with the cautions to share — see <Link href="/classroom">In the classroom</Link>.
        </p>
      </Card>

      <Card title="Events: grouping articles that describe the same events">
        <div id="events" />
        <p>
          The event catalog (<code>data/events.json</code>, version {catalog.version}) lists {catalog.events.length} events, each
          with a neutral description, matching cues and patterns. Cues are matched on normalised words: case and accents do not
          count, inflections share a stem (removed, removal) and spellings of one name count as one (Mojahedin and Mujahedeen,
          Ashraf 3 and Ashraf III, Manëz and Manza, Nouri and Noury). A <em>pattern</em> is a few word families that must meet
          within a few words, such as a removal verb near a terror-list phrase. A paragraph supports an event when it holds a{' '}
          <em>strong</em> cue (a name of the event), a pattern, or enough distinct <em>support</em> cues (for some events also a
          required cue and a date window). Support cues that say one thing in different words (court, trial and verdict; two
          prisons; the places where the group has lived) count as one, so a paragraph needs that many meanings, not spellings.
        </p>
        <p>
          Every event with a cue in the text is then judged on a handful of signals: where it comes up (title, lead, how early,
          how many paragraphs, how much of the text), how strong its cues are, the article&apos;s date against the event&apos;s,
          whether the text names the event&apos;s year, how close its wording is to the event&apos;s description, and how close
          the text is to articles curators linked to the event. A logistic model whose weights are data (
          <code>data/event-model.json</code>, {EVENT_MODEL.version}) turns them into one score, the probability of a link: from{' '}
          {EVENT_MODEL.threshold} the article is linked. A second model, which looks only at where and how much the text says
          about the event, decides whether the article is <em>about</em> it or <em>mentions</em> it (from a probability of{' '}
          {ABOUT_THRESHOLD}); an article can be about one event and mention others. Where an event recounts another as its
          background (a trial and the crimes it tried), an article about the first at most mentions the second. A text almost the same as an article a
          curator linked to an event (cosine ≥ {EXAMPLE_LINK}) is linked too: what curators confirm is used for every article
          analysed afterwards. Each link keeps its evidence sentences and the signals that made it, shown in the article
          reader. Articles that match no event are clustered by text similarity (TF-IDF cosine, average linkage) into{' '}
          <Link href="/events">candidate events</Link>.
        </p>
        <p>
          The weights were fitted on half of a development set of 156 hand-labelled English articles from 107 outlets (the labels
          in <code>data/devset/</code>, made before any code ran on them) and on the seed articles; on the other half, which no
          rule or weight was written from, the matcher found 72 of 73 labelled links (recall 0.99) with 72 of its 77 links
          right (precision 0.94). Passing references of a clause are neither required nor counted wrong. On the seed articles:
          precision 1.00 (26/26), recall 0.93 over all labelled events. Run <code>npm run eval</code> to reproduce (the texts
          themselves are third-party and not included).
        </p>
        <p>
          Articles nobody tuned on do less well, and the latest blind test sets say by how much: real articles labelled by a
          reader who saw no rule or code, run once before anything was changed for them (December 2026, 20 to 55 articles each).
          English, seventeen sets: precision 0.87, 0.87, 0.96, 0.90, 0.90, 0.92, 0.81, 0.92, 0.89, 0.88, 0.91, 0.81, 0.91, 0.94,
          0.88, 0.78 and 0.92, recall 0.87, 0.91, 0.90, 0.96, 0.85, 0.83, 0.83, 0.90, 0.98, 0.94, 0.89, 0.88, 0.84, 0.94, 0.97,
          0.91 and 0.79; the publication date right for 14 of 29, 24 of 26, 18 of 22, 20 of 27, 20 of 24, 17 of 27, 15 of 18, 21
          of 26, 20 of 25, 27 of 33, 20 of 24, 22 of 25, 18 of 22, 14 of 17, 21 of 27, 15 of 18 and 13 of 17 dated articles.
          Persian, eighteen sets: precision 0.97, 0.85, 0.93, 0.95, 0.95, 0.91, 0.90, 0.92, 0.84, 1.00, 1.00, 0.90, 0.00, 1.00,
          1.00, 0.91, 1.00 and 0.88, recall 0.94, 0.88, 0.88, 0.88, 0.86, 0.83, 0.83, 0.89, 0.67, 0.85, 0.90, 0.90, 0.00, 0.94,
          0.94, 0.87, 0.91 and 0.93 (the thirteenth set held two articles on catalog events, and its six links were all wrong);
          dates 20 of 21, 25 of 28, 17 of 19, 10 of 14, 14 of 18, 25 of 31, 11 of 15, 10 of 12, 14 of 16, 9 of 12, 10 of 13, 9
          of 10, 5 of 5, 5 of 6, 10 of 11, 6 of 7, 11 of 12 and 8 of 12.
          The outlet of an article from a site the registry does not list is named after its own address (on a
          messenger or social platform, after the channel: <code>t.me/name</code>, not Telegram) and counts as unrated until a
          curator rates it (the <Link href="/publishers#rating-queue">rating queue</Link>); in the twenty-six latest
          sets 2 to 18 articles of each came from such sites, and of the rest 67–96% were resolved to their registry outlet at
          first sight (the misses are mostly copies carried by another site under a credit the reader did not recognise).
          Figures and every miss:{' '}
          <code>docs/analysis.md</code>.
        </p>
        <div className="table-scroll" role="region" aria-label="Event catalog" tabIndex={0}>
          <table className="mini-table">
            <caption className="visually-hidden">Event catalog with matching cues</caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">When</th>
                <th scope="col">Strong cues</th>
                <th scope="col">Support cues</th>
              </tr>
            </thead>
            <tbody>
              {catalog.events.map((e) => (
                <tr key={e.slug}>
                  <th scope="row">
                    <Link href={`/events/${e.slug}`}>{e.name}</Link>
                  </th>
                  <td>{e.period}</td>
                  <td className="small">{e.cues.strong.join(', ')}</td>
                  <td className="small">
                    {e.cues.support.join(', ')}
                    {e.cues.support.length ? ` (at least ${e.cues.minSupport})` : ''}
                    {e.cues.alike.length ? `; counted once each: ${e.cues.alike.map((l) => l.join(' / ')).join('; ')}` : ''}
                    {e.background.length ? `; background: ${e.background.join(', ')}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>

      <Card title="Loaded terms: how each group names and labels">
        <div id="terms" />
        <p>
          The framing lexicon (<code>data/lexicon.json</code>, version {LEXICON.version}) lists terms and their spellings. They
          are matched on word boundaries, acronyms case-sensitively, the longest match first and never twice over the same
          words. Rates are occurrences per 1,000 words of all the group&apos;s articles in scope, so a group that never uses
          a term has 0. A term marked as leaning is one habitually used by one side (for example &quot;MKO&quot; by Iranian
          state media, &quot;PMOI&quot; by the group itself); that is a description of usage, not a judgement. Each term has a
          page in the <Link href="/terms">term dictionary</Link>: what it means, who uses it over time, and example sentences.
        </p>
        {LEXICON.categories.map((c) => (
          <details key={c.id} className="lexicon-category">
            <summary>
              <mark data-mark={c.id}>{c.label}</mark> · {c.terms.length} terms
            </summary>
            <p className="small muted">{c.description}</p>
            <ul className="small">
              {c.terms.map((t) => (
                <li key={t.id}>
                  <Link href={`/terms/${t.id}`}>
                    <strong>{t.label}</strong>
                  </Link>
                  : {t.variants.join(', ')}
                  {t.leaning ? ` · leans ${t.leaning}` : ''}
                  {t.marker ? ' · in-group' : ''}
                </li>
              ))}
            </ul>
          </details>
        ))}
      </Card>

      <Card title="Figures: the numbers each side cites">
        <div id="claims" />
        <p>
          A figure is a number attached to a casualty or repression word (killed, executed, injured, arrested, detained,
          disappeared, sentenced, and their forms), with its qualifier normalised to one of: at least, more than, around,
          nearly, up to, less than, exactly. Vague quantities (&quot;thousands&quot;, &quot;hundreds&quot;) are kept as words
          with no value; no number is invented for them. Years, ages, money, percentages and deaths from disease or accidents
          are not figures. A saying verb in the sentence (&quot;according to Amnesty International&quot;, &quot;the NCRI
          reports&quot;) gives the figure its cited source; without one the figure is in the outlet&apos;s own voice. The figure
          belongs to the event whose evidence passage holds it.
        </p>
      </Card>

      <Card title="Who is quoted">
        <div id="quotes" />
        <p>
          Attributions are people and organisations quoted or cited: a reporting verb (said, told, wrote, reported, added,
          warned, urged, according to…) with a named speaker, or a quotation with its speaker. Names are normalised to known
          entities where possible (Amnesty International, the NCRI, the US State Department, UN bodies, courts, Iranian
          officials); simple pronouns (&quot;she said&quot;) are resolved to the nearest named person, otherwise skipped.
        </p>
      </Card>

      <Card title="Article stance cues and the divergence flag">
        <div id="cues" />
        <p>
          Beside its outlet&apos;s label, each article gets a text-cue score from the leaning terms: score = (A − C) / (A + C +
          words/100) from −1 (critical) to +1 (advocacy). The text leans one way when the score passes ±{LEANING_THRESHOLD} with
          at least {MIN_EVIDENCE} weighted cues. For an unrated outlet a leaning text yields a <em>suggested</em> group, always
          shown as inferred <StanceBadge stance="advocacy" inferred />, and only when the cues on that side include in-group
          vocabulary (marked <em>in-group</em> in the lexicon above: names and titles one side uses, such as
          &quot;MKO&quot;, «منافقین», &quot;PMOI&quot; or &quot;Mrs. Rajavi&quot;): general news repeats &quot;terrorist&quot;
          and &quot;cult&quot; when it reports the designation, and those words alone made a quarter of the suggestions for
          the English articles in the labelled sets wrong. An advocacy or critical outlet whose text leans the other
          way by {DIVERGENT_THRESHOLD} or more is flagged as divergent. Quoted speech is not separated from the outlet&apos;s own
          words.
        </p>
      </Card>

      <Card title="Distinctive words">
        <div id="words" />
        <p>
          On <Link href="/compare">Compare</Link>, the words that set two groups apart are ranked by the log-odds ratio with an
          informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008, &quot;Fightin&apos; Words&quot;) over all words of
          the slice, stop words removed (in a group with more than {MAX_WORD_ARTICLES.toLocaleString('en')} articles in the
          slice, the words of its {MAX_WORD_ARTICLES.toLocaleString('en')} most recent ones, and the page says so). The z-score
          accounts for how often a word occurs, so rare words do not dominate.
        </p>
      </Card>

      <Card title="Reprints: one text, counted once" className="prose">
        <div id="reprints" />
        <p>
          The same text travels: statements republished across an organisation&apos;s sites, agency dispatches copied by other agencies,
          aggregators reposting articles under their own header. Each copy is linked to the text&apos;s <strong>original</strong> and
          counted once, as the original, in every comparison, count, term rate, figure and export (the copies stay in the article list,
          marked). Who carried whose texts is on <Link href="/amplification">Amplification</Link>. Method version {REPRINT_METHOD.version}.
        </p>
        <ol>
          <li>
            <strong>What is compared.</strong> The body without what sites add around a copy: digest headers (&ldquo;Outlet | Author |
            Date&rdquo;), datelines (&ldquo;DUBAI (Reuters) –&rdquo;), credit lines (&ldquo;Originally published at…&rdquo;,
            &ldquo;Source:…&rdquo;, &ldquo;The post… appeared first on…&rdquo;), share, subscribe, copyright and tag lines, wire sign-offs,
            the headline repeated, and short site furniture at the start or end, in English and in Persian (
            <span lang="fa">منبع:</span>, <span lang="fa">برچسب‌ها:</span>, <span lang="fa">کلیه حقوق محفوظ است</span>, …). Words are
            compared in a normal form (case, typographic quotes and apostrophes, hyphens; Persian in the spelling search uses, see{' '}
            <a href="#persian">Persian</a>, with a word&apos;s parts such as <span lang="fa">می</span> or <span lang="fa">ها</span> joined to
            it whether a ZWNJ, a space or nothing separates them), so re-wrapped lines, changed quote marks, Arabic letters for Persian
            ones and digits in another script do not matter.
          </li>
          <li>
            <strong>Fingerprint.</strong> Every run of {REPRINT_METHOD.shingleWords} consecutive words (a shingle) is hashed; a MinHash
            signature of {REPRINT_METHOD.signatureSize} values summarises the set (two texts agree on each value with probability equal to
            their Jaccard similarity), cut into {REPRINT_METHOD.bands} bands of {REPRINT_METHOD.rows} values. Each band is one key in an
            index in the database, so finding the candidates for a new article is one index probe per band, whatever the corpus size.
            Texts shorter than {REPRINT_METHOD.minShingles} shingles (about 25 words) are not compared. A key shared by more than{' '}
            {REPRINT_METHOD.crowdedBand} texts is a stock phrase rather than a copy and stops producing candidates. A stored text is a candidate
            when it shares two keys with the new one, or one key that at most {REPRINT_METHOD.quietBand} texts hold (a copy shares
            several keys; a text quoted inside a long commentary often one, which nothing else holds).
          </li>
          <li>
            <strong>Confirmation.</strong> Candidates whose signatures agree on at least {REPRINT_METHOD.minEstimate * 100}% of their values
            are compared exactly, shingle by shingle. With S the shorter text and L the longer: a link needs at least{' '}
            {REPRINT_METHOD.contained * 100}% of S&apos;s shingles in L. If at least {REPRINT_METHOD.sameText * 100}% of L&apos;s are in S
            too, they are the same text: a <em>reprint</em> (a new header, a trimmed paragraph or an editor&apos;s note change little).
            Otherwise L has text of its own: when L is dated first, S is an excerpt of it (a reprint); when the dates cannot tell them apart
            and L has at most 40% of its own, a reprint too; else L <em>quotes</em> S in full.
          </li>
          <li>
            <strong>The original</strong> is the earliest-dated copy (dates compared at the coarser precision of the two; an undated copy
            is never earlier than a dated one). On a tie, the copy whose outlet authored the text: collected from the outlet itself rather
            than via an aggregator, with no credit line naming another site (or one naming its own outlet), heading or signature naming its
            own outlet (a statement signed by its issuer); then the copy imported first. When a later import brings an earlier copy, the
            text&apos;s copies are re-pointed to it. Every copy points at the original directly.
          </li>
          <li>
            <strong>Similarity</strong>, shown with each reprint, is the share of the copy&apos;s shingles found in the original: how much
            of the copy is the original&apos;s text.
          </li>
          <li>
            <strong>Quoting in full.</strong> An article that reproduces another in full inside commentary of its own keeps its own words:
            it counts as an article, and its own text&apos;s loaded terms, figures and quotes count. The shared passage (marked in the
            reader) is the original&apos;s: its terms, figures and quotes are not stored for the quoting article, and its words are left
            out of the quoting article&apos;s word count, so term rates per 1,000 words divide by the words each group wrote. The
            article&apos;s event links stay: it covers the event.
          </li>
          <li>
            <strong>Curators</strong> can mark a reprint by hand, mark an article as its own text (undoing a detection: detection then leaves
            it alone, linking it to no other text and no other text to it), hand the decision back to detection, and add or remove a
            &ldquo;quotes&rdquo; link. Every such decision is in the audit trail and survives{' '}
            <code>npm run analyze</code> (which runs detection again over the whole corpus) and re-imports.
          </li>
        </ol>
        <p>
          How likely two texts are to share at least one key, by their Jaccard similarity:{' '}
          {[0.3, 0.4, 0.5, 0.6, 0.7, 0.8].map((j) => `${j.toFixed(1)} → ${chance(candidateProbability(j))}`).join(', ')}; and two keys,
          what makes a candidate wherever other texts hold the keys too:{' '}
          {[0.3, 0.4, 0.5, 0.6, 0.7, 0.8].map((j) => `${j.toFixed(1)} → ${chance(candidateProbability(j, 2))}`).join(', ')}. A
          reprint with a new header, a trimmed paragraph and an editor&apos;s note typically has 0.7–0.95; articles on the same event
          written separately stay below 0.1 even when they share names, figures and a quoted sentence.
        </p>
        <p>
          Measured on a generated, labelled test corpus (<code>lib/devset/reprint-corpus.ts</code>, written for the tests in English and
          Persian; <code>npm run eval -- --reprints</code>, seeds 1–3): every English copy made with the edits above found (583 of 583)
          and 435 of 442 Persian ones (0.984; five misses had compounds written with a ZWNJ in one copy and a space in the other, two
          shared no key with their original), and no link between different texts, among 20,692 pairs of different articles on one
          event — all sharing at least one run of five words, 699 of them sharing 30% of the shorter text or more (articles that take
          over part of another). 158 of 163 articles quoting another in full were linked; the misses had commentary about as long as
          the text they reproduce. Details in{' '}
          <code>docs/analysis.md</code>.
        </p>
      </Card>

      <Card title="Persian">
        <div id="persian" />
        <p>
          Most coverage of the group is in Persian, so Persian text goes through the same analysis as English:
        </p>
        <ul>
          <li>
            <strong>Language.</strong> Every article has a language: the source&apos;s own (an HTML <code>lang</code>, a
            language column), else the reading of an n-gram detector (eld) over its paragraphs, weighted by their letters, so a
            page quoting another language keeps its main one. <code>und</code> marks text too short to tell. Every view,
            export and the API filter by it (<code>?lang=fa</code>).
          </li>
          <li>
            <strong>One spelling.</strong> Before analysis and in the search index, Arabic <span lang="ar">ي ك</span> become
            Persian <span lang="fa">ی ک</span>, vowel marks, tatweel and direction marks go, PDF presentation forms become
            letters, Persian and Arabic-Indic digits are read as numbers (also mixed in one number), and the zero-width
            non-joiner stays only inside a word. A ZWNJ, a space or nothing between a word&apos;s parts match alike
            (<span lang="fa">می‌گویند = میگویند</span>). Offsets and passages always point at the text as written.
          </li>
          <li>
            <strong>Dates.</strong> Solar Hijri dates (<span lang="fa">۲۷ آبان ۱۳۹۸</span>, 1398/08/27, two-digit years:
            <span lang="fa"> ۶۷</span> = 1367 = 1988) are converted with jalaali-js; a weekday that does not fit the date drops
            it; a site&apos;s clock at the top of a page (<span lang="fa">امروز</span>, <span lang="fa">به روز شده</span>) is
            never taken for the article&apos;s date. A Solar month is given at month precision, in the Gregorian month its
            15th falls in.
          </li>
          <li>
            <strong>Same terms, both languages.</strong> Persian variants sit under the English term ids, so rates per 1,000
            words (Persian word counts for Persian text) compare across languages. Where usage differs:
          </li>
        </ul>
        <table className="mini-table">
          <caption className="visually-hidden">Lexicon terms whose Persian usage differs from English</caption>
          <thead>
            <tr>
              <th scope="col">Term</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {LEXICON.terms
              .filter((t) => t.note)
              .map((t) => (
                <tr key={t.id}>
                  <th scope="row">{t.label}</th>
                  <td>{t.note}</td>
                </tr>
              ))}
          </tbody>
        </table>
        <p className="small muted">
          Figures in Persian read digits in any script and number words (<span lang="fa">پنج هزار</span>), with their
          qualifiers (<span lang="fa">دست‌کم، بیش از، حدود، نزدیک به</span>) and ranges (<span lang="fa">بین … تا …</span>,
          qualifier &quot;between&quot;); sources come from Persian saying verbs and <span lang="fa">به گزارش / به گفته</span>.
          Persian stop words for distinctive words are stopwords-iso&apos;s list.
        </p>
      </Card>

      <Card title="Articles from the web">
        <div id="web-import" />
        <p>
          Links, feeds and sitemaps are fetched by one fetcher that identifies itself (a User-Agent naming stance-lens and the operator&apos;s contact),
          honours robots.txt, sends at most two requests at a time to a site with a pause between them, retries a busy site only as long as it asks
          (Retry-After), follows at most five redirects, reads at most 10 MB of a page (counted after decompression) and takes only HTML, XML feeds and
          plain text. It does not fetch private or internal addresses. Every response is kept, so nothing is fetched twice.
        </p>
        <p>
          Each field is read from the page&apos;s own metadata first (JSON-LD, then Open Graph and article tags, then a dated element), then from the
          URL and the publisher registry; the columns of an imported list only fill what the page lacks. The reader shows where each field came
          from. A page that is gone is read from the Internet Archive&apos;s closest snapshot, and the article says so (via Internet Archive, with the
          snapshot&apos;s date). Two links to the same article (its canonical URL) count once.
        </p>
      </Card>

      <Card title="Known limits">
        <div id="limits" />
        <ul>
          <li>Outlet labels are coarse: one outlet may publish very different pieces. The divergence flag points at them.</li>
          <li>The seed corpus is small and English; figures on it are illustrations, not findings about the media.</li>
          <li>
            Postgres has no Persian stemmer: Persian search matches words and their prefixes, so a verb written with its prefix
            apart from it (<span lang="fa" dir="rtl">می گویند</span>) is found by either part only when a ZWNJ joined them.
          </li>
          <li>Persian figures need a word of killing, execution, arrest… next to them; a count named only by a pronoun is missed.</li>
          <li>Event matching relies on cues a reviewer wrote; events outside the catalog only show up as candidates.</li>
          <li>Figures sharing one number across several verbs are attributed to the nearest verb only.</li>
          <li>
            Reprints are found within one language: a translation is a different text. An excerpt shorter than about a third of its original,
            and a text quoted inside commentary much longer than itself, are often not found (see <a href="#reprints">Reprints</a>).
          </li>
          <li>Distinctive words read the whole text of each counted article, so a passage an article quotes in full counts there twice.</li>
        </ul>
      </Card>

      <Card title="Rated by rule">
        <div id="rated-by-rule" />
        <p>
          An import often meets outlets the registry does not list. They are created as they are found and count
          as unrated until a curator rates them on the Publishers page, with one exception. A site on Iran’s national
          domain (<code>.ir</code>) publishes under Iranian press law, and so under the state’s designation of the
          MEK as a terrorist organisation. That is the one documented reason for which the registry rates every
          licensed Iranian outlet it lists, reformist dailies included, as critical. So an unlisted <code>.ir</code> site
          that an import meets as a page’s own publisher is rated critical by that rule. Its rationale says so, and
          its source reads “rule”, not a reference.
        </p>
        <p>
          The rule does not cover personal pages under <code>.ir</code>: IRNIC’s <code>.id.ir</code> zone for
          individuals, and blog platforms. It does not cover outlets named only by a masthead or a credit. It never
          overrides a registry outlet or a curator’s rating, and a curator’s rating replaces it.
        </p>
      </Card>

      <Card title="Publisher registry">
        <div id="registry" />
        <p>
          Version {REGISTRY_VERSION}: {registry.length} outlets (
          {STANCES.map((s) => `${registry.filter((p) => p.stance === s).length} ${STANCE_STYLE[s].label.toLowerCase()}`).join(', ')}
          ); each rated outlet with the reason for its group. The table below pages through them; the list with article counts, and the
          outlets an import met that the registry does not list, is on <Link href="/publishers">Publishers</Link>.
        </p>
        <RegistryTable rows={listing.rows} total={listing.total} filtered={filtered} />
      </Card>
    </>
  );
}
