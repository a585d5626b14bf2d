// A Writable that keeps every byte written to it, for reading back what an export wrote.
import { Writable } from 'node:stream';

export function collect(): { out: Writable; bytes: () => Buffer; text: () => string } {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(Buffer.from(chunk));
      cb();
    },
  });
  const bytes = () => Buffer.concat(chunks);
  return { out, bytes, text: () => bytes().toString('utf8') };
}
