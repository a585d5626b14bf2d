// COPY FROM STDIN / TO STDOUT over node-postgres without pg-copy-streams (not a dependency):
// node-postgres runs any object with a submit(connection) method as a query and hands it the
// protocol messages, which is all COPY needs. Plus the text-format encoding COPY reads.
import { once } from 'node:events';
import type pg from 'pg';

// The parts of pg's internal Connection these two submittables use (stable since pg 7).
interface PgConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: NodeJS.ReadableStream & NodeJS.WritableStream & { writableNeedDrain?: boolean; pause(): void; resume(): void };
}

abstract class Submittable {
  callback?: (err: Error | null, result?: unknown) => void;
  protected error: Error | null = null;
  protected rowCount = 0;
  constructor(
    readonly text: string,
    private readonly settle: (err: Error | null, rows: number) => void,
  ) {}
  submit(connection: PgConnection): void {
    connection.query(this.text);
  }
  handleCommandComplete(msg: { text?: string }): void {
    const n = Number(/(\d+)$/.exec(msg.text ?? '')?.[1]);
    if (Number.isFinite(n)) this.rowCount = n;
  }
  private settled = false;
  handleReadyForQuery(): void {
    this.finish(this.error, this.rowCount);
  }
  // pg stops routing messages to a query after its error (no ReadyForQuery follows here).
  handleError(err: Error): void {
    this.error = err;
    this.finish(err, 0);
  }
  private finish(err: Error | null, rows: number): void {
    if (this.settled) return;
    this.settled = true;
    this.settle(err, rows);
  }
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handlePortalSuspended(): void {}
  handleEmptyQuery(): void {}
  handleCopyInResponse(_connection: PgConnection): void {}
  handleCopyData(_msg: { chunk: Buffer }, _connection: PgConnection): void {}
}

class CopyFrom extends Submittable {
  constructor(
    text: string,
    private readonly source: Iterable<string | Buffer> | AsyncIterable<string | Buffer>,
    settle: (err: Error | null, rows: number) => void,
  ) {
    super(text, settle);
  }
  override handleCopyInResponse(connection: PgConnection): void {
    void (async () => {
      try {
        for await (const chunk of this.source) {
          // After an ErrorResponse the server discards data until CopyDone, then says ReadyForQuery.
          if (this.error) break;
          connection.sendCopyFromChunk(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
          if (connection.stream.writableNeedDrain) await once(connection.stream, 'drain');
        }
        connection.endCopyFrom();
      } catch (err) {
        connection.sendCopyFail(String((err as Error)?.message ?? err));
      }
    })();
  }
}

class CopyTo extends Submittable {
  constructor(
    text: string,
    private readonly sink: (chunk: Buffer) => boolean | void,
    private readonly drained: () => Promise<void>,
    settle: (err: Error | null, rows: number) => void,
  ) {
    super(text, settle);
  }
  private paused = false;
  private connection: PgConnection | null = null;
  override handleReadyForQuery(): void {
    // The sink may never drain now (its owner ends it instead): the client must read again.
    if (this.paused) {
      this.paused = false;
      this.connection?.stream.resume();
    }
    super.handleReadyForQuery();
  }
  override handleCopyData(msg: { chunk: Buffer }, connection: PgConnection): void {
    this.connection = connection;
    // Messages already read from the socket still arrive while paused; they just queue in the sink.
    if (this.sink(msg.chunk) === false && !this.paused) {
      // The sink is full: stop reading the socket until it drains.
      this.paused = true;
      connection.stream.pause();
      void this.drained().then(() => {
        if (!this.paused) return;
        this.paused = false;
        connection.stream.resume();
      });
    }
  }
}

/** Runs `COPY table (cols) FROM STDIN` with the chunks (COPY text format); resolves to the rows copied. */
export function copyFrom(client: pg.Client | pg.PoolClient, sql: string, source: Iterable<string | Buffer> | AsyncIterable<string | Buffer>): Promise<number> {
  return new Promise((resolve, reject) => {
    client.query(new CopyFrom(sql, source, (err, n) => (err ? reject(err) : resolve(n))) as unknown as pg.QueryConfig);
  });
}

/** Runs `COPY (…) TO STDOUT`, writing every chunk to the stream; resolves to the rows copied. */
export function copyTo(client: pg.Client | pg.PoolClient, sql: string, out: NodeJS.WritableStream): Promise<number> {
  return new Promise((resolve, reject) => {
    client.query(
      new CopyTo(
        sql,
        // The parser reuses its buffer; the stream writes later.
        (chunk) => out.write(Buffer.from(chunk)),
        () => once(out, 'drain').then(() => {}),
        (err, n) => (err ? reject(err) : resolve(n)),
      ) as unknown as pg.QueryConfig,
    );
  });
}

// ---- COPY text format ---------------------------------------------------------------------

export type CopyValue = string | number | boolean | null | undefined | Date | readonly number[] | readonly string[];

function escapeText(s: string): string {
  // Backslash first; then the characters that would end a field or a row.
  // eslint-disable-next-line no-control-regex
  return /[\\\n\r\t]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t') : s;
}

function arrayLiteral(items: readonly (string | number)[]): string {
  return `{${items.map((v) => (typeof v === 'number' ? String(v) : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}

/** One value in COPY text format: \N for NULL, arrays of numbers or strings as Postgres array literals. JSON columns take JSON.stringify'd strings. */
export function copyField(v: CopyValue): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'string') return escapeText(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`COPY: ${v} is not a finite number`);
    return String(v);
  }
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (v instanceof Date) return v.toISOString();
  return escapeText(arrayLiteral(v));
}

/** One row (tab-separated fields, newline-terminated). */
export function copyRow(values: readonly CopyValue[]): string {
  let out = '';
  for (let i = 0; i < values.length; i++) out += (i ? '\t' : '') + copyField(values[i]);
  return out + '\n';
}
