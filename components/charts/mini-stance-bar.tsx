import { STANCES, STANCE_STYLE, type StanceKey } from '@/lib/stance';

export interface MiniStanceBarProps {
  counts: Partial<Record<StanceKey, number>>;
  /** What is counted, for the accessible description. Default "articles". */
  noun?: string;
  /** CSS width of the bar. Default 8rem. */
  width?: string;
  /** Print the counts next to the bar (e.g. "6 · 4 · 3 · 1"). */
  showCounts?: boolean;
}

const fmt = new Intl.NumberFormat('en-GB');

/** Text the bar stands for: "Advocacy 6, Mainstream 4, Critical 3, Unrated 1 (14 articles)". */
export function describeStanceCounts(counts: Partial<Record<StanceKey, number>>, noun = 'articles'): string {
  const total = STANCES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  if (total === 0) return `No ${noun}`;
  const parts = STANCES.map((s) => `${STANCE_STYLE[s].label} ${fmt.format(counts[s] ?? 0)}`);
  return `${parts.join(', ')} (${fmt.format(total)} ${noun})`;
}

/**
 * A 100%-stacked bar of coverage per group for table cells. Plain HTML so it renders on the
 * server and prints; zero groups take no width but still appear in the description.
 */
export function MiniStanceBar({ counts, noun = 'articles', width = '8rem', showCounts = false }: MiniStanceBarProps) {
  const total = STANCES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  const description = describeStanceCounts(counts, noun);
  return (
    <span className="mini-stance">
      <span className="mini-stance-bar" role="img" aria-label={description} title={description} style={{ width }}>
        {total === 0
          ? null
          : STANCES.filter((s) => (counts[s] ?? 0) > 0).map((s) => (
              <span key={s} className="mini-stance-bar__segment" data-stance={s} style={{ width: `${((counts[s] ?? 0) / total) * 100}%` }} />
            ))}
      </span>
      {showCounts ? (
        <span className="mini-stance__counts" aria-hidden="true">
          {STANCES.map((s) => fmt.format(counts[s] ?? 0)).join(' · ')}
        </span>
      ) : null}
    </span>
  );
}
