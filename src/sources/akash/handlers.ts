import { HttpResponse, http } from "msw";
import { AKASH_API_BASE, akashUsageSeries, toDailyPoints } from "./adapter";
import { AKASH_METRICS, akashMetrics } from "./metrics";
import { akashSnapshotFile } from "./snapshot";
import { type AkashSnapshotRaw, SNAPSHOT_VERSION } from "./snapshot-schema";
import type { GraphDataRaw } from "./schema";

/**
 * The Console API's two graph routes on their real URLs, answering from the shape fixtures in fixtures/ (named
 * `<route>.<dataName>.json`). Unknown names get the API's own 404 texts (graph-data.router.ts,
 * provider-graph-data.router.ts in akash-network/console).
 */
const fixtures = import.meta.glob<string>("./fixtures/*.json", { query: "?raw", import: "default" });

function fromFixture(route: "graph-data" | "provider-graph-data", notFound: (dataName: string) => string) {
  return async ({ params }: { params: Record<string, string | readonly string[] | undefined> }) => {
    const dataName = String(params.dataName);
    const load = fixtures[`./fixtures/${route}.${dataName}.json`];
    if (load === undefined) return new HttpResponse(notFound(dataName), { status: 404 });
    return new HttpResponse(await load(), { headers: { "content-type": "application/json" } });
  };
}

/** When the illustrative snapshot was "recorded": the day after the fixtures' last block. */
export const FIXTURE_SNAPSHOT_RECORDED_AT = "2024-05-01T09:00:00.000Z";

/**
 * What `npm run snapshot` would have written had the live API answered with the shape fixtures: the envelope around
 * the series the live normaliser builds from them. ILLUSTRATIVE numbers, and the note says so on screen.
 */
async function fixtureSnapshot(file: string): Promise<AkashSnapshotRaw | undefined> {
  const metric = AKASH_METRICS.find((m) => akashSnapshotFile(m) === file);
  if (metric === undefined) return undefined;
  const entry = akashMetrics[metric];
  const load = fixtures[`./fixtures/${entry.route}.${entry.dataName}.json`];
  if (load === undefined) return undefined;
  const raw = JSON.parse(await load()) as GraphDataRaw;
  const points = toDailyPoints(entry, raw.snapshots);
  return {
    version: SNAPSHOT_VERSION,
    recordedAt: FIXTURE_SNAPSHOT_RECORDED_AT,
    series: akashUsageSeries(metric, points, {
      fetchedAt: FIXTURE_SNAPSHOT_RECORDED_AT,
      notePrefix: "ILLUSTRATIVE test fixture, not Akash's real history (src/sources/akash/fixtures). ",
    }),
  };
}

/** The snapshot folder on the app's own origin, as `npm run dev` serves public/data/snapshot/. */
export const akashSnapshotHandlers = [
  // The illustrative snapshot lists the three Akash files, so dev mocks and tests exercise the sample transport.
  http.get("*/data/snapshot/manifest.json", () =>
    HttpResponse.json({
      version: 1,
      recordedAt: "2024-04-30T14:03:27Z",
      files: ["akash-active-leases.json", "akash-daily-spend-usd.json", "akash-leased-gpus.json"],
    }),
  ),
  http.get("*/data/snapshot/:file", async ({ params }) => {
    const body = await fixtureSnapshot(String(params.file));
    return body === undefined ? new HttpResponse("not found", { status: 404 }) : HttpResponse.json(body);
  }),
];

export const akashHandlers = [
  http.get(
    `${AKASH_API_BASE}/graph-data/:dataName`,
    fromFixture("graph-data", (name) => `Invalid graph data type: ${name}`),
  ),
  http.get(
    `${AKASH_API_BASE}/provider-graph-data/:dataName`,
    fromFixture("provider-graph-data", () => "Graph data not found"),
  ),
  ...akashSnapshotHandlers,
];
