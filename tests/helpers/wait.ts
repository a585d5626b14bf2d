// Polling for a condition with a deadline, for tests that wait on processes and servers they do
// not control (a supervisor's restart, a child's exit, a standby's replay).

/**
 * `f()`'s first truthy value, polled every `interval` ms; after `ms` an error naming `what`
 * (with the tail of `context()`, e.g. a child's output, when given).
 */
export async function until<T>(
  what: string,
  f: () => T | Promise<T>,
  ms = 30_000,
  opts: { interval?: number; context?: () => string } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v) return v as NonNullable<T>;
    if (Date.now() > deadline) {
      const context = opts.context?.().slice(-3000);
      throw new Error(`timed out waiting for ${what}${context ? `\n${context}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, opts.interval ?? 100));
  }
}
