// The teacher's choices: how many passages, from which groups, in which language, and the
// seed. A plain GET form: the result is the link to share.
import Link from 'next/link';
import { BLIND_MAX, BLIND_MIN, blindHref, blindSelectionQuery, newSeed, type BlindFilter } from '@/lib/filters/blind';
import { RATED_STANCES, STANCE_STYLE } from '@/lib/stance';

const SIZES = [6, 9, 12, 15, 18, 24, 30].filter((n) => n >= BLIND_MIN && n <= BLIND_MAX);
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

export function BlindSetup({ event, f, languages, perGroup }: { event: string; f: BlindFilter; languages: string[]; perGroup: Record<string, number> }) {
  const sizes = SIZES.includes(f.n) ? SIZES : [...SIZES, f.n].sort((a, b) => a - b);
  const reshuffled = blindHref(event, blindSelectionQuery({ ...f, seed: newSeed() }));
  return (
    <details className="blind-setup">
      <summary>Set up the exercise</summary>
      <form method="get" action={`/events/${encodeURIComponent(event)}/blind`} className="blind-setup__form">
        <div className="filter">
          <label htmlFor="blind-n">Passages</label>
          <select id="blind-n" name="n" defaultValue={String(f.n)}>
            {sizes.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="filter">
          <legend>From the coverage of</legend>
          <div className="filter__options">
            {RATED_STANCES.map((s) => (
              <label key={s} className="checkbox">
                <input type="checkbox" name="groups" value={s} defaultChecked={f.groups.includes(s)} />
                {STANCE_STYLE[s].label} <span className="muted small">({perGroup[s] ?? 0} articles)</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="filter">
          <label htmlFor="blind-lang">Language</label>
          <select id="blind-lang" name="lang" defaultValue={f.lang ?? ''}>
            <option value="">Any</option>
            {languages.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="blind-seed">Seed</label>
          <input id="blind-seed" type="text" name="seed" defaultValue={f.seed ?? ''} pattern="[A-Za-z0-9]{1,24}" size={8} spellCheck={false} />
        </div>
        <button type="submit" className="button button--small">
          Draw these passages
        </button>
        <Link href={reshuffled} className="button button--small">
          New shuffle
        </Link>
      </form>
      <p className="small muted">
        The same seed, number, groups and language give the same passages in the same order. Each group gets an equal share of the
        passages where its coverage allows.
      </p>
    </details>
  );
}
