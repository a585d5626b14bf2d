// The four stance groups, in the order every view shows them, with one fixed colour each.
// Colours are from the Okabe–Ito palette (distinguishable with the common colour-vision
// deficiencies) and avoid a red/green pairing that would read as "bad/good".

export const STANCES = ['advocacy', 'mainstream', 'critical', 'unrated'] as const;
export type StanceKey = (typeof STANCES)[number];

export const RATED_STANCES = ['advocacy', 'mainstream', 'critical'] as const;

export interface StanceStyle {
  label: string;
  /** Chart fill and badge border. */
  color: string;
  /** Light tint for badge backgrounds; text on it is dark enough for WCAG AA. */
  tint: string;
  /** Dark shade for text in the group colour on white (WCAG AA). */
  text: string;
  /** One line shown in legends and on the methodology page. */
  description: string;
}

export const STANCE_STYLE: Record<StanceKey, StanceStyle> = {
  advocacy: {
    label: 'Advocacy',
    color: '#E69F00',
    tint: '#FCEFD2',
    text: '#7A4F00',
    description: 'Outlets run by or aligned with the MEK/NCRI.',
  },
  mainstream: {
    label: 'Mainstream',
    color: '#0072B2',
    tint: '#D6E9F5',
    text: '#00507D',
    description: 'General news outlets and human-rights organisations.',
  },
  critical: {
    label: 'Critical',
    color: '#CC79A7',
    tint: '#F6E2ED',
    text: '#7D3A60',
    description: 'Outlets hostile to the MEK/NCRI, including Iranian state media.',
  },
  unrated: {
    label: 'Unrated',
    color: '#8C8C8C',
    tint: '#EDEDED',
    text: '#4A4A4A',
    description: 'Outlets the registry does not rate yet.',
  },
};

export function isStance(value: unknown): value is StanceKey {
  return typeof value === 'string' && (STANCES as readonly string[]).includes(value);
}
