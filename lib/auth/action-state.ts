/** What every curation server action returns to its form. */
export type ActionState = { ok: boolean; message: string } | null;
