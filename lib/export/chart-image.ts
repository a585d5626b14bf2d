// Chart downloads: the chart's <svg> as a standalone image with its title, unit, legend and
// source line drawn in, so a slide or a handout keeps the provenance. composeChartSvg is pure
// (string in, string out, unit-tested); captureChart reads the drawn chart from the page.
import { STANCES, STANCE_STYLE } from '@/lib/stance';

export interface LegendEntry {
  label: string;
  color: string;
}

export interface ChartImageInput {
  /** The chart's own <svg> markup (outerHTML). */
  svg: string;
  width: number;
  height: number;
  title: string;
  unit?: string;
  source: string;
  legend?: LegendEntry[];
  fontFamily?: string;
}

const PAD = 16;
const TITLE_SIZE = 16;
const SMALL_SIZE = 12;
const LINE = 1.35;

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Greedy word wrap to lines of at most `maxChars` characters (a long word gets its own line). */
export function wrapText(text: string, maxChars: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > maxChars) {
      lines.push(line);
      line = w;
    } else {
      line = line ? `${line} ${w}` : w;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Characters per line for a font size across a width (average glyph ≈ 0.55 em). */
const charsFor = (width: number, size: number) => Math.max(10, Math.floor((width - 2 * PAD) / (size * 0.55)));

/** The chart as one standalone SVG document: title and unit above, legend, chart, source below. */
export function composeChartSvg(input: ChartImageInput): { svg: string; width: number; height: number } {
  const width = Math.max(200, Math.round(input.width));
  const font = input.fontFamily ?? "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
  const parts: string[] = [];
  let y = PAD;

  for (const line of wrapText(input.title, charsFor(width, TITLE_SIZE))) {
    y += TITLE_SIZE * LINE;
    parts.push(`<text x="${PAD}" y="${y - 4}" font-size="${TITLE_SIZE}" font-weight="650" fill="#1a1a1a">${escapeXml(line)}</text>`);
  }
  if (input.unit) {
    for (const line of wrapText(input.unit, charsFor(width, SMALL_SIZE))) {
      y += SMALL_SIZE * LINE;
      parts.push(`<text x="${PAD}" y="${y - 3}" font-size="${SMALL_SIZE}" fill="#4a4a4a">${escapeXml(line)}</text>`);
    }
  }
  if (input.legend?.length) {
    y += 6;
    let x = PAD;
    let rowTop = y;
    for (const item of input.legend) {
      const w = 14 + 6 + item.label.length * SMALL_SIZE * 0.55 + 16;
      if (x + w > width - PAD && x > PAD) {
        x = PAD;
        rowTop += SMALL_SIZE * LINE + 4;
      }
      parts.push(`<rect x="${x}" y="${rowTop + 2}" width="12" height="12" fill="${escapeXml(item.color)}"/>`);
      parts.push(`<text x="${x + 18}" y="${rowTop + 12}" font-size="${SMALL_SIZE}" fill="#1a1a1a">${escapeXml(item.label)}</text>`);
      x += w;
    }
    y = rowTop + SMALL_SIZE * LINE + 4;
  }

  y += 8;
  const chartTop = y;
  const chartHeight = Math.max(1, Math.round(input.height));
  y += chartHeight + 8;

  const sourceParts: string[] = [];
  for (const line of wrapText(input.source, charsFor(width, SMALL_SIZE))) {
    y += SMALL_SIZE * LINE;
    sourceParts.push(`<text x="${PAD}" y="${y - 3}" font-size="${SMALL_SIZE}" fill="#4a4a4a">${escapeXml(line)}</text>`);
  }
  const height = Math.ceil(y + PAD);

  // The chart keeps its own coordinate system inside a nested <svg> placed below the header.
  const chart = nestChart(input.svg, PAD, chartTop, width - 2 * PAD, chartHeight, input.width, input.height);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(font)}">` +
    `<title>${escapeXml(input.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    parts.join('') +
    chart +
    sourceParts.join('') +
    `</svg>`;
  return { svg, width, height };
}

/** Rewrites the chart's root <svg …> tag to sit at (x, y) with the given box, keeping its content. */
function nestChart(markup: string, x: number, y: number, w: number, h: number, origW: number, origH: number): string {
  const open = /^\s*<svg\b[^>]*>/i.exec(markup);
  if (!open) return '';
  const viewBox = /\bviewBox="([^"]*)"/i.exec(open[0])?.[1] ?? `0 0 ${Math.round(origW)} ${Math.round(origH)}`;
  const inner = markup.slice(open[0].length).replace(/<\/svg>\s*$/i, '');
  return `<svg x="${x}" y="${y}" width="${w}" height="${h}" viewBox="${escapeXml(viewBox)}" preserveAspectRatio="xMinYMin meet" overflow="visible">${inner}</svg>`;
}

// ---------------------------------------------------------------------------------------------
// Browser side

/** Presentation the stylesheet gives chart text, copied onto the clone so the file looks the same. */
const TEXT_STYLE = ['font-size', 'font-weight', 'fill', 'font-family'] as const;

/** Reads the drawn chart inside `root` (a chart frame), or null when there is none. */
export function captureChart(root: Element): { svg: string; width: number; height: number; legend: LegendEntry[]; fontFamily: string } | null {
  const original = (root.querySelector('svg.recharts-surface:not(.recharts-legend-item svg)') ??
    [...root.querySelectorAll('svg')].find((s) => !s.closest('.recharts-legend-wrapper'))) as SVGSVGElement | undefined;
  if (!original) return null;
  const box = original.getBoundingClientRect();
  const clone = original.cloneNode(true) as SVGSVGElement;
  const srcTexts = original.querySelectorAll('text');
  const dstTexts = clone.querySelectorAll('text');
  srcTexts.forEach((t, i) => {
    const cs = getComputedStyle(t);
    const d = dstTexts[i];
    if (!d) return;
    for (const prop of TEXT_STYLE) if (!d.getAttribute(prop)) d.setAttribute(prop, cs.getPropertyValue(prop));
  });
  clone.querySelectorAll('.recharts-tooltip-cursor, .recharts-active-dot').forEach((n) => n.remove());
  const legend: LegendEntry[] = [...root.querySelectorAll('.recharts-legend-item')].map((item) => {
    const shape = item.querySelector('path, rect, circle');
    const color = shape?.getAttribute('fill') || (shape ? getComputedStyle(shape).fill : '') || '#8c8c8c';
    return { label: (item.textContent ?? '').trim(), color };
  });
  const svg = new XMLSerializer().serializeToString(clone);
  const named = legend.filter((l) => l.label);
  return {
    svg,
    width: box.width,
    height: box.height,
    legend: named.length ? named : stanceLegend(svg),
    fontFamily: getComputedStyle(original).fontFamily,
  };
}

/**
 * The stance groups drawn in a chart, found by their fixed colours (every chart fills a group's
 * marks with its STANCE_STYLE colour), in display order: the image's legend.
 */
export function stanceLegend(svg: string): LegendEntry[] {
  const markup = svg.toLowerCase();
  const drawn = (color: string) => markup.includes(`fill="${color}"`) || markup.includes(`stroke="${color}"`);
  return STANCES.filter((s) => drawn(STANCE_STYLE[s].color.toLowerCase())).map((s) => ({
    label: STANCE_STYLE[s].label,
    color: STANCE_STYLE[s].color,
  }));
}

/** File name for a chart: stance-lens-<title words>.<ext>. */
export function chartFilename(title: string, ext: 'svg' | 'png'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `stance-lens-${slug || 'chart'}.${ext}`;
}
