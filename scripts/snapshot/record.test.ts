import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fault } from "@mocks/faults";
import { server } from "@mocks/node";
import { AKASH_API_BASE, AkashSnapshotRaw, fetchAkashSnapshot, snapshotEnvelopeSchema } from "@/sources/akash";
import { coingeckoBudget } from "@/sources/coingecko";
import { FEES_PROTOCOLS, FeesSnapshotRaw, fetchFeesSnapshot } from "@/sources/defillama-fees";
import { SeriesSchema } from "@/sources/shared/series";
import { recordSnapshot } from "./record";

// Inside the CoinGecko fixtures' window (2024-01-01..04-01): the adapter asks only for the past 365 days.
const NOW = "2024-04-01T12:00:00.000Z";
const COINS = ["bitcoin", "fetch-ai"];
const LEASES_URL = `${AKASH_API_BASE}/graph-data/activeLeaseCount`;
const GPUS_URL = `${AKASH_API_BASE}/graph-data/activeGPU`;
const chartUrl = (id: string) => `https://api.coingecko.com/api/v3/coins/${id}/market_chart/range`;
const PriceFile = snapshotEnvelopeSchema(SeriesSchema);

const AKASH_FILES = ["akash-active-leases.json", "akash-available-gpus.json", "akash-daily-spend-usd.json", "akash-leased-gpus.json"];
const COIN_FILES = [
  "coingecko-bitcoin-fdv.json",
  "coingecko-bitcoin-market-cap.json",
  "coingecko-bitcoin.json",
  "coingecko-fetch-ai-fdv.json",
  "coingecko-fetch-ai-market-cap.json",
  "coingecko-fetch-ai.json",
];
const FEES_FILES = FEES_PROTOCOLS.map((p) => `defillama-fees-${p.id}.json`);
const FEES_URL = "https://api.llama.fi/summary/fees/:slug";

let outDir: string;
const record = (coins: readonly string[] = COINS) => recordSnapshot({ outDir, now: () => new Date(), coins });
const readJson = async (file: string) => JSON.parse(await readFile(join(outDir, file), "utf8")) as unknown;
const provenance = () => readFile(join(outDir, "PROVENANCE.md"), "utf8");
const listed = async () => (await readdir(outDir)).sort();

beforeEach(async () => {
  vi.setSystemTime(new Date(NOW));
  coingeckoBudget.reset();
  outDir = await mkdtemp(join(tmpdir(), "mirage-snapshot-"));
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(outDir, { recursive: true, force: true });
});

