// Chart downloads: the standalone SVG around a chart's drawing (title, unit, legend, source).
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { chartFilename, composeChartSvg, escapeXml, stanceLegend, wrapText } from '@/lib/export/chart-image';
import { STANCE_STYLE } from '@/lib/stance';

const chart = `<svg xmlns="http://www.w3.org/2000/svg" class="recharts-surface" width="600" height="300" viewBox="0 0 600 300"><rect x="10" y="10" width="50" height="100" fill="${STANCE_STYLE.advocacy.color}"/><rect x="70" y="10" width="50" height="80" fill="${STANCE_STYLE.critical.color}"/><text x="5" y="290">1988</text></svg>`;

describe('composeChartSvg', () => {
  const { svg, width, height } = composeChartSvg({
    svg: chart,
    width: 600,
    height: 300,
    title: 'Term rates by group <&> "quotes"',
    unit: 'occurrences per 1,000 words',
    source: 'Source: stance-lens corpus, 4 articles linked to this event. Undated articles are not shown.',
    legend: stanceLegend(chart),
  });

  it('is one well-formed SVG document with the title, unit, legend, chart and source', () => {
    const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    expect(height).toBeGreaterThan(300);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts[0]).toBe('Term rates by group <&> "quotes"');
    expect(texts).toContain('occurrences per 1,000 words');
    expect(texts).toEqual(expect.arrayContaining(['Advocacy', 'Critical']));
    expect(texts.join(' ')).toContain('Source: stance-lens corpus');
    expect(texts).toContain('1988');
    // The chart keeps its coordinates in a nested <svg>, below the header.
    const nested = root.querySelector('svg')!;
    expect(nested.getAttribute('viewBox')).toBe('0 0 600 300');
    expect(Number(nested.getAttribute('y'))).toBeGreaterThan(30);
    expect(nested.querySelectorAll('rect')).toHaveLength(2);
  });

  it('has a white background so a PNG is not transparent', () => {
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
  });
});

describe('helpers', () => {
  it('wraps text on word boundaries', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('averyveryverylongword x', 5)).toEqual(['averyveryverylongword', 'x']);
    expect(wrapText('', 10)).toEqual([]);
  });

  it('escapes XML', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('finds the stance groups by their colours, in display order', () => {
    expect(stanceLegend(chart).map((l) => l.label)).toEqual(['Advocacy', 'Critical']);
    expect(stanceLegend('<svg><path stroke="#0072b2"/></svg>').map((l) => l.label)).toEqual(['Mainstream']);
  });

  it('names files after the chart', () => {
    expect(chartFilename('Coverage over time by group', 'png')).toBe('stance-lens-coverage-over-time-by-group.png');
    expect(chartFilename('Égalité / «»', 'svg')).toBe('stance-lens-egalite.svg');
    expect(chartFilename('???', 'svg')).toBe('stance-lens-chart.svg');
  });
});
