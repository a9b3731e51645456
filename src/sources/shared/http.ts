import type { z } from "@/content/zod";
import { parseJson, parseWith } from "./parse";
import { type Result, fail, ok } from "./result";
import { SourceError } from "./source-error";

export interface SourceRef {
  sourceId: string;
  sourceName: string;
}

export interface FetchTextOptions {
  /** Abort after this many milliseconds (default 15 s). */
  timeoutMs?: number;
  /** TanStack Query's signal, so an unmounted panel cancels its request. */
  signal?: AbortSignal | undefined;
  accept?: string;
  /** Extra request headers (an API key the user entered, for instance). */
  headers?: Record<string, string>;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Parses Retry-After, which may be delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Returns milliseconds from `nowMs`, or undefined when absent or unreadable.
 */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/**
 * Gives the browser the turn before a request starts, where it can (Chromium's scheduler.yield): a view that mounts
 * asks for a dozen series in one go, and starting every fetch in the same task made one long task of it (some 30 ms on
 * a laptop). Each request then starts in a task of its own. Elsewhere (jsdom, older browsers) it does nothing.
 */
function yieldBeforeRequest(): Promise<void> | undefined {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === "function" ? scheduler.yield() : undefined;
}

/** GET a text body with a timeout; every failure becomes a typed SourceError value, never a throw. */
export async function fetchText(source: SourceRef, url: string, options: FetchTextOptions = {}): Promise<Result<string>> {
  await yieldBeforeRequest();
  if (options.signal?.aborted) throw options.signal.reason ?? new DOMException("Aborted", "AbortError");
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = () => controller.abort();
  options.signal?.addEventListener("abort", onOuterAbort, { once: true });
  const base = { ...source, url };
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      headers: { accept: options.accept ?? "*/*", ...options.headers },
    });
    if (response.status === 429) {
      const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), Date.now());
      return fail(new SourceError({ ...base, kind: "rate-limited", status: 429, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) }));
    }
    if (!response.ok) {
      return fail(new SourceError({ ...base, kind: "http", status: response.status, detail: response.statusText }));
    }
    const body = await response.text();
    if (body.trim() === "") return fail(new SourceError({ ...base, kind: "empty", detail: "empty body" }));
    return ok(body);
  } catch (error) {
    if (timedOut) return fail(new SourceError({ ...base, kind: "timeout", detail: `no answer within ${timeoutMs} ms` }));
    if (options.signal?.aborted) throw error; // cancelled by the caller: let TanStack Query see the abort
    return fail(new SourceError({ ...base, kind: "offline", detail: error instanceof Error ? error.message : String(error) }));
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onOuterAbort);
  }
}

/** GET JSON, parse it and validate it with `schema`: one call for every JSON source. */
export async function fetchJson<S extends z.ZodMiniType>(
  source: SourceRef,
  url: string,
  schema: S,
  options: FetchTextOptions = {},
): Promise<Result<z.output<S>>> {
  const text = await fetchText(source, url, { ...options, accept: "application/json" });
  if (!text.ok) return text;
  const json = parseJson(text.data, source, url);
  if (!json.ok) return json;
  return parseWith(schema, json.data, source, url);
}
