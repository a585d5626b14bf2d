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
});
