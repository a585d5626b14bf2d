import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STANCES, STANCE_STYLE, isStance } from '@/lib/stance';

describe('stance groups', () => {
  it('has a distinct colour for every group', () => {
    const colours = STANCES.map((s) => STANCE_STYLE[s].color);
    expect(new Set(colours).size).toBe(STANCES.length);
  });
  it.each([
    ['advocacy', true],
    ['critical', true],
    ['mainstream', true],
    ['unrated', true],
    ['neutral', false],
    [null, false],
  ])('isStance(%s) = %s', (value, expected) => {
    expect(isStance(value)).toBe(expected);
  });

  it('app/stance-palette.css holds the palette lib/stance.ts defines, and nothing else', () => {
    const css = fs.readFileSync('app/stance-palette.css', 'utf8');
    const declared = Object.fromEntries([...css.matchAll(/--stance-([a-z]+-(?:color|tint|text)):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
    const expected = Object.fromEntries(
      STANCES.flatMap((s) => (['color', 'tint', 'text'] as const).map((k) => [`${s}-${k}`, STANCE_STYLE[s][k]])),
    );
    expect(declared).toEqual(expected);
  });
});
