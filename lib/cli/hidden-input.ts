// Reading a secret from a terminal without showing it: the terminal goes into raw mode (no echo,
// no line editing by the terminal), keys are read one by one and edited here, and raw mode is
// switched off again however the prompt ends. Public Node APIs only (tty.ReadStream#setRawMode).

export type LineEdit = { value: string; state: 'typing' | 'done' | 'cancelled' };

const ESCAPE_SEQUENCE = /^\x1b(?:\[[0-9;?]*[ -/]*[@-~]|O.|.)?/;

/**
 * Applies a chunk of raw terminal input to the line typed so far. Enter ends the line; Ctrl-C
 * cancels; Ctrl-D ends an empty line as cancelled; Backspace removes one character, Ctrl-U the
 * whole line; arrow keys and other escape sequences and control characters are ignored.
 */
export function editLine(typed: string, chunk: string): LineEdit {
  let value = typed;
  let rest = chunk;
  while (rest.length > 0) {
    if (rest[0] === '\x1b') {
      rest = rest.slice(ESCAPE_SEQUENCE.exec(rest)![0].length || 1);
      continue;
    }
    const ch = String.fromCodePoint(rest.codePointAt(0)!);
    rest = rest.slice(ch.length);
    if (ch === '\r' || ch === '\n') return { value, state: 'done' };
    if (ch === '\x03') return { value: '', state: 'cancelled' };
    if (ch === '\x04') {
      if (value === '') return { value, state: 'cancelled' };
      continue;
    }
    if (ch === '\x7f' || ch === '\b') {
      value = Array.from(value).slice(0, -1).join('');
      continue;
    }
    if (ch === '\x15') {
      value = '';
      continue;
    }
    if (ch < ' ') continue;
    value += ch;
  }
  return { value, state: 'typing' };
}

export class PromptCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** Prompts on `output` and reads one line from the terminal `input` without echoing it. */
export function readHiddenLine(prompt: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WritableStream = process.stderr): Promise<string> {
  if (!input.isTTY || typeof input.setRawMode !== 'function') return Promise.reject(new Error('standard input is not a terminal'));
  return new Promise((resolve, reject) => {
    let typed = '';
    const wasRaw = input.isRaw;
    // Raw mode first: a key pressed as soon as the prompt shows must not be echoed.
    input.setRawMode(true);
    input.setEncoding('utf8');
    output.write(prompt);
    const finish = (err: Error | null) => {
      input.off('data', onData);
      input.off('end', onEnd);
      input.setRawMode(wasRaw);
      input.pause();
      output.write('\n');
      if (err) reject(err);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      const r = editLine(typed, chunk);
      typed = r.value;
      if (r.state === 'done') finish(null);
      else if (r.state === 'cancelled') finish(new PromptCancelled());
    };
    const onEnd = () => finish(new PromptCancelled());
    input.on('data', onData);
    input.once('end', onEnd);
    input.resume();
  });
}
