// Opaque cursors for the API: a keyset position (lib/queries/keyset.ts) bound to its dataset and
// row order, so a cursor from another dataset or sort is refused rather than misread.
import { DatasetParamError } from '@/lib/filters/errors';
import type { Key } from '@/lib/queries/keyset';

interface CursorBody {
  v: 1;
  d: string;
  s: string;
  k: Key;
}

export function encodeCursor(dataset: string, sortId: string, key: Key): string {
  const body: CursorBody = { v: 1, d: dataset, s: sortId, k: key };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

export function decodeCursor(token: string, dataset: string, sortId: string): Key {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw new DatasetParamError('The cursor is not one this API issued.', 'cursor');
  }
  const b = body as Partial<CursorBody> | null;
  if (
    !b ||
    b.v !== 1 ||
    !Array.isArray(b.k) ||
    !b.k.every((x) => x === null || ['string', 'number', 'boolean'].includes(typeof x)) ||
    typeof b.d !== 'string' ||
    typeof b.s !== 'string'
  ) {
    throw new DatasetParamError('The cursor is not one this API issued.', 'cursor');
  }
  if (b.d !== dataset) throw new DatasetParamError(`The cursor belongs to the ${b.d} dataset.`, 'cursor');
  if (b.s !== sortId) throw new DatasetParamError('The cursor belongs to another sort order; start again without it.', 'cursor');
  return b.k;
}
