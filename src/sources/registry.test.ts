import { QueryClient } from "@tanstack/react-query";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "@/content/zod";
import type { ClaimCheck } from "@/analytics";
import { CLAIM_CHECKS } from "@/analytics/claim-checks";
import type { AnySeriesId } from "@/content/series";
import { coingeckoBudget } from "./coingecko";
import { type LiveParams, demandSeriesQuery } from "./demand-series";
import { PERSISTED_QUERY_ROOTS, SERIES_SOURCES, type SeriesQueryOptions, persistedDataSchema, seriesQuery } from "./registry";

// The fixtures run to 2024-04-30; pin "today" just after them.
const live: LiveParams = { today: "2024-05-01", apiKey: "", refreshMs: 0 };
beforeEach(() => {
  coingeckoBudget.reset();
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2024-05-01T12:00:00Z"));
});
afterEach(() => vi.useRealTimers());

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } } });
const options = (id: AnySeriesId, mode: "sample" | "live"): SeriesQueryOptions => {
  const o = seriesQuery(id, mode, live);
  if (!o) throw new Error(`no source answers ${id}`);
  return o;
};

/** Counts no source provides yet: their checks say "no data" (README: Hugging Face has no keyless total count). */
const UNSOURCED: readonly AnySeriesId[] = ["hf-model-count", "hf-dataset-count", "bittensor-subnet-count"];

describe("series registry", () => {
  it("answers every series a claim check needs, but the counts no source provides yet", () => {
    const needs = [...new Set(CLAIM_CHECKS.flatMap((c) => c.needs))];
    const unanswered = needs.filter((id) => seriesQuery(id, "sample", live) === undefined || seriesQuery(id, "live", live) === undefined);
    expect(unanswered.sort()).toEqual([...UNSOURCED].sort());
  });

  it("loads a price, a demand and a usage series by id, each as dated values with their source", async () => {
    const c = client();
    const [btc, fees, leases] = await Promise.all([
      c.fetchQuery(options("btc", "sample")),
      c.fetchQuery(options("fees:akt", "live")),
      c.fetchQuery(options("akash-active-leases", "live")),
    ]);
    expect(btc.id).toBe("btc");
    expect(fees.id).toBe("fees:akt");
    expect(leases.id).toBe("akash-active-leases");
    for (const s of [btc, fees, leases]) {
      expect(s.points.length).toBeGreaterThan(0);
      expect(s.meta.sourceName).not.toBe("");
    }
  });

  it("keeps on the device exactly the query roots its live sources write, and nothing of the sample", async () => {
    const c = client();
    const liveIds: AnySeriesId[] = ["wld", "fees:akt", "mcap:akt", "fdv:akt", "akash-leased-gpus"];
    await Promise.all(liveIds.map((id) => c.fetchQuery(options(id, "live"))));
    // The demand seam's own entries wrap cached CoinGecko and DefiLlama answers: those are what is kept.
    const written = new Set(
      c
        .getQueryCache()
        .getAll()
        .map((q) => String(q.queryKey[0]))
        .filter((root) => root !== "demand"),
    );
    expect([...PERSISTED_QUERY_ROOTS].sort()).toEqual([...written].sort());
    // Every live answer under a kept root has the schema it is read back with, and passes it: a kind of query a
    // source adds under its root without declaring its shape is neither saved nor restored, and fails here.
    for (const q of c
      .getQueryCache()
      .getAll()
      .filter((q) => q.queryKey[0] !== "demand")) {
      expect(persistedDataSchema(q.queryKey), JSON.stringify(q.queryKey)).toBeDefined();
      expect(persistedDataSchema(q.queryKey)?.safeParse(q.state.data).success, JSON.stringify(q.queryKey)).toBe(true);
    }
    const sample = client();
    await sample.fetchQuery(options("btc", "sample"));
    for (const q of sample.getQueryCache().getAll()) expect(PERSISTED_QUERY_ROOTS.has(String(q.queryKey[0]))).toBe(false);
  });

  it("types series ids: a typo fails the type check (npm run typecheck)", () => {
    // @ts-expect-error "tso" is no token: not a series id
    const typo: AnySeriesId = "mcap:tso";
    // @ts-expect-error a check cannot need a series that does not exist
    const check: Pick<ClaimCheck, "needs"> = { needs: ["akash-leases"] };
    // @ts-expect-error the demand seam takes typed ids too
    const query = () => demandSeriesQuery("fees:wld", "live", live);
    expect([typo, check.needs[0], typeof query]).toEqual(["mcap:tso", "akash-leases", "function"]);
  });

  it("has a schema for every part of a source it keeps: a bare key root fails the type check", () => {
    // @ts-expect-error what a source keeps names the shape it must pass when read back, not just a query-key root
    const bare: (typeof SERIES_SOURCES)[number]["persist"] = [["coingecko"]];
    const keyed: (typeof SERIES_SOURCES)[number]["persist"] = [{ key: ["coingecko"], schema: z.object({}) }];
    expect([bare.length, keyed.length]).toEqual([1, 1]);
    for (const s of SERIES_SOURCES) for (const p of s.persist) expect(persistedDataSchema(p.key)).toBe(p.schema);
    expect(persistedDataSchema(["coingecko", "ai-category"])).toBeUndefined();
    expect(persistedDataSchema(["elsewhere"])).toBeUndefined();
  });
});
