// The lesson starter: how a teacher runs one 45-minute class with the blind reading, the event
// sheet and the term dictionary, what students should be able to do afterwards, and the cautions.
// The events offered are the ones the live corpus covers from more than one group.
import Link from 'next/link';
import { MiniStanceBar } from '@/components/charts/mini-stance-bar';
import { StanceBadge } from '@/components/stance-badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listEventCoverage } from '@/lib/queries/events';
import { RATED_STANCES } from '@/lib/stance';
import './classroom.css';

export const metadata = { title: 'In the classroom' };
export const dynamic = 'force-dynamic';

const PLAN = [
  {
    minutes: '0–5',
    title: 'Set the question',
    steps: [
      'Show the three groups and read the caution below aloud: a group says how an outlet stands toward the MEK/NCRI, not whether what it reports is true.',
      'Ask: can you tell who wrote a passage about the same event from its words alone?',
    ],
  },
  {
    minutes: '5–17',
    title: 'Blind reading',
    steps: [
      'Students open the shared link (QR code on the projector) on a phone or laptop, alone or in pairs. No account is needed.',
      'They mark each passage advocacy, mainstream or critical and write down the word, figure or source that decided it.',
    ],
  },
  {
    minutes: '17–27',
    title: 'Reveal and discuss',
    steps: [
      'Reveal on the projector. For each passage: which group, which outlet, which cues gave it away.',
      'Open one cue in the article reader: the sentence is highlighted. Is the cue really about the group? Did it mislead anyone?',
    ],
  },
  {
    minutes: '27–38',
    title: 'The event sheet',
    steps: [
      'Pairs take the printed event sheet (or the event page). Each pair finds one name or label used by only one group, one figure with the source it cites, and one item from the “only here” panel.',
      'Look one of the names up in the term dictionary: who uses it, since when, and in which sentences.',
    ],
  },
  {
    minutes: '38–45',
    title: 'Wrap up',
    steps: [
      'Exit question: name one word and one quoted source that told you something about an outlet’s stance, and one cue that turned out to be about something else.',
    ],
  },
];

