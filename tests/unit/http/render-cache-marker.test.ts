// The render cache keeps a page only when it shows the data as they are now: a page that prints
// the not-kept mark (the last count of a view still being recounted) is served once, not kept.
// Article text cannot forge the mark: React escapes the quotes it is made of.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { keepRendered, NOT_KEPT_ATTRIBUTE, NOT_KEPT_MARK, NOT_KEPT_VALUE } from '@/lib/http/render-cache-marker';

describe('keepRendered', () => {
  it('keeps a page without the mark and refuses one that prints it', () => {
    expect(keepRendered('<main><p>Counts</p></main>')).toBe(true);
    const marked = renderToStaticMarkup(createElement('p', { [NOT_KEPT_ATTRIBUTE]: NOT_KEPT_VALUE }, 'recounting'));
    expect(marked).toContain(NOT_KEPT_MARK);
    expect(keepRendered(`<main>${marked}</main>`)).toBe(false);
  });

  it('cannot be turned off by text that spells the mark', () => {
    const text = renderToStaticMarkup(createElement('p', null, `An article saying ${NOT_KEPT_MARK}`));
    expect(keepRendered(text)).toBe(true);
  });
});
