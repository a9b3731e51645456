import { HttpResponse, http } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FAULT_KINDS, type FaultKind, fault } from "@mocks/faults";
import { server } from "@mocks/node";
import type { SourceErrorKind } from "@/sources/shared/source-error";
import { fetchProtocolFees, feesSummaryUrl } from "./adapter";
import { FeesSeriesSchema } from "./fees-series";
import { DEFILLAMA_FEES_URL, defillamaFeesHandlers } from "./handlers";
import { FEES_PROTOCOLS } from "./protocols";
import { fetchFeesSnapshot } from "./snapshot";

const inMay = () => new Date("2024-05-15T08:00:00Z");
const sec = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;
const answer = (chart: [number, number][]) =>
  server.use(http.get(DEFILLAMA_FEES_URL, () => HttpResponse.json({ name: "Akash", totalDataChart: chart })));

afterEach(() => vi.useRealTimers());

describe("DefiLlama fees", () => {
  it("asks the keyless summary URL for daily fees", () => {
    expect(feesSummaryUrl("render-network-bme")).toBe("https://api.llama.fi/summary/fees/render-network-bme?dataType=dailyFees");
  });

  it.each(FEES_PROTOCOLS.map((p) => [p.id, p.slug] as const))("reads the %s fixture (%s) into a validated daily series", async (id) => {
    server.use(...defillamaFeesHandlers);
    const result = await fetchProtocolFees(id, { now: inMay });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(FeesSeriesSchema.safeParse(result.data).success).toBe(true);
    expect(result.data).toMatchObject({ id: `fees:${id}`, unit: "USD", flagged: [] });
    expect(result.data.points[0]?.date).toBe("2023-10-01");
    expect(result.data.points.at(-1)?.date).toBe("2024-04-30");
    expect(result.data.meta).toMatchObject({ sourceId: "defillama-fees", isSample: false, asOf: "2024-04-30" });
    expect(result.data.meta.note).toMatch(/dimension-adapters/);
  });

  it("turns unix seconds into UTC days and leaves out the day in progress", async () => {
    answer([
      [sec("2024-05-13"), 10],
      [sec("2024-05-14"), 12],
      [sec("2024-05-15"), 3],
    ]);
    const result = await fetchProtocolFees("akt", { now: inMay });
    expect(result.ok && result.data.points).toEqual([
      { date: "2024-05-13", value: 10 },
      { date: "2024-05-14", value: 12 },
    ]);
  });

  it("flags negative days and days above the plausible bound instead of drawing them, and says so", async () => {
    answer([
      [sec("2024-05-10"), 5_000],
      [sec("2024-05-11"), -20],
      [sec("2024-05-12"), 5_000_001],
      [sec("2024-05-13"), 5_000_000],
      [sec("2024-05-14"), 0],
    ]);
    const result = await fetchProtocolFees("akt", { now: inMay });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // The bound itself is plausible; a cent above it is not. Zero is data.
    expect(result.data.points.map((p) => p.date)).toEqual(["2024-05-10", "2024-05-13", "2024-05-14"]);
    expect(result.data.flagged).toEqual([
      { date: "2024-05-11", value: -20, reason: "negative" },
      { date: "2024-05-12", value: 5_000_001, reason: "above-bound" },
    ]);
    expect(result.data.meta.note).toContain(
      "Left out and not drawn: 1 day with negative fees and 1 day above the plausible bound of $5,000,000 (2024-05-11, 2024-05-12).",
    );
  });

  it("calls a chart with only implausible days empty, not a flat line", async () => {
    answer([[sec("2024-05-10"), -1]]);
    const result = await fetchProtocolFees("akt", { now: inMay });
    expect(!result.ok && result.error.kind).toBe("empty");
    expect(!result.ok && result.error.detail).toMatch(/1 flagged/);
  });

  it("reports an empty chart as empty", async () => {
    answer([]);
    const result = await fetchProtocolFees("akt", { now: inMay });
    expect(!result.ok && result.error).toMatchObject({ kind: "empty", detail: "totalDataChart is empty" });
  });

  it("reports drift when a value is not a number", async () => {
    server.use(http.get(DEFILLAMA_FEES_URL, () => HttpResponse.json({ totalDataChart: [[sec("2024-05-10"), "12"]] })));
    const result = await fetchProtocolFees("akt", { now: inMay });
    expect(!result.ok && result.error.kind).toBe("schema-drift");
  });

  it("passes on the 429's Retry-After", async () => {
    server.use(fault(DEFILLAMA_FEES_URL, "rate-limited"));
    const result = await fetchProtocolFees("akt", { now: inMay });
    expect(!result.ok && result.error).toMatchObject({ kind: "rate-limited", retryAfterMs: 30_000 });
    expect(!result.ok && result.error.message).toMatch(/wait 30 s/);
  });

  const expected: Record<FaultKind, SourceErrorKind> = {
    "http-500": "http",
    "rate-limited": "rate-limited",
    timeout: "timeout",
    malformed: "malformed",
    "schema-drift": "malformed",
    empty: "empty",
  };
  it.each(FAULT_KINDS)("turns the %s fault into a typed error naming DefiLlama", async (kind) => {
    server.use(fault(DEFILLAMA_FEES_URL, kind));
    const result = await fetchProtocolFees("akt", { now: inMay, timeoutMs: 50 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe(expected[kind]);
    expect(result.error.sourceName).toBe("DefiLlama fees API");
  });

  it("drifts when the JSON is well formed but the chart is missing", async () => {
    server.use(http.get(DEFILLAMA_FEES_URL, () => HttpResponse.json({ name: "Akash", chart: [] })));
    const result = await fetchProtocolFees("akt", { now: inMay });
    expect(!result.ok && result.error.kind).toBe("schema-drift");
  });

  it("names an unconfirmed slug when DefiLlama answers 400 for it, and leaves a confirmed slug's 400 as it is", async () => {
    server.use(
      http.get(DEFILLAMA_FEES_URL, ({ params }) => new HttpResponse(`Fees for ${String(params.slug)} not found`, { status: 400 })),
    );
    const lpt = await fetchProtocolFees("lpt", { now: inMay });
    expect(lpt.ok).toBe(false);
    if (lpt.ok) return;
    expect(lpt.error).toMatchObject({ kind: "http", status: 400 });
    expect(lpt.error.message).toBe("DefiLlama fees API answered with HTTP 400.");
    expect(lpt.error.detail).toBe(
      'no listing "livepeer"; DefiLlama has a fees adapter for Livepeer (fees/livepeer/index.ts in DefiLlama/dimension-adapters) but this slug is unconfirmed',
    );
    const akt = await fetchProtocolFees("akt", { now: inMay });
    expect(!akt.ok && akt.error.detail).not.toMatch(/unconfirmed/);
  });

  it("answers an unknown listing with DefiLlama's 400", async () => {
    server.use(...defillamaFeesHandlers);
    const result = await fetchProtocolFees("nope");
    expect(!result.ok && result.error.kind).toBe("empty");
  });
});

describe("fees snapshot (sample transport)", () => {
  it("says no data and names the command when no recording is embedded", async () => {
    server.use(http.get("*/data/snapshot/:file", () => new HttpResponse("not found", { status: 404 })));
    const result = await fetchFeesSnapshot("akt", { name: "Akash" });
    expect(!result.ok && result.error.message).toBe(
      "No data: no recorded fees for Akash in this build. Run npm run snapshot (needs network) to record them.",
    );
  });

  it("reads a recorded series back as sample data with its recording date", async () => {
    server.use(...defillamaFeesHandlers);
    const live = await fetchProtocolFees("akt", { now: inMay });
    if (!live.ok) throw live.error;
    server.use(
      http.get("*/data/snapshot/:file", () => HttpResponse.json({ version: 1, recordedAt: "2024-05-15T08:00:00.000Z", series: live.data })),
    );
    const result = await fetchFeesSnapshot("akt");
    expect(result.ok && result.data.meta).toMatchObject({
      isSample: true,
      note: expect.stringMatching(/^Recorded by npm run snapshot on 2024-05-15/),
    });
    const renamed = await fetchFeesSnapshot("render");
    expect(!renamed.ok && renamed.error.kind).toBe("schema-drift");
  });
});
