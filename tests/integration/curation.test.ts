// Curation against a real Postgres with the sample corpus: every mutating endpoint refuses an
// anonymous caller, every kind of change leaves its audit row (and a refused change leaves
// none), curators' decisions survive `npm run analyze` and the registry load, and the
// comparison queries use the article's group and count reprints once.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError, type Actor } from '@/lib/auth/actor';
import { authConfig } from '@/lib/auth/config';
import { MUTATIONS, SESSION_ACTIONS } from '@/lib/auth/mutations';
import { checkSignIn } from '@/lib/auth/sign-in';
import { editArticle, markReprint, setStanceOverride } from '@/lib/curation/articles';
import { CurationError } from '@/lib/curation/errors';
import { addEventLink, removeEventLink } from '@/lib/curation/event-links';
import { createEvent, editEvent } from '@/lib/curation/events';
import { editPublisher, mergePublishers } from '@/lib/curation/publishers';
import { syncEventCatalog } from '@/lib/ingest/event-sync';
import { importFiles } from '@/lib/ingest/import-files';
import { reanalyzeAll } from '@/lib/ingest/reanalyze';
import { syncRegistry } from '@/lib/ingest/registry-sync';
import { stopProducerBoss } from '@/lib/jobs/boss';
import { listChanges, historyOf } from '@/lib/queries/changes';
import { eventGroupSummary, listEventCoverage } from '@/lib/queries/events';
import { countsByStance } from '@/lib/queries/overview';
import { sampleFiles } from '@/lib/server/sample-corpus';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { sessionCookie, text, TEST_ADMIN, useCurationEnv } from '../helpers/curation';

let db: TestDatabase;
const admin: Actor = { user: TEST_ADMIN.user };

beforeAll(async () => {
  db = await freshDatabase();
  useCurationEnv(db.url);
  await importFiles(db.prisma, sampleFiles(), { source: 'test' });
});
afterAll(async () => {
  await stopProducerBoss();
  await db?.drop();
});

const audit = (entityType: string, entityId: number) =>
  db.prisma.auditLog.findMany({ where: { entityType, entityId }, orderBy: { id: 'asc' } });
const groupCount = async (stance: string) => (await countsByStance()).find((r) => r.stance === stance)?.articles ?? 0;
const publisher = (slug: string) => db.prisma.publisher.findUniqueOrThrow({ where: { slug } });

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

describe('every mutating endpoint refuses an anonymous caller', () => {
  it.each(MUTATIONS.map((m) => [m.endpoint, m] as const))('%s → 401', async (_name, m) => {
    for (const actor of [null, undefined, { user: '' }]) {
      const err = await m.core(db.prisma, actor as Actor | null, {}).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AuthError);
      expect((err as AuthError).status).toBe(401);
    }
  });

  it('lists every server action and every non-GET route handler in app/', () => {
    const files = walk('app').map((f) => f.split(path.sep).join('/'));
    const listed = new Set([...MUTATIONS.map((m) => m.endpoint), ...SESSION_ACTIONS.map((s) => s.endpoint)]);
    const actions = files
      .filter((f) => /\.(ts|tsx)$/.test(f))
      .filter((f) => /^\s*['"]use server['"]/m.test(fs.readFileSync(f, 'utf8')))
      .flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)].map((m) => m[1]!));
    expect(actions.length).toBeGreaterThanOrEqual(MUTATIONS.filter((m) => m.kind === 'server-action').length);
    for (const a of actions) expect(listed.has(a), `server action ${a} is not in lib/auth/mutations.ts`).toBe(true);
    const routes = files
      .filter((f) => /\/route\.tsx?$/.test(f))
      .flatMap((f) => {
        const src = fs.readFileSync(f, 'utf8');
        const url = f.replace(/^app/, '').replace(/\/route\.tsx?$/, '') || '/';
        return [...src.matchAll(/export\s+(?:async\s+function|const|function)\s+(POST|PUT|PATCH|DELETE)\b/g)].map((m) => `${m[1]} ${url}`);
      });
    expect(routes).toContain('POST /import/uploads');
    for (const r of routes) expect(listed.has(r), `route handler ${r} is not in lib/auth/mutations.ts`).toBe(true);
  });
});

