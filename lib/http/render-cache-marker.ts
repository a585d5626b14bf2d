// The attribute a page prints when what it shows is not the data as they are now (the last count
// of a view whose recount is still running): the Proxy's render cache serves such a render to the
// request that asked for it but does not keep it, so the next visitor gets a fresh render. React
// escapes quotes in text, so article text cannot print the attribute.
export const NOT_KEPT_ATTRIBUTE = 'data-render-cache';
export const NOT_KEPT_VALUE = 'not-kept';
export const NOT_KEPT_MARK = `${NOT_KEPT_ATTRIBUTE}="${NOT_KEPT_VALUE}"`;

/** Whether the render cache may keep this HTML for later requests. */
export function keepRendered(html: string): boolean {
  return !html.includes(NOT_KEPT_MARK);
}
