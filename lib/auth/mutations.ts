// Every endpoint that changes data, with the lib function that makes the change. Each of
// those functions checks its actor first and refuses a missing one (AuthError 401), whichever
// way it is called; tests/integration/curation.test.ts calls each with no actor, and checks
// that no server action or non-GET route handler in app/ is missing from this list.
import type { Db } from '@/lib/db/prisma';
import { addQuote, editArticle, markReprint, removeQuote, resetReprintDecision, setStanceOverride } from '@/lib/curation/articles';
import { addEventLink, removeEventLink } from '@/lib/curation/event-links';
import { createEvent, editEvent } from '@/lib/curation/events';
import { removeImport } from '@/lib/curation/imports';
import { editPublisher, mergePublishers, ratePublisher } from '@/lib/curation/publishers';
import { createUpload } from '@/lib/jobs/uploads';
import { createUrlImport, requestFeedPoll, subscribeAndPoll } from '@/lib/jobs/web';
import type { Actor } from './actor';

export interface Mutation {
  /** The server action's exported name, or `METHOD path` of a route handler. */
  endpoint: string;
  /** File that defines it (relative to the project root). */
  file: string;
  kind: 'server-action' | 'route-handler';
  /** How a request reaches the check. */
  guard: string;
  core: (db: Db, actor: Actor | null, input: unknown) => Promise<unknown>;
}

const ACTION_GUARD = 'requireAdmin() on the session cookie (401), then the lib function asserts the actor again; Next checks Origin on server actions';
const ROUTE_GUARD = 'requireAdminRequest: Sec-Fetch-Site/Origin must be this site (403), then the session (401); the lib function asserts it again';

export const MUTATIONS: readonly Mutation[] = [
  { endpoint: 'editPublisherAction', file: 'app/publishers/[slug]/actions.ts', kind: 'server-action', guard: ACTION_GUARD, core: editPublisher },
  { endpoint: 'mergePublishersAction', file: 'app/publishers/[slug]/actions.ts', kind: 'server-action', guard: ACTION_GUARD, core: mergePublishers },
  { endpoint: 'ratePublisherAction', file: 'app/publishers/actions.ts', kind: 'server-action', guard: ACTION_GUARD, core: ratePublisher },
  { endpoint: 'editArticleAction', file: 'app/articles/[id]/actions.ts', kind: 'server-action', guard: ACTION_GUARD, core: editArticle },
  { endpoint: 'stanceOverrideAction', file: 'app/articles/[id]/actions.ts', kind: 'server-action', guard: ACTION_GUARD, core: setStanceOverride },
  { endpoint: 'reprintAction', file: 'app/articles/[id]/actions.ts', kind: 'server-action', guard: ACTION_GUARD, core: markReprint },
  { endpoint: 'reprintAutomaticAction', file: 'app/articles/[id]/actions.ts', kind: 'server-action', guard: ACTION_GUARD, core: resetReprintDecision },
  { endpoint: 'addQuoteAction', file: 'app/articles/[id]/actions.ts', kind: 'server-action', guard: ACTION_GUARD, core: addQuote },
  { endpoint: 'removeQuoteAction', file: 'app/articles/[id]/actions.ts', kind: 'server-action', guard: ACTION_GUARD, core: removeQuote },
  { endpoint: 'addEventLinkAction', file: 'app/articles/[id]/actions.ts', kind: 'server-action', guard: ACTION_GUARD, core: addEventLink },
  { endpoint: 'removeEventLinkAction', file: 'app/articles/[id]/actions.ts', kind: 'server-action', guard: ACTION_GUARD, core: removeEventLink },
  { endpoint: 'createEventAction', file: 'app/events/actions.ts', kind: 'server-action', guard: ACTION_GUARD, core: createEvent },
  { endpoint: 'removeImportAction', file: 'app/import/actions.ts', kind: 'server-action', guard: ACTION_GUARD, core: removeImport },
  { endpoint: 'editEventAction', file: 'app/events/actions.ts', kind: 'server-action', guard: ACTION_GUARD, core: editEvent },
  {
    endpoint: 'POST /import/uploads',
    file: 'app/import/uploads/route.ts',
    kind: 'route-handler',
    guard: ROUTE_GUARD,
    core: (db, actor) => createUpload(db, actor, [], async () => null),
  },
  {
    endpoint: 'POST /import/urls',
    file: 'app/import/urls/route.ts',
    kind: 'route-handler',
    guard: ROUTE_GUARD,
    core: (db, actor) => createUrlImport(db, actor, { name: 'list', entries: [] }, async () => {}),
  },
  {
    endpoint: 'POST /import/feeds',
    file: 'app/import/feeds/route.ts',
    kind: 'route-handler',
    guard: ROUTE_GUARD,
    core: (db, actor) => subscribeAndPoll(db, actor, { url: 'https://example.org/feed.xml' }, async () => {}),
  },
  {
    endpoint: 'POST /feeds/[id]/poll',
    file: 'app/feeds/[id]/poll/route.ts',
    kind: 'route-handler',
    guard: ROUTE_GUARD,
    core: (db, actor) => requestFeedPoll(db, actor, 1, async () => {}),
  },
];

/**
 * The session endpoints: sign-in is the one change an anonymous visitor may make (rate limited,
 * constant-time comparison); sign-out only clears the caller's own cookie.
 */
export const SESSION_ACTIONS = [
  { endpoint: 'signInAction', file: 'app/login/actions.ts' },
  { endpoint: 'signOutAction', file: 'app/login/actions.ts' },
] as const;
