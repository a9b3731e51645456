import { describe, expect, it } from "vitest";
import { withAdapter } from "./lazy";
import { ok } from "./result";
import { SourceError } from "./source-error";

const source = { sourceId: "coingecko", sourceName: "CoinGecko" };

describe("withAdapter", () => {
  it("calls the adapter once it has loaded", async () => {
    const result = await withAdapter(
      source,
      async () => ({ get: async (n: number) => ok(n * 2) }),
      (a) => a.get(21),
    );
    expect(result).toEqual({ ok: true, data: 42 });
  });

  it("turns an adapter that cannot be fetched into an offline failure of its source, as a value", async () => {
    const result = await withAdapter(
      source,
      () => Promise.reject(new TypeError("Failed to fetch dynamically imported module")),
      async () => ok(1),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(SourceError);
    expect(result.error.kind).toBe("offline");
    expect(result.error.sourceName).toBe("CoinGecko");
    expect(result.error.retryable).toBe(true);
    expect(result.error.detail).toMatch(/dynamically imported module/);
  });
});
