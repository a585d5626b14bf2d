// A seeded generator of malformed (and, mixed in, good) import files for the bad-input suite
// (tests/integration/bad-input.test.ts). Every file is written here in our own words; the same
// seed gives the same files. Big files are made only when the importer reads them (a getter),
// so a batch never holds them all at once.
import { rng, type Rng } from '@/lib/prng';

export type Expectation = { ok: true; articles: number; undated?: boolean } | { ok: false; reason: RegExp };

export interface MalformedCase {
  name: string;
  kind: string;
  expect: Expectation;
  readonly bytes: Uint8Array;
}

const WORDS =
  'court hearing testimony prisoners executions families lawyers camp statement ministry report protest city province exile group council resistance organisation members rally speech parliament vote sanctions officials witnesses archive letter survivors inquiry judges verdict appeal document figure estimate number week month year spokesman commission investigation broadcast newspaper editor interview'.split(' ');
const OUTLETS = ['Reuters', 'BBC', 'Amnesty International', 'Iran International', 'Al-Monitor', 'Test Wire Service'];

function sentence(r: Rng, n = 14): string {
  const w = Array.from({ length: n }, () => r.pick(WORDS));
  return `${w[0]![0]!.toUpperCase()}${w[0]!.slice(1)} ${w.slice(1).join(' ')}.`;
}
function body(r: Rng, paragraphs = 3): string {
  return Array.from({ length: paragraphs }, () => `${sentence(r)} ${sentence(r, 10)}`).join('\n\n');
}
const utf8 = (s: string) => new TextEncoder().encode(s);
const date = (r: Rng) => `March ${r.int(1, 28)}, ${r.int(2001, 2024)}`;

function lazy(name: string, kind: string, expect: Expectation, make: () => Uint8Array): MalformedCase {
  return {
    name,
    kind,
    expect,
    get bytes() {
      return make();
    },
  };
}
const fixed = (name: string, kind: string, expect: Expectation, bytes: Uint8Array): MalformedCase => ({ name, kind, expect, bytes });
const fails = (reason: RegExp): Expectation => ({ ok: false, reason });
const good = (articles = 1, undated = false): Expectation => ({ ok: true, articles, undated });