describe("recordSnapshot", () => {
  it("writes one valid file per series, recorded through the live adapters", async () => {
    const summary = await record();
    expect(summary.failed).toEqual([]);
    expect(summary.recordedAt).toBe(NOW);
    expect(summary.written.map((w) => w.file).sort()).toEqual([...AKASH_FILES, ...COIN_FILES, ...FEES_FILES].sort());
    expect(await listed()).toEqual(["PROVENANCE.md", "manifest.json", ...AKASH_FILES, ...COIN_FILES, ...FEES_FILES].sort());
    const manifest = JSON.parse(await readFile(join(outDir, "manifest.json"), "utf8"));
    expect(manifest.files).toEqual([...AKASH_FILES, ...COIN_FILES, ...FEES_FILES].sort());

    for (const file of AKASH_FILES) expect(AkashSnapshotRaw.parse(await readJson(file)).recordedAt).toBe(NOW);
    // One line per point, so a re-recording reads as a diff of days.
    expect(await readFile(join(outDir, "akash-active-leases.json"), "utf8")).toContain(
      '\n      { "date": "2023-10-01", "value": 1833 },\n',
    );
    const leases = AkashSnapshotRaw.parse(await readJson("akash-active-leases.json")).series;
    expect(leases).toMatchObject({ id: "akash-active-leases", unit: "leases" });
    expect(leases.meta).toMatchObject({ range: { from: "2023-10-01", to: "2024-04-30" }, isSample: false, fetchedAt: NOW });

    const btc = PriceFile.parse(await readJson("coingecko-bitcoin.json")).series;
    // Live mode's names and window: yesterday is the last complete day, the fixtures start with 2023-12-31's close.
    expect(btc).toMatchObject({ id: "btc", ticker: "BTC", label: "Bitcoin", quote: "USD" });
    expect(btc.meta).toMatchObject({ sourceId: "coingecko", asOf: "2024-03-31", range: { from: "2023-12-31", to: "2024-03-31" } });
    expect(btc.meta.requestUrl).toMatch(/\/coins\/bitcoin\/market_chart\/range\?vs_currency=usd&from=\d+&to=\d+$/);
    const cap = PriceFile.parse(await readJson("coingecko-bitcoin-market-cap.json")).series;
    expect(cap.id).toBe("btc-market-cap");
    expect(cap.points).toHaveLength(btc.points.length);
  });

  it("lists every file in PROVENANCE.md with its source, request, dates and recording time", async () => {
    const summary = await record();
    const text = await provenance();
    for (const w of summary.written) {
      const row = text.split("\n").find((line) => line.startsWith(`| \`${w.file}\``));
      expect(row, w.file).toBeDefined();
      expect(row).toContain(w.meta.sourceUrl);
      expect(row).toContain(w.meta.requestUrl);
      expect(row).toContain(`${w.meta.range.from} to ${w.meta.range.to}`);
      expect(row).toContain(`| ${w.meta.asOf} |`);
      expect(row).toContain(NOW);
    }
    // 213 daily snapshots less the undifferenced first total and the day in progress.
    expect(text).toContain("| `akash-daily-spend-usd.json` | Daily spend on Akash leases (USD) | 211 |");
    expect(text).toMatch(/## Failures in the last run\n\nNone\./);
  });

  it("reports a failing source and skips it while the others are still written", async () => {
    server.use(fault(LEASES_URL, "http-500"), fault(chartUrl("bitcoin"), "http-500"));
    const summary = await record();
    expect(summary.failed.map((f) => f.id)).toEqual(["akash-active-leases", "coingecko-bitcoin"]);
    expect(summary.failed[0]?.message).toMatch(/Akash Console API answered with HTTP 500/);
    const rest = [...AKASH_FILES, ...COIN_FILES, ...FEES_FILES].filter(
      (f) => f !== "akash-active-leases.json" && !f.startsWith("coingecko-bitcoin"),
    );
    expect(summary.written.map((w) => w.file).sort()).toEqual(rest.sort());
    expect(await listed()).toEqual(["PROVENANCE.md", "manifest.json", ...rest].sort());
    const text = await provenance();
    expect(text).toMatch(/- `akash-active-leases`: Akash Console API answered with HTTP 500/);
    expect(text).toMatch(/- `coingecko-bitcoin`: CoinGecko answered with HTTP 500/);
    expect(text).not.toContain("| `akash-active-leases.json`");
  });

  it("writes nothing for a source whose answer drifted, and leaves no temporary file behind", async () => {
    server.use(
      http.get(GPUS_URL, () => HttpResponse.json({ data: [{ day: "2024-01-01", gpus: 1 }] })),
      http.get(chartUrl("fetch-ai"), () => HttpResponse.json({ prices: [[1704067200000, "0.6"]], market_caps: [], total_volumes: [] })),
    );
    const summary = await record();
    expect(summary.failed).toEqual([
      { id: "akash-leased-gpus", message: expect.stringMatching(/changed shape.*snapshots/) },
      { id: "coingecko-fetch-ai", message: expect.stringMatching(/changed shape.*prices\[0\]\[1\]/) },
    ]);
    expect(await listed()).toEqual(
      [
        "PROVENANCE.md",
        "manifest.json",
        "akash-active-leases.json",
        "akash-available-gpus.json",
        "akash-daily-spend-usd.json",
        "coingecko-bitcoin-fdv.json",
        "coingecko-bitcoin-market-cap.json",
        "coingecko-bitcoin.json",
        ...FEES_FILES,
      ].sort(),
    );
  });

  it("keeps an earlier good file when its source fails, and says which run it is from", async () => {
    await record(["bitcoin"]);
    const before = await readFile(join(outDir, "akash-active-leases.json"), "utf8");
    vi.setSystemTime(new Date("2024-04-01T13:00:00Z"));
    coingeckoBudget.reset();
    server.use(fault(LEASES_URL, "rate-limited"));
    const summary = await record(["bitcoin"]);
    expect(await readFile(join(outDir, "akash-active-leases.json"), "utf8")).toBe(before);
    expect(summary.kept.map((k) => k.file)).toEqual(["akash-active-leases.json"]);
    expect(summary.failed[0]).toMatchObject({ id: "akash-active-leases", message: expect.stringMatching(/rate limiting/) });
    expect(await provenance()).toMatch(/\| `akash-active-leases.json` \|.*\| 2024-04-01T12:00:00\.000Z \(earlier run, kept\) \|/);
  });

  it("names files in the folder that are not valid snapshots", async () => {
    await writeFile(join(outDir, "akash-leased-gpus.json"), JSON.stringify({ version: 1, recordedAt: NOW, series: { id: "x" } }));
    server.use(fault(GPUS_URL, "http-500"));
    const summary = await recordSnapshot({ outDir, now: () => new Date(), metrics: ["leased-gpus"], coins: [], fees: [] });
    expect(summary.written).toEqual([]);
    expect(await provenance()).toMatch(
      /## Files that are not valid snapshots\n[\s\S]*- `akash-leased-gpus.json`: schema drift: series\.label/,
    );
  });

  it("records files the app's sample transport reads back", async () => {
    await recordSnapshot({ outDir, now: () => new Date(), metrics: ["leased-gpus"], coins: [], fees: [] });
    server.use(
      http.get("*/data/snapshot/:file", async ({ params }) => {
        const text = await readFile(join(outDir, String(params.file)), "utf8").catch(() => undefined);
        return text === undefined
          ? new HttpResponse(null, { status: 404 })
          : new HttpResponse(text, { headers: { "content-type": "application/json" } });
      }),
    );
    const result = await fetchAkashSnapshot("leased-gpus");
    expect(result.ok && result.data.meta).toMatchObject({ isSample: true, note: expect.stringContaining(`npm run snapshot on ${NOW}`) });
    const missing = await fetchAkashSnapshot("active-leases");
    expect(!missing.ok && missing.error.message).toMatch(/No Akash snapshot is embedded/);
  });

  it("records every DefiLlama fees listing through the live adapter, with provenance, and the app reads it back", async () => {
    const summary = await recordSnapshot({ outDir, now: () => new Date(), metrics: [], coins: [] });
    expect(summary.failed).toEqual([]);
    expect(summary.written.map((w) => w.file).sort()).toEqual([...FEES_FILES].sort());
    const akt = FeesSnapshotRaw.parse(await readJson("defillama-fees-akt.json")).series;
    // The fixtures run to 2024-04-30; recorded on 2024-04-01, the day in progress is left out.
    expect(akt).toMatchObject({ id: "fees:akt", unit: "USD", flagged: [] });
    expect(akt.meta).toMatchObject({ sourceId: "defillama-fees", range: { from: "2023-10-01", to: "2024-03-31" }, fetchedAt: NOW });
    const text = await provenance();
    expect(text).toMatch(
      /\| `defillama-fees-akt.json` \| Akash daily fees \| 183 \| DefiLlama fees API: https:\/\/defillama.com\/fees\/akash \| https:\/\/api.llama.fi\/summary\/fees\/akash\?dataType=dailyFees \| 2023-10-01 to 2024-03-31 \| 2024-03-31 \|/,
    );
    server.use(
      http.get("*/data/snapshot/:file", async ({ params }) => {
        const body = await readFile(join(outDir, String(params.file)), "utf8").catch(() => undefined);
        return body === undefined
          ? new HttpResponse(null, { status: 404 })
          : new HttpResponse(body, { headers: { "content-type": "application/json" } });
      }),
    );
    const back = await fetchFeesSnapshot("akt");
    expect(back.ok && back.data.meta).toMatchObject({ isSample: true, note: expect.stringContaining(`npm run snapshot on ${NOW}`) });
  });

  it("records a fees listing's failure and flags implausible days in what it writes", async () => {
    server.use(
      http.get(FEES_URL, ({ params }) =>
        params.slug === "akash"
          ? HttpResponse.json({
              totalDataChart: [
                [1711843200, 100],
                [1711756800, -5],
                [1711670400, 9e9],
              ],
            })
          : new HttpResponse("Fees for x not found", { status: 400 }),
      ),
    );
    const summary = await recordSnapshot({ outDir, now: () => new Date(), metrics: [], coins: [], fees: ["akt", "lpt"] });
    expect(summary.failed).toEqual([
      { id: "defillama-fees-lpt", message: expect.stringMatching(/DefiLlama fees API answered with HTTP 400/) },
    ]);
    const akt = FeesSnapshotRaw.parse(await readJson("defillama-fees-akt.json")).series;
    expect(akt.points).toEqual([{ date: "2024-03-31", value: 100 }]);
    expect(akt.flagged.map((f) => f.reason)).toEqual(["above-bound", "negative"]);
    expect(await provenance()).toMatch(
      /defillama-fees-akt.json`: .*Left out and not drawn: 1 day with negative fees and 1 day above the plausible bound/,
    );
  });

  it("writes an FDV file only where CoinGecko gives a supply", async () => {
    server.use(
      http.get("https://api.coingecko.com/api/v3/coins/:id", ({ params }) =>
        params.id === "categories"
          ? undefined
          : HttpResponse.json({
              id: String(params.id),
              market_data: { market_cap: {}, circulating_supply: 5, total_supply: null, max_supply: null },
            }),
      ),
    );
    const summary = await recordSnapshot({ outDir, now: () => new Date(), metrics: [], coins: ["bitcoin"], fees: [] });
    expect(summary.written.map((w) => w.file).sort()).toEqual(["coingecko-bitcoin-market-cap.json", "coingecko-bitcoin.json"]);
  });
});
