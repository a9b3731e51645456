import { SourceErrors, isSourceError } from "./source-error";

/** Longest wait between retries. */
export const MAX_RETRY_DELAY_MS = 60_000;
const BASE_DELAY_MS = 1_000;

/**
 * How long to wait before retry number `failureCount` (1-based). A 429's Retry-After is honoured to the letter;
 * otherwise exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff and Jitter"), so many
 * panels retrying at once do not hit the API in lockstep. `random` is injectable for tests.
 */
export function retryDelayMs(failureCount: number, error: unknown, random: () => number = Math.random): number {
  // When every provider failed, the longest Retry-After among them is the earliest a retry can help.
  const waits = (error instanceof SourceErrors ? error.errors : isSourceError(error) ? [error] : []).flatMap((e) =>
    e.kind === "rate-limited" && e.retryAfterMs !== undefined ? [e.retryAfterMs] : [],
  );
  if (waits.length > 0) return Math.min(MAX_RETRY_DELAY_MS, Math.max(0, ...waits));
  const ceiling = Math.min(MAX_RETRY_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, failureCount - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Retries after the first failure: the README's "network errors are retried twice". */
export const MAX_RETRIES = 2;

/**
 * Retry what may heal by itself (network, 5xx, 429, timeouts); never schema drift, empty data or a 404. TanStack
 * calls this with the number of failures so far minus one (0 after the first), so `< 2` means two retries, three tries.
 */
export function shouldRetrySource(failureCount: number, error: unknown, maxRetries = MAX_RETRIES): boolean {
  if ((isSourceError(error) || error instanceof SourceErrors) && !error.retryable) return false;
  return failureCount < maxRetries;
}
