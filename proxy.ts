// Next's Proxy (formerly middleware) runs before every page, route handler and server action.
// Here: the render cache (lib/http/render-cache.ts) answers anonymous GETs of read-only pages
// whose data did not change since their last render; everything else goes on to Next as usual.
// A Proxy that sets a Content-Security-Policy nonce passes it to servePage, which puts it in the
// copy it serves.
import { NextResponse, type NextRequest } from 'next/server';
import { servePage } from '@/lib/http/render-cache';

export async function proxy(request: NextRequest) {
  const cached = await servePage(request);
  return cached ?? NextResponse.next();
}

export const config = {
  // Pages only: not Next's own files, the API or exports.
  matcher: ['/((?!_next/|api/|favicon|.*\\.[a-z0-9]+$).*)'],
};
