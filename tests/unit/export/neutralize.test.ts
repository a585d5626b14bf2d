// Formula injection (OWASP "CSV injection"): which cells get the leading apostrophe.
import { describe, expect, it } from 'vitest';
import { FORMULA_TRIGGERS, isFormulaLike, neutralizeCell, neutralizeText } from '@/lib/export/neutralize';

describe('neutralizeText', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['=1+1', "'=1+1"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2+3', "'-2+3"],
    ['-', "'-"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    // Already-neutralised text is still text: it starts with an apostrophe, not a trigger.
    ["'=1+1", "'=1+1"],
    // Safe text is left alone.
    ['Amnesty International', 'Amnesty International'],
    ['1988 mass executions', '1988 mass executions'],
    ['', ''],
    [' =1+1', ' =1+1'],
    ['a=b', 'a=b'],
    ['\n=1', '\n=1'],
    ['“=quoted”', '“=quoted”'],
    ['مجاهدین خلق', 'مجاهدین خلق'],
  ])('%j → %j', (input, expected) => {
    expect(neutralizeText(input)).toBe(expected);
  });

  it('covers exactly the OWASP trigger characters', () => {
    expect([...FORMULA_TRIGGERS].sort()).toEqual(['\t', '\r', '+', '-', '=', '@'].sort());
    for (const c of FORMULA_TRIGGERS) expect(isFormulaLike(`${c}x`)).toBe(true);
  });
});

describe('neutralizeCell', () => {
  it.each([
    [-3, -3],
    [-0.5, -0.5],
    [0, 0],
    [30000, 30000],
    [true, true],
    [false, false],
    [null, null],
    [undefined, undefined],
    ['-3', "'-3"],
    ['=A1', "'=A1"],
  ] as const)('%j → %j (numbers stay numbers, strings are neutralised)', (input, expected) => {
    const out = neutralizeCell(input);
    expect(out).toBe(expected);
    expect(typeof out).toBe(typeof expected);
  });
});
