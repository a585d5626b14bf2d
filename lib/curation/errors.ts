// A change that cannot be made as asked (bad input, missing reason, unknown target): the
// message is shown to the curator as is.
export class CurationError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 = 400,
  ) {
    super(message);
    this.name = 'CurationError';
  }
}

/** zod issues → one readable sentence. */
export function describeIssues(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message)).join('; ');
}
