// API cursors and the plain values every writer gets, without a database.
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '@/lib/export/cursor';
import { plainValue } from '@/lib/export/rows';
import { DatasetParamError } from '@/lib/filters/errors';

describe('cursors', () => {
  it('round-trip and stay opaque', () => {
    const token = encodeCursor('articles', 'publishedAt.desc', ['2020-01-02', '17']);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(token, 'articles', 'publishedAt.desc')).toEqual(['2020-01-02', '17']);
  });

  it('reject another dataset, another sort, and garbage', () => {
    const token = encodeCursor('articles', 'publishedAt.desc', [null, '3']);
    expect(() => decodeCursor(token, 'claims', 'publishedAt.desc')).toThrow(/claims|articles/);
    expect(() => decodeCursor(token, 'articles', 'title.asc')).toThrow(/sort/);
    expect(() => decodeCursor('not-a-cursor', 'articles', 'publishedAt.desc')).toThrow(DatasetParamError);
    const evil = Buffer.from(JSON.stringify({ v: 1, d: 'articles', s: 'publishedAt.desc', k: [{ $gt: 1 }] })).toString('base64url');
    expect(() => decodeCursor(evil, 'articles', 'publishedAt.desc')).toThrow(DatasetParamError);
  });
});

describe('plainValue', () => {
  it('makes driver values plain', () => {
    expect(plainValue(12n)).toBe(12);
    expect(plainValue(new Date('2020-01-02T03:04:05Z'))).toBe('2020-01-02T03:04:05.000Z');
    expect(plainValue(['a', 'b'])).toBe('a; b');
    expect(plainValue(Number.NaN)).toBeNull();
    expect(plainValue(undefined)).toBeNull();
    expect(plainValue({ toNumber: () => 1.5 })).toBe(1.5);
  });
});