export default async function ClassroomPage() {
  const events = await listEventCoverage();
  // Events a class can compare: covered by at least two of the three groups, the most even coverage first.
  const usable = events
    .map((e) => ({ e, groups: RATED_STANCES.filter((s) => e[s] > 0).length, least: Math.min(...RATED_STANCES.map((s) => e[s])) }))
    .filter((x) => x.groups >= 2)
    .sort((a, b) => b.groups - a.groups || b.least - a.least || b.e.articles - a.e.articles)
    .slice(0, 12);

  return (
    <>
      <PageHeader
        title="In the classroom: reading stance in 45 minutes"
        description={
          <p>
            A lesson for media-literacy classes with three tools: a <strong>blind reading</strong> of passages from one event, a
            printable <strong>event sheet</strong> that sets the groups side by side, and the <strong>term dictionary</strong> of the
            names and labels each group uses. The subject is one contested organisation, the MEK/NCRI, and how outlets with
            different stances toward it report the same events.
          </p>
        }
      />

      <div className="grid-2">
        <Card title="Learning outcomes" description="After the lesson, students can:">
          <ol className="classroom-list">
            <li>recognise word choices (names for the organisation, for the Iranian state, for events) that go with an outlet&apos;s stance;</li>
            <li>compare which figures different outlets cite for the same event, and whom they cite for them;</li>
            <li>notice who is quoted, and what one group reports that the others leave out;</li>
            <li>explain why a stance label describes an outlet and not the truth of a claim, and check an automated cue against its sentence.</li>
          </ol>
        </Card>
        <Card title="Before the class (about 10 minutes)">
          <ol className="classroom-list">
            <li>Pick an event below that several groups covered.</li>
            <li>
              Open its <strong>blind reading</strong>, choose the number of passages (9 suits 45 minutes) and keep the page open to
              project the link and QR code. Print the answer key from the revealed page if you want it on paper.
            </li>
            <li>
              Print the <strong>event sheet</strong> from the event page (<em>Print / save as PDF</em>), one per pair.
            </li>
            <li>
              Choose one or two terms to look up together, for example one name each group prefers (see the{' '}
              <Link href="/terms">term dictionary</Link>).
            </li>
          </ol>
        </Card>
      </div>

      <Card title="The 45 minutes">
        <ol className="classroom-plan">
          {PLAN.map((p) => (
            <li key={p.minutes}>
              <p className="classroom-plan__time">{p.minutes} min</p>
              <div>
                <h3>{p.title}</h3>
                <ul>
                  {p.steps.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              </div>
            </li>
          ))}
        </ol>
      </Card>

      <Card title="Cautions to share with the class" className="classroom-cautions">
        <ul className="classroom-list">
          <li>
            <strong>Labels describe outlets, not truth.</strong> An outlet&apos;s group (
            {RATED_STANCES.map((s, i) => (
              <span key={s}>
                {i > 0 ? ', ' : ''}
                <StanceBadge stance={s} />
              </span>
            ))}
            ) is its stance toward the MEK/NCRI, with a stated reason on its publisher page. It says nothing about whether a passage
            is accurate.
          </li>
          <li>
            <strong>Automated cues can be wrong.</strong> Terms, figures and quotes are found by an automatic analysis. A word can
            appear in a quotation, in a denial or about another country. Every cue is shown with its evidence: open the sentence
            before drawing a conclusion.
          </li>
          <li>
            <strong>One outlet is not its whole group, and one passage is not its whole outlet.</strong> Outlets quote each other,
            mainstream reports quote every side, and a headline can be neutral while the article is not. A &ldquo;wrong&rdquo; mark
            is often a good discussion.
          </li>
          <li>
            <strong>Each group gets the same treatment.</strong> The blind reading draws an equal share of passages from each group,
            and outlet names are hidden for all of them. The names the organisation uses for itself (NCRI, PMOI) and the names its
            opponents use (MKO, monafeghin) are left in: spotting them is part of the exercise.
          </li>
        </ul>
        <p className="small">
          How groups, terms, figures and quotes are produced: <Link href="/methodology">methodology</Link>.
        </p>
      </Card>

      <Card
        title="Events to use"
        description="Events covered by at least two of the three groups, the most evenly covered first. Coverage grows as articles are imported."
      >
        <div id="events-to-use" />
        {usable.length === 0 ? (
          <p className="muted">
            No event is covered by two groups yet. Import more coverage (<Link href="/import">Import</Link>) or look at{' '}
            <Link href="/events">all events</Link>.
          </p>
        ) : (
          <ul className="classroom-events">
            {usable.map(({ e }) => (
              <li key={e.slug}>
                <div className="classroom-events__name">
                  <Link href={`/events/${e.slug}`}>{e.name}</Link> <span className="muted small">{e.period}</span>
                </div>
                <MiniStanceBar counts={e} showCounts />
                <div className="classroom-events__tools small">
                  <Link href={`/events/${e.slug}/blind`}>Blind reading</Link> · <Link href={`/events/${e.slug}`}>Event sheet</Link>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title="Shorter or longer">
        <ul className="classroom-list">
          <li>
            <strong>25 minutes:</strong> blind reading with 6 passages and the reveal, then the exit question.
          </li>
          <li>
            <strong>Homework:</strong> each student takes one term from the dictionary, reads its example sentences from every group
            and writes three lines on how its use differs.
          </li>
          <li>
            <strong>Two lessons:</strong> repeat the blind reading on a second event with a new shuffle, and compare how quickly the
            class recognises the groups.
          </li>
          <li>
            <strong>Languages:</strong> the blind reading can be limited to one language (set up the exercise → Language) when the
            corpus holds articles in several.
          </li>
        </ul>
      </Card>
    </>
  );
}
