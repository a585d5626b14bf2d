// Who is making a change. Every curation function takes the actor as an argument and checks it
// first (assertAdmin), so the check lives with the change itself, not only in the UI or route.
export interface Actor {
  user: string;
}

export class AuthError extends Error {
  constructor(
    readonly status: 401 | 403,
    message = status === 401 ? 'Sign in as a curator to make changes.' : 'This request is not allowed.',
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

export function assertAdmin(actor: Actor | null | undefined): Actor {
  if (!actor || typeof actor.user !== 'string' || actor.user.length === 0) throw new AuthError(401);
  return actor;
}
