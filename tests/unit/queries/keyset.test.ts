// Keyset conditions, without a database: the SQL text and its parameters.
import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { DatasetParamError } from '@/lib/filters/errors';
import { afterCondition, orderBy, seek, type SortPart } from '@/lib/queries/keyset';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('afterCondition', () => {
  const parts: SortPart[] = [
    { expr: Prisma.sql`a.published_at`, type: 'date', desc: true, nullable: true },
    { expr: Prisma.sql`a.id`, type: 'int', desc: true },
  ];

  it('seeks past a non-null sort value: later values, then NULLs, then ties by id', () => {
    const sql = afterCondition(parts, ['2020-01-02', '17']);
    expect(norm(sql.sql)).toBe(
      norm('((a.published_at IS NULL OR a.published_at < CAST(? AS date)) OR (a.published_at = CAST(? AS date) AND a.id < CAST(? AS int)))'),
    );
    expect(sql.values).toEqual(['2020-01-02', '2020-01-02', '17']);
  });

  it('after a NULL sort value only NULLs with a later id follow (NULLS LAST)', () => {
    const sql = afterCondition(parts, [null, '9']);
    expect(norm(sql.sql)).toBe(norm('(a.published_at IS NULL AND a.id < CAST(? AS int))'));
    expect(sql.values).toEqual(['9']);
  });

  it('handles ascending and mixed directions part by part', () => {
    const mixed: SortPart[] = [
      { expr: Prisma.sql`x.articles`, type: 'int', desc: true },
      { expr: Prisma.sql`lower(x.name)`, type: 'text' },
      { expr: Prisma.sql`x.id`, type: 'int' },
    ];
    const sql = afterCondition(mixed, ['3', 'bbc', '5']);
    expect(norm(sql.sql)).toBe(
      norm(
        '(x.articles < CAST(? AS int) OR (x.articles = CAST(? AS int) AND (lower(x.name) > CAST(? AS text) OR (lower(x.name) = CAST(? AS text) AND x.id > CAST(? AS int)))))',
      ),
    );
    expect(norm(orderBy(mixed).sql)).toBe('x.articles DESC, lower(x.name) ASC, x.id ASC');
    expect(norm(orderBy(parts).sql)).toBe('a.published_at DESC NULLS LAST, a.id DESC');
  });

  it('rejects a key of the wrong length', () => {
    expect(() => afterCondition(parts, ['1'])).toThrow(DatasetParamError);
  });
});

describe('seek', () => {
  it('uses a row-value comparison when every part is NOT NULL and runs the same way', () => {
    const valued: SortPart[] = [
      { expr: Prisma.sql`a.published_at`, type: 'date', desc: true },
      { expr: Prisma.sql`a.id`, type: 'int', desc: true },
    ];
    const sql = seek(valued, ['2020-01-02', '17']);
    expect(norm(sql.sql)).toBe('(a.published_at, a.id) < (CAST(? AS date), CAST(? AS int))');
    expect(sql.values).toEqual(['2020-01-02', '17']);
  });

  it('falls back to the expansion for mixed directions or NULLs', () => {
    const mixed: SortPart[] = [
      { expr: Prisma.sql`x.n`, type: 'int', desc: true },
      { expr: Prisma.sql`x.id`, type: 'int' },
    ];
    expect(norm(seek(mixed, ['1', '2']).sql)).toBe(norm('(x.n < CAST(? AS int) OR (x.n = CAST(? AS int) AND x.id > CAST(? AS int)))'));
  });
});
