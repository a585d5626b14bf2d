// How a poll's status reads on /feeds and a feed's page (a plain module: the feeds table is a
// client component, whose exports a server page cannot read as values).
export const POLL_LABEL: Record<string, string> = { ok: 'read', 'not-modified': 'not modified', failed: 'failed' };
