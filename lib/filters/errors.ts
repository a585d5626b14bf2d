// A request the read layer cannot serve as asked. The URL schemas (lib/filters), the queries'
// cursors (lib/queries/keyset.ts) and the export routes throw them; the one error-response
// helper (lib/http/respond.ts) turns them into 400 and 404.

/** A bad or missing query parameter: HTTP 400. */
export class DatasetParamError extends Error {
  constructor(
    message: string,
    readonly param: string,
  ) {
    super(message);
    this.name = 'DatasetParamError';
  }
}

/** The filters name something that does not exist (an unknown event): HTTP 404. */
export class DatasetNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetNotFoundError';
  }
}
