// The session cookie's name on its own (no iron-session, no configuration), for lib/db's read
// routing, which sends a signed-in curator's requests to the primary (docs/adr/0009-read-replica.md).
export const SESSION_COOKIE = 'stance_lens_session';