describe('the upload route handler', () => {
  const upload = async (headers: Record<string, string>) => {
    const { POST } = await import('@/app/import/uploads/route');
    const body = new FormData();
    body.append('files', new File(['Reuters | By A | March 3, 2022\n\nText about the 1988 executions.\n'], 'a.txt'));
    return POST(new Request('http://localhost:3000/import/uploads', { method: 'POST', headers: { host: 'localhost:3000', ...headers }, body }));
  };

  it('refuses a request without a session (401) and a cross-site one even with it (403)', async () => {
    expect((await upload({ origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' })).status).toBe(401);
    const cookie = await sessionCookie();
    expect((await upload({ cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await upload({ cookie })).status).toBe(403);
    expect((await upload({ cookie: await sessionCookie('someone-else'), origin: 'http://localhost:3000' })).status).toBe(401);
    const { GET } = await import('@/app/import/uploads/route');
    expect((await GET(new Request('http://localhost:3000/import/uploads'))).status).toBe(401);
    expect(await db.prisma.upload.count()).toBe(0);
  });

  it('stores the files and queues one job for a curator', async () => {
    const res = await upload({ cookie: await sessionCookie(), origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' });
    expect(res.status).toBe(202);
    const { uploadId, jobId } = (await res.json()) as { uploadId: number; jobId: string };
    const row = await db.prisma.upload.findUniqueOrThrow({ where: { id: uploadId }, include: { files: true } });
    expect(row).toMatchObject({ createdBy: 'admin', status: 'queued', jobId });
    expect(row.files.map((f) => [f.name, f.status])).toEqual([['a.txt', 'queued']]);
    const jobs = await db.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE id = ${jobId}::uuid`;
    expect(jobs[0]!.n).toBe(1);
    const { GET } = await import('@/app/import/uploads/route');
    const list = await GET(new Request('http://localhost:3000/import/uploads', { headers: { cookie: await sessionCookie() } }));
    expect(((await list.json()) as { uploads: { id: number }[] }).uploads.map((u) => u.id)).toContain(uploadId);
  });
});

describe('sign-in', () => {
  it('accepts the configured account, refuses others, and pauses after five failures per user and per IP', async () => {
    const cfg = authConfig();
    const ok = await checkSignIn(db.prisma, cfg, { username: 'admin', password: TEST_ADMIN.password, ip: '10.0.0.1' });
    expect(ok).toEqual({ ok: true, actor: { user: 'admin' } });
    for (let i = 0; i < 5; i++) {
      const r = await checkSignIn(db.prisma, cfg, { username: 'admin', password: `wrong-${i}`, ip: `10.0.1.${i}` });
      expect(r).toMatchObject({ ok: false, status: 401 });
    }
    // Per user: the right password from a fresh IP is refused now.
    expect(await checkSignIn(db.prisma, cfg, { username: 'admin', password: TEST_ADMIN.password, ip: '10.0.2.1' })).toMatchObject({ status: 429 });
    // Per IP: one address guessing different names is stopped too.
    for (let i = 0; i < 5; i++) await checkSignIn(db.prisma, cfg, { username: `user${i}`, password: 'x', ip: '10.0.3.1' });
    expect(await checkSignIn(db.prisma, cfg, { username: 'other', password: 'x', ip: '10.0.3.1' })).toMatchObject({ status: 429 });
    await db.prisma.loginAttempt.deleteMany({});
  });
});

describe('publishers', () => {
  it('changes a stance only with a new rationale, records it, and the comparison follows', async () => {
    const amnesty = await publisher('amnesty-international');
    const critical = await groupCount('critical');
    const mainstream = await groupCount('mainstream');
    // The same rationale for a new stance is refused, and nothing is written.
    await expect(
      editPublisher(db.prisma, admin, { id: amnesty.id, stance: 'critical', stanceRationale: amnesty.stanceRationale, kind: amnesty.kind, aliases: '', domains: '' }),
    ).rejects.toBeInstanceOf(CurationError);
    expect(await audit('publisher', amnesty.id)).toEqual([]);
    expect((await publisher('amnesty-international')).stance).toBe('mainstream');

    await editPublisher(db.prisma, admin, {
      id: amnesty.id,
      stance: 'critical',
      stanceRationale: 'Test re-rating: stands in for a curator’s reviewed decision.',
      kind: amnesty.kind,
      aliases: amnesty.aliases.join('\n'),
      domains: amnesty.domains.join('\n'),
      reason: 'Testing the trail',
    });
    const after = await publisher('amnesty-international');
    expect(after).toMatchObject({ stance: 'critical' });
    expect(after.curatedAt).not.toBeNull();
    expect(after.stanceChangedAt.getTime()).toBeGreaterThan(amnesty.stanceChangedAt.getTime());
    const rows = await audit('publisher', amnesty.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor: 'admin',
      action: 'change-stance',
      entityLabel: 'Amnesty International',
      before: { stance: 'mainstream', stanceRationale: amnesty.stanceRationale },
      after: { stance: 'critical', stanceRationale: 'Test re-rating: stands in for a curator’s reviewed decision.' },
      reason: 'Testing the trail',
    });
    expect(await groupCount('critical')).toBe(critical + 2);
    expect(await groupCount('mainstream')).toBe(mainstream - 2);
    expect((await historyOf('publisher', amnesty.id))[0]).toMatchObject({ action: 'change-stance', href: '/publishers/amnesty-international' });
    expect((await listChanges({ type: 'publisher' }, { offset: 0, limit: 10, desc: true })).total).toBe(1);

    // The registry file no longer overwrites a curated row.
    await syncRegistry(db.prisma);
    expect((await publisher('amnesty-international')).stance).toBe('critical');
  });

  it('edits aliases and domains, refusing one that names another outlet', async () => {
    const reuters = await publisher('reuters');
    await expect(
      editPublisher(db.prisma, admin, { id: reuters.id, stance: reuters.stance, stanceRationale: reuters.stanceRationale, kind: reuters.kind, aliases: 'Amnesty International', domains: '' }),
    ).rejects.toThrow(/already names Amnesty International/);
    await editPublisher(db.prisma, admin, {
      id: reuters.id,
      stance: reuters.stance,
      stanceRationale: reuters.stanceRationale,
      kind: 'news_outlet',
      aliases: [...reuters.aliases, 'Reuters Wire Test'].join('\n'),
      domains: [...reuters.domains, 'https://www.reuters-test.example/x'].join('\n'),
    });
    const after = await publisher('reuters');
    expect(after.aliases).toContain('Reuters Wire Test');
    expect(after.domains).toContain('reuters-test.example');
    const [row] = await audit('publisher', reuters.id);
    expect(row).toMatchObject({ action: 'edit', after: { aliases: expect.arrayContaining(['Reuters Wire Test']) } });
    expect(row!.before).not.toHaveProperty('stance');
  });

  it('merges a duplicate: articles (as publisher and via) move, the duplicate goes, and imports follow', async () => {
    await importFiles(db.prisma, [text('dup.txt', 'Amnesty Intl | By Test | March 3, 2022\n\nAmnesty said the 1988 executions remain a crime against humanity.\n')], { source: 'test' });
    const dup = await publisher('amnesty-intl');
    const target = await publisher('amnesty-international');
    const dupArticles = await db.prisma.article.count({ where: { publisherId: dup.id } });
    expect(dupArticles).toBe(1);
    const hosted = await db.prisma.article.findFirstOrThrow({ where: { publisherId: { not: target.id } } });
    await db.prisma.article.update({ where: { id: hosted.id }, data: { viaId: dup.id } });
    const before = await db.prisma.article.count({ where: { publisherId: target.id } });

    await expect(mergePublishers(db.prisma, admin, { sourceId: dup.id, targetId: target.id })).rejects.toThrow(/reason/);
    const r = await mergePublishers(db.prisma, admin, { sourceId: dup.id, targetId: target.id, reason: 'Same outlet, misspelt' });
    expect(r).toMatchObject({ slug: 'amnesty-international', articlesMoved: 1, hostedMoved: 1 });
    expect(await db.prisma.publisher.findUnique({ where: { slug: 'amnesty-intl' } })).toBeNull();
    expect(await db.prisma.article.count({ where: { publisherId: target.id } })).toBe(before + 1);
    expect((await db.prisma.article.findUniqueOrThrow({ where: { id: hosted.id } })).viaId).toBe(target.id);
    expect((await publisher('amnesty-international')).aliases).toContain('Amnesty Intl');
    expect(await audit('publisher', target.id)).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'merge', reason: 'Same outlet, misspelt' })]));
    expect(await audit('publisher', dup.id)).toMatchObject([{ action: 'merged-into', before: { slug: 'amnesty-intl' } }]);

    const again = await importFiles(db.prisma, [text('dup2.txt', 'Amnesty Intl | By Test | April 4, 2022\n\nA second statement on the Stockholm trial and the death commissions.\n')], { source: 'test' });
    expect(again.totals.new).toBe(1);
    expect(await db.prisma.publisher.findUnique({ where: { slug: 'amnesty-intl' } })).toBeNull();
    expect(await db.prisma.article.count({ where: { publisherId: target.id } })).toBe(before + 2);
  });

  it('does not recreate a registry outlet merged into another when the registry loads again', async () => {
    const idle = await db.prisma.publisher.findMany({ where: { inRegistry: true, articles: { none: {} }, viaArticles: { none: {} } }, orderBy: { id: 'asc' }, take: 2 });
    expect(idle).toHaveLength(2);
    await mergePublishers(db.prisma, admin, { sourceId: idle[0]!.id, targetId: idle[1]!.id, reason: 'Registry duplicate' });
    await syncRegistry(db.prisma);
    expect(await db.prisma.publisher.findUnique({ where: { slug: idle[0]!.slug } })).toBeNull();
  });
});

describe('articles', () => {
  it('corrects metadata, recomputes the analysis, and records before → after', async () => {
    const a = await db.prisma.article.findFirstOrThrow({ where: { publishedAt: { not: null } }, include: { publisher: true, analysis: true } });
    const analysedBefore = a.analysis!.analysedAt;
    await editArticle(db.prisma, admin, {
      id: a.id,
      title: `${a.title} (corrected)`,
      publishedAt: '2020-05-17',
      datePrecision: 'month',
      author: 'A. Curator',
      publisher: a.publisher.slug,
      via: '',
      reason: 'Title and date from the original page',
    });
    const b = await db.prisma.article.findUniqueOrThrow({ where: { id: a.id }, include: { analysis: true } });
    expect(b.title).toBe(`${a.title} (corrected)`);
    expect(b.publishedAt?.toISOString().slice(0, 10)).toBe('2020-05-01');
    expect(b.datePrecision).toBe('month');
    expect(b.contentHash).toBe(a.contentHash);
    expect(b.analysis!.analysedAt.getTime()).toBeGreaterThan(analysedBefore.getTime());
    const [row] = await audit('article', a.id);
    expect(row).toMatchObject({ action: 'edit', after: { title: `${a.title} (corrected)`, publishedAt: '2020-05-01', datePrecision: 'month', author: 'A. Curator' } });
    await expect(editArticle(db.prisma, admin, { id: a.id, title: 'x', publishedAt: '', datePrecision: 'day', publisher: a.publisher.slug })).rejects.toThrow(/precision/);
  });

  it('overrides one article’s group with a reason, and the group counts follow', async () => {
    const inu = await db.prisma.article.findFirstOrThrow({ where: { publisher: { slug: 'iran-news-update' } } });
    const advocacy = await groupCount('advocacy');
    const unrated = await groupCount('unrated');
    await expect(setStanceOverride(db.prisma, admin, { id: inu.id, stance: 'unrated' })).rejects.toThrow(/reason/);
    await setStanceOverride(db.prisma, admin, { id: inu.id, stance: 'unrated', reason: 'A wire story the site only reposted' });
    expect(await groupCount('advocacy')).toBe(advocacy - 1);
    expect(await groupCount('unrated')).toBe(unrated + 1);
    expect(await audit('article', inu.id)).toMatchObject([
      { action: 'override-stance', before: { stanceOverride: null }, after: { stanceOverride: 'unrated', stanceOverrideReason: 'A wire story the site only reposted' } },
    ]);
    await setStanceOverride(db.prisma, admin, { id: inu.id, stance: '' });
    expect(await groupCount('advocacy')).toBe(advocacy);
    expect((await audit('article', inu.id)).map((r) => r.action)).toEqual(['override-stance', 'clear-override']);
  });

  it('counts a reprint once in the event comparison', async () => {
    const event = await db.prisma.event.findUniqueOrThrow({ where: { slug: '1988-massacre' } });
    const linked = await db.prisma.articleEvent.findMany({ where: { eventId: event.id }, orderBy: { articleId: 'asc' } });
    expect(linked.length).toBeGreaterThanOrEqual(2);
    const coverage = async () => (await listEventCoverage()).find((e) => e.slug === '1988-massacre')!.articles;
    const summed = async () => (await eventGroupSummary(event.id)).reduce((n, g) => n + g.articles, 0);
    const [n0, s0] = [await coverage(), await summed()];
    const [original, copy] = [linked[0]!.articleId, linked[1]!.articleId];
    await markReprint(db.prisma, admin, { id: copy, originalId: original, reason: 'Same text, republished' });
    expect(await coverage()).toBe(n0 - 1);
    expect(await summed()).toBe(s0 - 1);
    expect(await audit('article', copy)).toMatchObject([{ action: 'mark-reprint', before: { reprintOfId: null }, after: { reprintOfId: original } }]);
    await expect(markReprint(db.prisma, admin, { id: original, originalId: copy })).rejects.toThrow(/itself/);
    await markReprint(db.prisma, admin, { id: copy, originalId: '' });
    expect(await coverage()).toBe(n0);
  });
});

describe('event links', () => {
  it('a removed automatic link and a manual link both survive npm run analyze', async () => {
    const claimed = await db.prisma.$queryRaw<{ articleId: number; eventId: number; slug: string }[]>`
      SELECT ae.article_id AS "articleId", ae.event_id AS "eventId", e.slug FROM article_events ae JOIN events e ON e.id = ae.event_id
      WHERE ae.method = 'cue' AND EXISTS (SELECT 1 FROM claims c WHERE c.article_id = ae.article_id AND c.event_id = ae.event_id)
      ORDER BY ae.article_id LIMIT 1`;
    const { articleId, eventId, slug } = claimed[0]!;
    const other = await db.prisma.event.findFirstOrThrow({ where: { articles: { none: { articleId } }, origin: 'catalog' }, orderBy: { id: 'asc' } });

    await removeEventLink(db.prisma, admin, { articleId, event: slug, reason: 'Mentions the year only' });
    await addEventLink(db.prisma, admin, { articleId, event: other.slug, role: 'mention', reason: 'Background paragraph' });
    expect(await db.prisma.claim.count({ where: { articleId, eventId } })).toBe(0);

    await reanalyzeAll(db.prisma);
    const links = await db.prisma.articleEvent.findMany({ where: { articleId } });
    expect(links.find((l) => l.eventId === eventId)).toBeUndefined();
    expect(links.find((l) => l.eventId === other.id)).toMatchObject({ method: 'manual', role: 'mention' });
    expect(await db.prisma.claim.count({ where: { articleId, eventId } })).toBe(0);
    expect(await db.prisma.articleEventOverride.findMany({ where: { articleId } })).toMatchObject([{ eventId, action: 'suppress' }]);
    expect((await audit('article', articleId)).map((r) => r.action)).toEqual(expect.arrayContaining(['unlink-event', 'link-event']));

    // Linking it again by hand lifts the suppression and wins over the matcher.
    await addEventLink(db.prisma, admin, { articleId, event: slug });
    await reanalyzeAll(db.prisma);
    expect(await db.prisma.articleEvent.findUnique({ where: { articleId_eventId: { articleId, eventId } } })).toMatchObject({ method: 'manual' });
    expect(await db.prisma.articleEventOverride.count({ where: { articleId } })).toBe(0);
  });
});

describe('events', () => {
  it('creates a user event matched with its own cues, now, after re-analysis and on import', async () => {
    const r = await createEvent(db.prisma, admin, {
      name: 'Test: statements by Morgan Ortagus',
      period: '2019–2020',
      dateStart: '',
      dateEnd: '',
      description: 'Statements by the US State Department spokesperson Morgan Ortagus about Iran, used here to test user events.',
      strong: 'Ortagus',
      support: '',
      minSupport: '2',
      reason: 'Testing',
    });
    expect(r.linked).toBeGreaterThanOrEqual(1);
    const event = await db.prisma.event.findUniqueOrThrow({ where: { slug: r.slug } });
    expect(event.origin).toBe('user');
    const linkedNow = await db.prisma.articleEvent.count({ where: { eventId: event.id } });
    expect(linkedNow).toBe(r.linked);
    expect(await audit('event', event.id)).toMatchObject([{ action: 'create', after: { linkedByCues: r.linked } }]);

    await reanalyzeAll(db.prisma);
    expect(await db.prisma.articleEvent.count({ where: { eventId: event.id } })).toBe(linkedNow);
    await importFiles(db.prisma, [text('ortagus.txt', 'Reuters | By Test | May 5, 2020\n\nMorgan Ortagus told reporters the sanctions would stay.\n')], { source: 'test' });
    expect(await db.prisma.articleEvent.count({ where: { eventId: event.id } })).toBe(linkedNow + 1);

    const edited = await editEvent(db.prisma, admin, { id: event.id, description: event.description, strong: 'Zzyzx-no-such-word', support: '', minSupport: 2, reason: 'Narrow it' });
    expect(edited.relinked).toBe(0);
    expect(await db.prisma.articleEvent.count({ where: { eventId: event.id } })).toBe(0);
    expect((await audit('event', event.id)).map((a) => a.action)).toEqual(['create', 'edit']);
  });

  it('edits a catalog event’s description only, and the catalog load keeps it', async () => {
    const e = await db.prisma.event.findUniqueOrThrow({ where: { slug: '1988-massacre' } });
    await expect(editEvent(db.prisma, admin, { id: e.id, description: e.description, strong: 'something' })).rejects.toThrow(/data\/events.json/);
    const description = `${e.description} (Curator note: test edit.)`;
    await editEvent(db.prisma, admin, { id: e.id, description, reason: 'Clarify' });
    await syncEventCatalog(db.prisma);
    expect((await db.prisma.event.findUniqueOrThrow({ where: { id: e.id } })).description).toBe(description);
    expect(await audit('event', e.id)).toMatchObject([{ action: 'edit', before: { description: e.description }, after: { description } }]);
  });

  it('promotes a candidate cluster to an event with its articles linked by hand', async () => {
    const ids = (await db.prisma.article.findMany({ select: { id: true }, orderBy: { id: 'desc' }, take: 2 })).map((a) => a.id);
    const candidate = await db.prisma.eventCandidate.create({ data: { label: 'sanctions statements', topTerms: ['sanctions'], articleIds: ids, cohesion: 0.5 } });
    const r = await createEvent(db.prisma, admin, {
      candidateId: candidate.id,
      name: 'Test: promoted cluster',
      period: '2020',
      description: 'A cluster of articles the catalog does not cover, promoted to an event to test promotion.',
      strong: '',
      support: '',
    });
    const event = await db.prisma.event.findUniqueOrThrow({ where: { slug: r.slug } });
    const links = await db.prisma.articleEvent.findMany({ where: { eventId: event.id } });
    expect(links.map((l) => l.articleId).sort()).toEqual([...ids].sort());
    expect(links.every((l) => l.method === 'manual')).toBe(true);
    expect(await db.prisma.eventCandidate.findUnique({ where: { id: candidate.id } })).toBeNull();
    expect(await audit('event', event.id)).toMatchObject([{ action: 'promote', before: { candidate: { label: 'sanctions statements' } } }]);
    await reanalyzeAll(db.prisma);
    expect(await db.prisma.articleEvent.count({ where: { eventId: event.id } })).toBe(2);
  });
});

describe('the trail', () => {
  it('holds one row per change, filterable by entity type, newest first', async () => {
    const all = await listChanges({ type: null }, { offset: 0, limit: 100, desc: true });
    expect(all.total).toBe(await db.prisma.auditLog.count());
    const types = new Set(all.rows.map((r) => r.entityType));
    expect(types).toEqual(new Set(['publisher', 'article', 'event']));
    const articles = await listChanges({ type: 'article' }, { offset: 0, limit: 100, desc: true });
    expect(articles.rows.every((r) => r.entityType === 'article')).toBe(true);
    expect(all.rows.map((r) => r.at)).toEqual([...all.rows.map((r) => r.at)].sort().reverse());
  });
});