export function malformedFiles(seed = 14): MalformedCase[] {
  const r = rng(seed);
  const out: MalformedCase[] = [];
  const digest = (outlet = r.pick(OUTLETS)) => `${outlet} | By ${r.pick(['A. Reporter', 'B. Writer', 'C. Editor'])} | ${date(r)}\n\n${body(r)}\n`;

  // Good files of every format, each text its own (content hashes differ).
  for (let i = 0; i < 10; i++) out.push(fixed(`good-${i}.txt`, 'good', good(), utf8(digest())));
  for (let i = 0; i < 5; i++) out.push(fixed(`good-${i}.csv`, 'good', good(2), utf8(`title,publisher,date,text\n"Headline ${i} a",Reuters,2022-03-0${i + 1},"${body(r)}"\n"Headline ${i} b",BBC,2021-05-1${i},"${body(r)}"\n`)));
  for (let i = 0; i < 5; i++) out.push(fixed(`good-${i}.json`, 'good', good(), utf8(JSON.stringify([{ title: `Headline ${i}`, publisher: 'Reuters', date: '2020-01-15', body: body(r) }]))));
  for (let i = 0; i < 3; i++) out.push(fixed(`good-${i}.jsonl`, 'good', good(), utf8(JSON.stringify({ title: `Line item ${i}`, outlet: 'BBC', text: body(r) }) + '\n')));
  for (let i = 0; i < 3; i++) {
    const paras = body(r, 5).split('\n\n').map((p) => `<p>${p}</p>`).join('');
    out.push(fixed(`good-${i}.html`, 'good', good(), utf8(`<!doctype html><html lang="en"><head><title>Page ${i}</title><meta property="og:site_name" content="Reuters"></head><body><article><h1>Page ${i}</h1>${paras}</article></body></html>`)));
  }
  // UTF-16 with a byte-order mark, both byte orders: must import.
  for (let i = 0; i < 10; i++) {
    const le = Buffer.from('\uFEFF' + digest() + ' «گزارش» ', 'utf16le');
    out.push(fixed(`utf16-${i % 2 ? 'be' : 'le'}-${i}.txt`, 'utf-16 with BOM', good(), i % 2 ? le.swap16() : le));
  }
  // Mixed line endings (\r\n, \r, \n in one file): must import.
  for (let i = 0; i < 10; i++) {
    const text = digest().replace(/\n/g, () => r.pick(['\r\n', '\r', '\n']));
    out.push(fixed(`mixed-eol-${i}.txt`, 'mixed line endings', good(), utf8(text)));
  }
  // Impossible dates: imported, with no date rather than an invented one.
  const impossible = ['2021-02-30', '2019-13-01', '2020-00-10', '31/31/2020', '2021-04-31', '0000-00-00', '99999-01-01', '2022-02-29', 'February 30, 2021', 'April 31, 2019'];
  for (const [i, d] of impossible.entries()) {
    out.push(fixed(`impossible-date-${i}.csv`, 'impossible date', good(1, true), utf8(`title,date,text\n"Dated ${i}",${d},"${body(r)}"\n`)));
  }
  for (let i = 0; i < 5; i++) out.push(fixed(`impossible-date-${i}.json`, 'impossible date', good(1, true), utf8(JSON.stringify([{ title: `JSON dated ${i}`, date: impossible[i], body: body(r) }]))));

  // Empty and whitespace-only.
  for (const ext of ['txt', 'csv', 'json', 'jsonl', 'html']) out.push(fixed(`empty.${ext}`, 'empty', fails(/^file is empty$/), new Uint8Array()));
  const blanks = [' ', '\n\n\n', '\t \t', '\r\n\r\n', '\u00A0\u00A0', '\uFEFF', ' \u3000 ', '\u200B\u200B', '\n \n \n', '\u2028'];
  for (const [i, w] of blanks.entries()) out.push(fixed(`whitespace-${i}.txt`, 'whitespace', fails(/^(file is empty|no article text found)$/), utf8(w.repeat(r.int(1, 50)))));

  // Random bytes.
  for (let i = 0; i < 45; i++) {
    const bytes = new Uint8Array(r.int(1, 64) * 1024).map(() => r.int(0, 255));
    if (bytes[0] === 0xff || bytes[0] === 0xfe) bytes[0] = 0x41;
    out.push(fixed(`random-${i}.${r.pick(['txt', 'csv', 'json', 'html', 'bin'])}`, 'random bytes', fails(/^(looks binary \(NUL bytes\)|not valid UTF-8)/), bytes));
  }
  // UTF-8 cut inside a character.
  for (let i = 0; i < 20; i++) {
    const full = Buffer.from(`${digest()}${r.pick(['گزارش دادگاه', 'Zeugenaussage über', 'موضع گروه', '裁判の証言', 'témoignage'])}${r.pick(['ه', '言', '🕊', 'é', 'ü'])}`);
    let cut = full.length - 1;
    while ((full[cut]! & 0xc0) === 0x80) cut--; // the start of the last character…
    out.push(fixed(`truncated-utf8-${i}.txt`, 'truncated UTF-8', fails(/^not valid UTF-8/), full.subarray(0, cut + 1)));
  }
  // Broken UTF-16.
  out.push(fixed('utf16-odd.txt', 'broken UTF-16', fails(/^not valid UTF-16 \(an odd number/), Buffer.concat([Buffer.from('\uFEFFabc', 'utf16le'), Buffer.from([0x41])])));
  out.push(fixed('utf16-surrogate.txt', 'broken UTF-16', fails(/^not valid UTF-16/), Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00])));

  // 25 MB on one line; a million lines (made when read).
  out.push(lazy('one-line-25mb.txt', '25 MB single line', fails(/^larger than 20 MB \(25\.0 MB\)$/), () => utf8('word '.repeat(5 * 1024 * 1024))));
  out.push(lazy('one-line-25mb.csv', '25 MB single line', fails(/^larger than 20 MB/), () => utf8('title,text\n"x","' + 'y'.repeat(25 * 1024 * 1024) + '"')));
  out.push(lazy('million-lines.txt', '1M lines', fails(/^has 1,000,001 lines; a file may have at most 200,000/), () => utf8('a line\n'.repeat(1_000_000))));
  out.push(lazy('million-rows.csv', '1M lines', fails(/^has 1,000,00\d lines/), () => utf8('title,text\n' + 'a,b\n'.repeat(1_000_000))));
  out.push(lazy('million-lines.jsonl', '1M lines', fails(/^has 1,000,00\d lines/), () => utf8('{"text":"x"}\n'.repeat(1_000_000))));
  out.push(lazy('million-cr.txt', '1M lines', fails(/^has 1,000,00\d lines/), () => utf8('x\r'.repeat(1_000_000))));

  // Deep HTML nesting.
  for (const [i, depth] of [200, 1000, 10_000, 100_000].entries()) {
    out.push(lazy(`deep-${i}.html`, 'deep HTML', fails(/^HTML nested more than 128 elements deep/), () => utf8(`<html><body>${'<div>'.repeat(depth)}<p>${body(rng(seed, i))}</p>${'</div>'.repeat(depth)}</body></html>`)));
  }
  out.push(lazy('deep-unclosed.html', 'deep HTML', fails(/^HTML nested more than 128 elements deep/), () => utf8(`<html><body>${'<span><b>'.repeat(50_000)}text`)));

  // CSV quoting errors and wrong shapes.
  for (let i = 0; i < 15; i++) {
    const rows = Array.from({ length: r.int(1, 5) }, (_, k) => `"T${i}-${k}","${body(r, 1)}"`);
    // An unclosed quote (it runs to the end of the file), or a stray one after a closed field.
    if (i % 2) rows.push(`"Broken ${i}","an unclosed quote ${sentence(r)}`);
    else rows.splice(r.int(0, rows.length - 1), 0, `"Broken ${i}","a closed field"with more ${sentence(r)}"`);
    out.push(fixed(`bad-quote-${i}.csv`, 'CSV quoting error', fails(/^CSV is malformed near row \d+: (Quoted field unterminated|Trailing quote on quoted field is malformed)/), utf8(`title,text\n${rows.join('\n')}\n`)));
  }
  for (let i = 0; i < 5; i++) out.push(fixed(`header-only-${i}.csv`, 'CSV header only', fails(/^no article text found$/), utf8(['title,text', 'title,text\n', 'title,body\n\n\n', 'headline,content\r\n', 'title,text\n,\n,\n'][i]!)));
  for (let i = 0; i < 5; i++) out.push(fixed(`no-body-column-${i}.csv`, 'CSV without a text column', fails(/^CSV has no body\/text column/), utf8(`title,author,date\n"${sentence(r)}",X,2020-01-01\n`)));

  // JSON of every wrong shape.
  const shapes: [string, RegExp][] = [
    ['null', /^JSON is not an array of articles/],
    ['true', /^JSON is not an array of articles/],
    ['42', /^JSON is not an array of articles/],
    ['"a string"', /^JSON is not an array of articles/],
    ['[]', /^no article text found$/],
    ['{}', /^JSON is not an array of articles/],
    ['[1, 2, 3]', /^JSON is not an array of articles/],
    ['[null]', /^JSON is not an array of articles/],
    ['[[]]', /^JSON is not an array of articles/],
    ['[{"title": "no body"}]', /^JSON has no body\/text field/],
    ['{"articles": 5}', /^JSON is not an array of articles/],
    ['{"articles": [1]}', /^JSON is not an array of articles/],
    ['{"articles": {"body": "x"}}', /^JSON is not an array of articles/],
    ['[{"body": ""}]', /^no article text found$/],
    ['[{"body": [null, {}]}]', /^no article text found$/],
    ['[{"body": {"nested": true}}]', /^no article text found$/],
    ['[{"body": null, "text": null}]', /^no article text found$/],
    ['[{"title": "x", "body": "y"},]', /^not valid JSON/],
    ['{"title": "x", "body": "y"', /^not valid JSON/],
    ['[{"body": NaN}]', /^not valid JSON/],
    ['// comment\n[{"body": "x"}]', /^not valid JSON/],
    ['[{"body": "x"}] trailing', /^not valid JSON/],
    ['[' + '['.repeat(50_000) + ']'.repeat(50_000) + ']', /^(JSON is not an array of articles|not valid JSON)/],
    ['{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000), /^(JSON is not an array of articles|not valid JSON)/],
    ['"\\ud800"', /^JSON is not an array of articles/],
  ];
  for (const [i, [json, reason]] of shapes.entries()) out.push(fixed(`shape-${i}.json`, 'JSON of a wrong shape', fails(reason), utf8(json)));
  const lines: [string, RegExp][] = [
    ['{"text": "ok"}\nnot json\n', /^line 2 is not valid JSON$/],
    ['{"text": "ok"}\n[1]\n', /^line 2 is not a JSON object$/],
    ['{"text": "ok"}\n"str"\n', /^line 2 is not a JSON object$/],
    ['{"title": "x"}\n{"title": "y"}\n', /^JSON Lines has no body\/text field/],
    ['\n\n{"text": ""}\n', /^no article text found$/],
  ];
  for (const [i, [jsonl, reason]] of lines.entries()) out.push(fixed(`lines-${i}.jsonl`, 'JSON Lines of a wrong shape', fails(reason), utf8(jsonl)));

  // Digests that are headers only.
  for (let i = 0; i < 20; i++) {
    const headers = Array.from({ length: r.int(1, 40) }, () => `${r.pick(OUTLETS)} | By X | ${date(r)}`).join(r.pick(['\n', '\n\n']));
    out.push(fixed(`header-only-digest-${i}.txt`, 'header-only digest', fails(/^no article text found$/), utf8(headers + '\n')));
  }
  return out;
}
