// A dated event's name followed at once by a year outside the event's own years names another
// edition of it: «اجلاس جهانی ایران آزاد-۱۴۰۴» is the 2025 summit, not the 2020 one the catalog
// means, and "Free Iran Global Summit 2022" is not 2020's either. Such a name, and every cue of the
// same event inside it («اجلاس», «ایران آزاد»), is no cue of the catalog's event. Pure; shared by
// the token pass and the reference analysis so that both drop the same hits.

/** The Gregorian years a written four-digit year may stand for: itself, or a Solar year's two. */
function gregorianSpan(written: string): [number, number] | null {
  if (!/^\d{4}$/.test(written)) return null;
  const n = Number(written);
  if (n >= 1900 && n <= 2099) return [n, n];
  // A Solar year starts in March: 1404 runs from March 2025 to March 2026.
  if (n >= 1300 && n <= 1499) return [n + 621, n + 622];
  return null;
}

/**
 * Whether a year written right after an event's name lies wholly outside the event's years. An
 * undated event has no other edition; an open-ended one only years before its start.
 */
export function isOtherYear(event: { dateStart: string | null; dateEnd: string | null }, written: string): boolean {
  const span = gregorianSpan(written);
  if (!span || !event.dateStart) return false;
  const from = Number(event.dateStart.slice(0, 4));
  const to = event.dateEnd ? Number(event.dateEnd.slice(0, 4)) : Number.POSITIVE_INFINITY;
  return span[1] < from || span[0] > to;
}

/** What may stand between a name and its year: spaces and a dash («آزاد-۱۴۰۴», «Summit – 2022»). */
const NAME_YEAR_GAP = /^[\s\u200c\-‐‑–—ـ]{0,4}$/u;

interface Hit<P> {
  from: number;
  to: number;
  start: number;
  end: number;
  payloads: P[];
}

/**
 * The hits without the cues of an event whose strong cue is followed by another year: that cue
 * and the event's cues inside its span go; other events' cues there stay. `next(i)` gives token
 * i's start and normalised form (null past the end).
 */
export function withoutOtherEditions<P extends { event: number; kind: string }, H extends Hit<P>>(
  hits: readonly H[],
  text: string,
  next: (i: number) => { start: number; norm: string } | null,
  events: ReadonlyArray<{ dateStart: string | null; dateEnd: string | null }>,
): H[] {
  let spans: Array<{ event: number; start: number; end: number }> | null = null;
  for (const h of hits) {
    const t = next(h.to);
    if (t === null || !/^\d{4}$/.test(t.norm) || !NAME_YEAR_GAP.test(text.slice(h.end, t.start))) continue;
    for (const p of h.payloads) {
      const e = p.kind === 'strong' && p.event >= 0 ? events[p.event] : undefined;
      if (e && isOtherYear(e, t.norm)) (spans ??= []).push({ event: p.event, start: h.start, end: h.end });
    }
  }
  if (spans === null) return hits as H[];
  const inside = (h: H, p: P) => spans!.some((s) => s.event === p.event && h.start >= s.start && h.end <= s.end);
  const out: H[] = [];
  for (const h of hits) {
    if (!h.payloads.some((p) => inside(h, p))) {
      out.push(h);
      continue;
    }
    const payloads = h.payloads.filter((p) => !inside(h, p));
    if (payloads.length > 0) out.push({ ...h, payloads });
  }
  return out;
}
