// One passage to mark: the masked text and three choices. Nothing here says where the passage
// came from: no article id, outlet, date or group colour.
import type { RatedStance } from '@/lib/filters/blind';
import { MARK_CODES } from '@/lib/filters/blind';
import type { BlindPassage } from '@/lib/shape/blind';
import { RATED_STANCES, STANCE_STYLE } from '@/lib/stance';
import { MaskedText, textDirection } from './masked-text';

export function PassageCard({ p, mark }: { p: BlindPassage; mark: RatedStance | null }) {
  const legendId = `passage-${p.number}`;
  return (
    <li className="blind-item">
      <fieldset className="blind-card">
        <legend id={legendId} className="blind-card__legend">
          <span className="blind-card__number">{p.number}</span>
          <span className="blind-card__kind">{p.kind === 'headline' ? 'Headline' : 'Passage'}</span>
        </legend>
        <blockquote className={`blind-card__text${p.kind === 'headline' ? ' blind-card__text--headline' : ''}`} lang={p.lang} dir={textDirection(p.lang)}>
          <MaskedText segments={p.segments} />
          {p.clipped ? ' …' : null}
        </blockquote>
        <div className="blind-choices">
          {RATED_STANCES.map((s) => (
            <label key={s} className="blind-choice">
              <input type="radio" name={`m${p.number}`} value={MARK_CODES[s]} defaultChecked={mark === s} />
              <span>{STANCE_STYLE[s].label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </li>
  );
}
