// Every route under app/ (pages and route handlers) as a pattern, read from the file tree, so a
// test that must visit "every page" fails when a new route is added without a visit.
import fs from 'node:fs';
import path from 'node:path';

const APP = path.resolve(__dirname, '../../app');

export interface AppRoute {
  pattern: string;
  kind: 'page' | 'route';
}

export function appRoutes(): AppRoute[] {
  const out: AppRoute[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        // Route groups "(name)" add no segment.
        walk(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
      } else if (/^(page|route)\.tsx?$/.test(entry.name)) {
        out.push({ pattern: '/' + segments.join('/'), kind: entry.name.startsWith('page') ? 'page' : 'route' });
      }
    }
  };
  walk(APP, []);
  return out.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Does a concrete path (no query) belong to a pattern such as /events/[slug]? */
export function matchesRoute(pattern: string, pathname: string): boolean {
  const re = new RegExp('^' + pattern.replace(/\[[^\]]+\]/g, '[^/]+').replace(/\./g, '\\.') + '$');
  return re.test(pathname.replace(/\/$/, '') || '/');
}
