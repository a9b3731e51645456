/**
 * Every way a source can fail, as a value. "The API failed" and "there is no data" must look different on screen,
 * so emptiness is a kind of its own and never a silent empty array.
 */
export type SourceErrorKind = "http" | "rate-limited" | "timeout" | "malformed" | "schema-drift" | "empty" | "offline";

export interface SourceErrorInit {
  kind: SourceErrorKind;
  sourceId: string;
  sourceName: string;
  url: string;
  status?: number;
  retryAfterMs?: number;
  /** Short technical detail: the zod path that failed, the status text, the parser's message. */
  detail?: string;
}

export class SourceError extends Error {
  readonly kind: SourceErrorKind;
  readonly sourceId: string;
  readonly sourceName: string;
  readonly url: string;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly detail: string | undefined;

  constructor(init: SourceErrorInit) {
    super(describeSourceError(init));
    this.name = "SourceError";
    this.kind = init.kind;
    this.sourceId = init.sourceId;
    this.sourceName = init.sourceName;
    this.url = init.url;
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
    this.detail = init.detail;
  }

  /** Schema drift and missing files will not fix themselves on a retry; everything else might. */
  get retryable(): boolean {
    return this.kind !== "schema-drift" && this.kind !== "empty" && this.status !== 404;
  }
}

/** One sentence an analyst can act on, naming the source. */
export function describeSourceError(e: Pick<SourceErrorInit, "kind" | "sourceName" | "status" | "retryAfterMs">): string {
  switch (e.kind) {
    case "http":
      return `${e.sourceName} answered with HTTP ${e.status ?? "error"}.`;
    case "rate-limited": {
      const s = e.retryAfterMs === undefined ? undefined : Math.ceil(e.retryAfterMs / 1000);
      return s === undefined
        ? `${e.sourceName} is rate limiting requests.`
        : `${e.sourceName} is rate limiting requests; it asks us to wait ${s} s.`;
    }
    case "timeout":
      return `${e.sourceName} did not answer in time.`;
    case "malformed":
      return `The data from ${e.sourceName} could not be read (malformed response).`;
    case "schema-drift":
      return `The data from ${e.sourceName} changed shape and was rejected.`;
    case "empty":
      return `${e.sourceName} returned no data for this request.`;
    case "offline":
      return `${e.sourceName} could not be reached (network unavailable).`;
  }
}

export function isSourceError(e: unknown): e is SourceError {
  return e instanceof SourceError;
}

/**
 * Every provider of a chain failed (CoinGecko, then DefiLlama): the message names each failure in order, and it is
 * worth retrying only while every failure may heal by itself. When the last resort's failure is final (a 404, schema
 * drift, no data), a retry would end in the same answer.
 */
export class SourceErrors extends Error {
  readonly errors: readonly SourceError[];

  constructor(errors: readonly SourceError[]) {
    super(errors.map((e) => e.message).join(" "));
    this.name = "SourceErrors";
    this.errors = errors;
  }

  get retryable(): boolean {
    return this.errors.every((e) => e.retryable);
  }

  get detail(): string | undefined {
    const details = this.errors.flatMap((e) => (e.detail ? [`${e.sourceName}: ${e.detail}`] : []));
    return details.length > 0 ? details.join("; ") : undefined;
  }
}
