// Only web URLs are URLs: the rule (lib/parse/web-url.ts) and every parser that reads a URL.
import { describe, expect, it } from 'vitest';
import { checkWebUrl, webUrlOrWarning } from '@/lib/parse/web-url';
import { parseFile } from '@/lib/parse/parse-file';
import { parseText } from '@/lib/parse/text';
import { dryRun } from '@/lib/parse/dry-run';

const enc = (s: string) => new TextEncoder().encode(s);

describe('checkWebUrl', () => {
  it.each([
    ['https://example.org/news/2021/a', 'https://example.org/news/2021/a'],
    ['  http://Example.ORG/a b  ', 'http://example.org/a%20b'],
    ['HTTPS://example.org', 'https://example.org/'],
  ])('keeps %j as %j', (raw, stored) => {
    expect(checkWebUrl(raw)).toEqual({ ok: true, url: stored });
  });

  it.each([
    ['javascript:alert(1)', /javascript: addresses are not kept/],
    ['JaVaScRiPt:alert(1)', /javascript:/],
    [' \tjavascript:alert(1)', /javascript:/],
    ['java\nscript:alert(1)', /javascript:/],
    ['data:text/html;base64,PHNjcmlwdD4=', /data:/],
    ['vbscript:msgbox(1)', /vbscript:/],
    ['file:///etc/passwd', /file:/],
    ['ftp://example.org/x', /ftp:/],
    ['/news/2021/a', /not an absolute/],
    ['www.example.org/a', /not an absolute/],
    ['https://user:pw@example.org/', /user name or password/],
    [`https://example.org/${'a'.repeat(3000)}`, /longer than 2048/],
  ])('refuses %j', (raw, reason) => {
    const r = checkWebUrl(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('names the refused value in the warning, escaped and cut short', () => {
    const w = webUrlOrWarning('javascript:alert("x")\n' + 'y'.repeat(200)).warning!;
    expect(w).toMatch(/^URL "javascript:alert\(\\"x\\"\)\\ny+…" refused \(javascript: addresses are not kept, only http and https\)/);
    expect(webUrlOrWarning('  ')).toEqual({ url: null, warning: null });
  });
});

describe('every parser that reads a URL applies the rule', () => {
  const evil = 'javascript:alert(document.domain)';
  const body = 'A court in Stockholm heard testimony about the 1988 executions of political prisoners in Iran.';

  it('CSV', () => {
    const [a, b] = parseFile('x.csv', enc(`title,url,text\nOne,${evil},${body}\nTwo,https://example.org/two,${body} Again.\n`));
    expect(a).toMatchObject({ url: null, warnings: [expect.stringContaining(`"${evil}" refused`)] });
    expect(b).toMatchObject({ url: 'https://example.org/two' });
    expect(b!.warnings).toBeUndefined();
  });

  it('JSON and JSON Lines', () => {
    const [j] = parseFile('x.json', enc(JSON.stringify([{ title: 'One', url: 'data:text/html,<script>alert(1)</script>', body }])));
    expect(j).toMatchObject({ url: null, warnings: [expect.stringMatching(/"data:text\/html,<script>alert\(1\)<\/script>" refused/)] });
    const [l] = parseFile('x.jsonl', enc(JSON.stringify({ title: 'One', link: ' vbscript:x', body }) + '\n'));
    expect(l).toMatchObject({ url: null, warnings: [expect.stringMatching(/vbscript/)] });
  });

  it('HTML canonical links', () => {
    const html = `<html><head><title>T</title><link rel="canonical" href="${evil}"></head><body><article><p>${body}</p><p>${body}</p></article></body></html>`;
    const [a] = parseFile('x.html', enc(html));
    expect(a).toMatchObject({ url: null, warnings: [expect.stringMatching(/^the page's canonical URL "javascript:/)] });
  });

  it("a pasted text's page URL", () => {
    const [a] = parseText('x.txt', `${body}\n\n${body}`, { url: `${evil}//example.org/2020/05/04/x` });
    expect(a).toMatchObject({ url: null, publisherName: null, datePrecision: 'unknown', warnings: [expect.stringMatching(/^the page's URL "javascript:/)] });
    const [b] = parseText('x.txt', `${body}\n\n${body}`, { url: 'https://example.org/2020/05/04/x' });
    expect(b).toMatchObject({ url: 'https://example.org/2020/05/04/x', publisherName: 'example.org', publishedAt: '2020-05-04' });
    expect(b!.warnings).toBeUndefined();
  });

  it('the dry run reports the warning per article and per file', () => {
    const { articles, results } = dryRun([{ name: 'x.csv', bytes: enc(`title,url,text\nOne,${evil},${body}\nTwo,,${body} Again.\n`) }], {});
    expect(articles.map((a) => a.warnings.length)).toEqual([1, 0]);
    expect(articles[0]!.url).toBeNull();
    expect(results[0]!.warnings).toEqual([expect.stringMatching(/^item 1: URL "javascript:/)]);
  });
});
