// Turns an audit row's before/after JSON into lines a reader can scan: "stance: critical →
// mainstream". Pure, so the History card and /changes show a change the same way.

export interface DiffLine {
  field: string;
  from: string | null;
  to: string | null;
  /** What the change was about (the event of a link), shown even though it did not change. */
  context?: boolean;
}

// Fields that name what a change is about rather than what changed.
const CONTEXT_FIELDS = new Set(['event']);

const LABELS: Record<string, string> = {
  stanceRationale: 'rationale',
  stanceOverride: 'group override',
  stanceOverrideReason: 'override reason',
  reprintOfId: 'reprint of article',
  publishedAt: 'date',
  datePrecision: 'date precision',
  minSupport: 'support cues needed',
  strong: 'strong cues',
  support: 'support cues',
  dateStart: 'start',
  dateEnd: 'end',
  articlesMoved: 'articles moved',
  hostedMoved: 'hosted articles moved',
  linkedByCues: 'articles matched by cues',
  linkedByHand: 'articles linked by hand',
  reprintsRepointed: 'reprints re-pointed',
  reprintDecision: 'reprint decision',
  quotedId: 'quotes article',
  clustersTakenOver: 'reprint clusters handed to a surviving copy',
  reanalysed: 'quoting articles analysed again',
};

export function formatValue(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (Array.isArray(v)) return v.length ? v.map((x) => formatValue(x) ?? '—').join(', ') : null;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.name === 'string') return o.name;
    if (typeof o.label === 'string') return o.label;
    return Object.entries(o)
      .filter(([, x]) => x !== null && x !== undefined)
      .map(([k, x]) => `${LABELS[k] ?? k} ${formatValue(x)}`)
      .join('; ');
  }
  return String(v);
}

export function diffLines(before: unknown, after: unknown): DiffLine[] {
  const b = before && typeof before === 'object' && !Array.isArray(before) ? (before as Record<string, unknown>) : {};
  const a = after && typeof after === 'object' && !Array.isArray(after) ? (after as Record<string, unknown>) : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.flatMap((k): DiffLine[] => {
    const line = { field: LABELS[k] ?? k, from: formatValue(b[k]), to: formatValue(a[k]) };
    if (line.from !== line.to) return [line];
    return CONTEXT_FIELDS.has(k) && line.to !== null ? [{ ...line, from: null, context: true }] : [];
  });
}

const ACTIONS: Record<string, string> = {
  'change-stance': 'changed the stance',
  edit: 'edited',
  merge: 'merged another publisher into this one',
  'merged-into': 'merged this publisher into another',
  'override-stance': 'overrode the group',
  'clear-override': 'cleared the group override',
  'mark-reprint': 'marked as a reprint',
  'unmark-reprint': 'marked as not a reprint',
  'reprint-automatic': 'left the reprint decision to detection',
  'add-quote': 'linked as quoting another article',
  'remove-quote': 'removed a quotes link',
  'link-event': 'linked an event',
  'unlink-event': 'removed an event link',
  create: 'created',
  promote: 'promoted a candidate cluster to an event',
  'clear-url': 'cleared a URL that is not a web address',
  'remove-import': 'removed the import and its articles',
};

export function actionLabel(action: string): string {
  return ACTIONS[action] ?? action;
}
