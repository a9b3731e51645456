import { afterEach, describe, expect, it, vi } from "vitest";
import { RequestBudget } from "./budget";
import { MAX_RETRY_DELAY_MS, retryDelayMs, shouldRetrySource } from "./retry";
import { SourceError, SourceErrors } from "./source-error";

const err = (kind: SourceError["kind"], extra: Partial<ConstructorParameters<typeof SourceError>[0]> = {}) =>
  new SourceError({ kind, sourceId: "coingecko", sourceName: "CoinGecko", url: "u", ...extra });

describe("retry policy", () => {
  it("honours Retry-After exactly, capped at a minute", () => {
    expect(retryDelayMs(1, err("rate-limited", { status: 429, retryAfterMs: 30_000 }))).toBe(30_000);
    expect(retryDelayMs(1, err("rate-limited", { status: 429, retryAfterMs: 3_600_000 }))).toBe(MAX_RETRY_DELAY_MS);
  });

  it("backs off exponentially with jitter between half and all of the ceiling", () => {
    expect(retryDelayMs(1, err("http", { status: 500 }), () => 0)).toBe(500);
    expect(retryDelayMs(1, err("http", { status: 500 }), () => 1)).toBe(1000);
    expect(retryDelayMs(3, err("timeout"), () => 1)).toBe(4000);
    expect(retryDelayMs(30, err("timeout"), () => 1)).toBe(MAX_RETRY_DELAY_MS);
  });

  it("when both providers failed, waits for a rate limit's Retry-After and stops when the last failure is final", () => {
    const limited = err("rate-limited", { status: 429, retryAfterMs: 30_000 });
    const llama = (extra: Partial<ConstructorParameters<typeof SourceError>[0]>) =>
      new SourceError({ kind: "http", sourceId: "defillama", sourceName: "DefiLlama coins API", url: "u", ...extra });
    expect(retryDelayMs(1, new SourceErrors([limited, llama({ status: 503 })]))).toBe(30_000);
    expect(shouldRetrySource(0, new SourceErrors([limited, llama({ status: 503 })]))).toBe(true);
    expect(shouldRetrySource(0, new SourceErrors([limited, llama({ status: 404 })]))).toBe(false);
    expect(shouldRetrySource(2, new SourceErrors([limited, llama({ status: 503 })]))).toBe(false);
  });

  it("never retries schema drift, empty data or a missing resource", () => {
    expect(shouldRetrySource(0, err("schema-drift"))).toBe(false);
    expect(shouldRetrySource(0, err("empty"))).toBe(false);
    expect(shouldRetrySource(0, err("http", { status: 404 }))).toBe(false);
    expect(shouldRetrySource(0, err("http", { status: 503 }))).toBe(true);
    expect(shouldRetrySource(3, err("http", { status: 503 }))).toBe(false);
  });
});

describe("RequestBudget", () => {
  afterEach(() => vi.useRealTimers());

  it("queues calls beyond the limit instead of dropping them, and releases them as the window slides", async () => {
    vi.useFakeTimers();
    const budget = new RequestBudget(2, 60_000, () => Date.now());
    const started: number[] = [];
    const calls = [1, 2, 3, 4, 5].map((n) => budget.schedule(async () => started.push(n)));
    await Promise.resolve();
    expect(started).toEqual([1, 2]);
    expect(budget.waiting).toBe(3);
    await vi.advanceTimersByTimeAsync(60_010);
    expect(started).toEqual([1, 2, 3, 4]);
    await vi.advanceTimersByTimeAsync(60_010);
    expect(started).toEqual([1, 2, 3, 4, 5]);
    await Promise.all(calls);
  });
});
