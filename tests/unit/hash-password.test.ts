// `npm run hash-password` reads the password without echoing it. The key handling is a pure
// function (editLine); the whole command runs in a real pseudo-terminal (util-linux `script`,
// part of every Debian system) and is typed at like a person would: nothing typed appears on
// the screen, Backspace edits, the printed hash verifies, and Ctrl-C cancels with exit 130.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { editLine } from '@/lib/cli/hidden-input';

const root = path.resolve(__dirname, '../..');

describe('editLine', () => {
  it.each([
    ['plain keys, then Enter', '', 'abc\r', { value: 'abc', state: 'done' }],
    ['a pasted line with a newline', '', 'pass word\n', { value: 'pass word', state: 'done' }],
    ['Backspace (DEL and ^H)', 'abc', '\x7f\x08d', { value: 'ad', state: 'typing' }],
    ['Backspace removes a whole non-BMP character', 'a😀', '\x7f', { value: 'a', state: 'typing' }],
    ['Ctrl-U clears', 'secret', '\x15new', { value: 'new', state: 'typing' }],
    ['arrow keys and other escape sequences are ignored', 'ab', '\x1b[D\x1b[1;5Cc\x1bOA', { value: 'abc', state: 'typing' }],
    ['other control characters are ignored', '', 'a\tb\x01', { value: 'ab', state: 'typing' }],
    ['Ctrl-C cancels and forgets', 'secret', '\x03', { value: '', state: 'cancelled' }],
    ['Ctrl-D cancels an empty line', '', '\x04', { value: '', state: 'cancelled' }],
    ['Ctrl-D is ignored after typing', 'ab', '\x04c', { value: 'abc', state: 'typing' }],
    ['non-ASCII is kept', '', 'pässwörd ✓\r', { value: 'pässwörd ✓', state: 'done' }],
  ])('%s', (_name, typed, chunk, expected) => {
    expect(editLine(typed, chunk)).toEqual(expected);
  });
});

interface Session {
  type(keys: string): void;
  screen(): string;
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  exit: Promise<number | null>;
}

/** The command in a pseudo-terminal: what it prints is what a person would see. */
function inTerminal(): Session {
  const cmd = `${JSON.stringify(process.execPath)} --import tsx scripts/hash-password.ts`;
  const child = spawn('script', ['--quiet', '--return', '--flush', '--command', cmd, '/dev/null'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (out += d.toString('utf8')));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    type: (keys) => child.stdin.write(keys),
    screen: () => out,
    exit: exit.finally(() => child.stdin.end()),
    async waitFor(text, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (!(typeof text === 'string' ? out.includes(text) : text.test(out))) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${text}; screen:\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

describe('npm run hash-password in a terminal', () => {
  it('needs util-linux script for a pseudo-terminal', () => {
    expect(spawnSync('script', ['--version'], { encoding: 'utf8' }).status).toBe(0);
  });

  it('does not echo the password, lets Backspace edit it, and prints a hash of what was typed', async () => {
    const t = inTerminal();
    await t.waitFor('Password (not shown): ');
    // Typed in bursts, with a typo corrected, as a person would.
    for (const keys of ['correct ', 'horsf', '\x7f', 'e bat', 'tery\r']) {
      t.type(keys);
      await new Promise((r) => setTimeout(r, 30));
    }
    await t.waitFor(/scrypt\$\S+/);
    expect(await t.exit).toBe(0);
    const screen = t.screen();
    for (const piece of ['correct', 'horse', 'horsf', 'battery', 'bat']) expect(screen).not.toContain(piece);
    const hash = /scrypt\$\S+/.exec(screen)![0];
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horsf battery', hash)).toBe(false);
  }, 60_000);

  it('Ctrl-C cancels: exit 130, no hash', async () => {
    const t = inTerminal();
    await t.waitFor('Password (not shown): ');
    t.type('half a pass');
    await new Promise((r) => setTimeout(r, 50));
    t.type('\x03');
    expect(await t.exit).toBe(130);
    expect(t.screen()).not.toMatch(/scrypt\$|half a pass/);
  }, 60_000);

  it('reads a piped password without a prompt', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/hash-password.ts'], { cwd: root, input: 'piped secret 123\n', encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^scrypt\$/);
    expect(r.stderr).not.toContain('Password');
  });
});
