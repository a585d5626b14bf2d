// The origin the reader's browser used (scheme and host, behind a proxy too), for the absolute
// URLs a page prints or shares: the event sheet's provenance line, the blind reading's link.
import { headers } from 'next/headers';

export async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = (h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000').split(',')[0]!.trim();
  const proto = (h.get('x-forwarded-proto') ?? 'http').split(',')[0]!.trim();
  return `${proto}://${host}`;
}
