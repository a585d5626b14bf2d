'use client';
// A long sentence cut to a readable length, with the whole of it on hover (title) and behind a
// "more" button for keyboard and touch users.
import { useState } from 'react';
import { truncate } from '@/components/data-table/cells';

export function ExpandableText({ text, max = 140 }: { text: string; max?: number }) {
  const [open, setOpen] = useState(false);
  const { short, truncated } = truncate(text, max);
  if (!truncated) return <span dir="auto">{text}</span>;
  return (
    <span dir="auto">
      <span title={open ? undefined : text}>{open ? text : `${short}…`}</span>{' '}
      {/* aria-label rather than a visually-hidden span: an absolutely positioned span inside a
          scrolling table escapes the scroll box and widens the page on phones. */}
      <button type="button" className="link-button small" aria-expanded={open} aria-label={open ? 'Show less of the sentence' : 'Show more of the sentence'} onClick={() => setOpen(!open)}>
        {open ? 'less' : 'more'}
      </button>
    </span>
  );
}
