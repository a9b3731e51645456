import { HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fault } from "@mocks/faults";
import { server } from "@mocks/node";
import { shouldRetrySource } from "@/sources/shared/retry";
import { SourceError } from "@/sources/shared/source-error";
import { fetchAkashSeries } from "./adapter";
import { FIXTURE_SNAPSHOT_RECORDED_AT, akashHandlers } from "./handlers";
import { akashQueries } from "./queries";
import { akashSnapshotUrl, fetchAkashSnapshot } from "./snapshot";

const SNAPSHOT_PATH = "*/data/snapshot/:file";
const LEASES = "/data/snapshot/akash-active-leases.json";

/** Serves `body` for every snapshot file and records which paths were asked for. */
const requested: string[] = [];
const serve = (body: unknown) =>
  http.get(SNAPSHOT_PATH, ({ request }) => {
    requested.push(new URL(request.url).pathname);
    return HttpResponse.json(body as Record<string, unknown>);
  });

/** The illustrative fixture envelope, as the handlers serve it. */
async function fixtureEnvelope(file = "akash-active-leases.json"): Promise<Record<string, unknown>> {
  const response = await fetch(`/data/snapshot/${file}`);
  return (await response.json()) as Record<string, unknown>;
}

beforeEach(() => server.use(...akashHandlers));
afterEach(() => {
  requested.length = 0;
});

describe("Akash snapshot transport", () => {
  it("reads a recorded series through the live domain schema and marks it as sample data", async () => {
    const result = await fetchAkashSnapshot("active-leases");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const s = result.data;
    expect(s).toMatchObject({ id: "akash-active-leases", unit: "leases" });
    expect(s.meta).toMatchObject({
      sourceName: "Akash Console API",
      isSample: true,
      asOf: "2024-04-30",
      fetchedAt: FIXTURE_SNAPSHOT_RECORDED_AT,
    });
    expect(s.meta.note).toMatch(/^Recorded by npm run snapshot on 2024-05-01T09:00:00\.000Z/);
    // The dev and test fixture says what it is on screen, and keeps the metric's own caveat.
    expect(s.meta.note).toMatch(/ILLUSTRATIVE/);
    expect(s.meta.note).toMatch(/last block of each UTC day/);
  });

  it("carries the same points the live adapter reads from the same fixtures: one parser, two transports", async () => {
    const live = await fetchAkashSeries("daily-spend-usd");
    const recorded = await fetchAkashSnapshot("daily-spend-usd");
    expect(live.ok && recorded.ok).toBe(true);
    if (!live.ok || !recorded.ok) return;
    expect(recorded.data.points).toEqual(live.data.points);
    expect(recorded.data.meta.range).toEqual(live.data.meta.range);
  });

  it("asks the app's own origin under its base path", async () => {
    expect(akashSnapshotUrl("leased-gpus", "/mirage")).toBe("/mirage/data/snapshot/akash-leased-gpus.json");
    expect(akashSnapshotUrl("leased-gpus")).toBe("/data/snapshot/akash-leased-gpus.json");
    server.use(serve(await fixtureEnvelope("akash-leased-gpus.json")));
    const result = await fetchAkashSnapshot("leased-gpus", { base: "/mirage/" });
    expect(result.ok).toBe(true);
    expect(requested).toEqual(["/mirage/data/snapshot/akash-leased-gpus.json"]);
  });

  it("says no snapshot is embedded when the file is missing, and does not retry", async () => {
    server.use(http.get(SNAPSHOT_PATH, () => new HttpResponse("Not Found", { status: 404 })));
    const result = await fetchAkashSnapshot("active-leases");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(SourceError);
    expect(result.error).toMatchObject({ kind: "http", status: 404, url: LEASES });
    expect(result.error.message).toMatch(/No Akash snapshot is embedded/);
    expect(result.error.detail).toMatch(/npm run snapshot/);
    expect(result.error.retryable).toBe(false);
    expect(shouldRetrySource(0, result.error)).toBe(false);
  });

  it("keeps other HTTP failures as they are", async () => {
    server.use(fault(`*${LEASES}`, "http-500"));
    const result = await fetchAkashSnapshot("active-leases");
    expect(!result.ok && result.error).toMatchObject({ kind: "http", status: 500 });
    expect(!result.ok && result.error.message).not.toMatch(/No Akash snapshot/);
  });

  it("rejects an envelope of another version as schema drift", async () => {
    server.use(serve({ ...(await fixtureEnvelope()), version: 2 }));
    const result = await fetchAkashSnapshot("active-leases");
    expect(!result.ok && result.error.kind).toBe("schema-drift");
    expect(!result.ok && result.error.detail).toMatch(/version/);
  });

  it("rejects a recorded series that breaks the domain schema", async () => {
    const envelope = await fixtureEnvelope();
    const series = envelope.series as { points: { date: string; value: number }[] };
    server.use(serve({ ...envelope, series: { ...series, points: [{ date: "2024-03-10", value: -3 }] } }));
    const result = await fetchAkashSnapshot("active-leases");
    expect(!result.ok && result.error.kind).toBe("schema-drift");
    expect(!result.ok && result.error.detail).toMatch(/series\.points\[0\]\.value/);
  });

  it("rejects one metric's file served under another's name", async () => {
    server.use(serve(await fixtureEnvelope("akash-leased-gpus.json")));
    const result = await fetchAkashSnapshot("active-leases");
    expect(!result.ok && result.error.kind).toBe("schema-drift");
    expect(!result.ok && result.error.detail).toMatch(/akash-active-leases/);
  });

  it("calls an HTML page (a host's SPA fallback) malformed, not data", async () => {
    server.use(fault(`*${LEASES}`, "malformed"));
    const result = await fetchAkashSnapshot("active-leases");
    expect(!result.ok && result.error.kind).toBe("malformed");
  });
});

describe("akashQueries.snapshot", () => {
  it("keys the recorded series apart from the live one and never refetches it", () => {
    const options = akashQueries.snapshot("leased-gpus");
    expect(options.queryKey).toEqual(["akash", "snapshot", "leased-gpus"]);
    expect(options.queryKey).not.toEqual(akashQueries.series("leased-gpus").queryKey);
    expect(options.staleTime).toBe(Number.POSITIVE_INFINITY);
  });
});
