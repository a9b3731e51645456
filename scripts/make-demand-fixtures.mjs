// Writes the ILLUSTRATIVE demand fixtures: DefiLlama `summary/fees` answers and CoinGecko market charts and coin
// pages in the APIs' real shapes, with deterministic synthetic numbers. They exist for tests and `?mock` only; their
// READMEs say so, and no panel may present them as real data. Run: node scripts/make-demand-fixtures.mjs
import { writeFileSync } from "node:fs";

const DAY = 86_400;
const start = Date.parse("2023-10-01T00:00:00Z") / 1000;
const days = 213; // 2023-10-01 .. 2024-04-30

/** mulberry32: the same numbers on every run. */
function rng(seed) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// slug, display name, base daily fees (USD), seed, December peak factor
const fees = [
  ["akash", "Akash", 4_000, 1, 2.2],
  ["render-network-bme", "Render Network BME", 6_000, 2, 1.3],
  ["filecoin", "Filecoin", 25_000, 3, 1.1],
  ["arweave", "Arweave", 1_500, 4, 1.2],
  ["the-graph", "The Graph", 3_000, 5, 1.0],
  ["livepeer", "Livepeer", 2_500, 6, 1.4],
  ["aethir", "Aethir", 9_000, 7, 1.0],
  ["icp", "ICP", 12_000, 8, 1.2],
  ["near", "NEAR", 20_000, 9, 1.3],
];
for (const [slug, name, base, seed, peak] of fees) {
  const r = rng(seed);
  const chart = [];
  for (let i = 0; i < days; i++) {
    const ts = start + i * DAY;
    const month = new Date(ts * 1000).toISOString().slice(0, 7);
    const level = month === "2023-12" ? peak : 1 + i / 600;
    chart.push([ts, Math.round(base * level * (0.7 + 0.6 * r()) * 100) / 100]);
  }
  const last30 = chart.slice(-30).reduce((s, [, v]) => s + v, 0);
  const body = {
    id: String(seed),
    name,
    displayName: name,
    disabled: false,
    category: "Chain",
    chains: [name],
    total24h: chart.at(-1)[1],
    total48hto24h: chart.at(-2)[1],
    total7d: Math.round(chart.slice(-7).reduce((s, [, v]) => s + v, 0)),
    total30d: Math.round(last30),
    totalAllTime: Math.round(chart.reduce((s, [, v]) => s + v, 0)),
    change_1d: 0,
    totalDataChart: chart,
    totalDataChartBreakdown: chart.map(([ts, v]) => [ts, { [name.toLowerCase()]: { [name]: v } }]),
    methodology: { Fees: "ILLUSTRATIVE test fixture" },
  };
  writeFileSync(`src/sources/defillama-fees/fixtures/summary-fees.${slug}.json`, `${JSON.stringify(body)}\n`);
}

// CoinGecko: market_chart/range (00:00 UTC snapshots) and /coins/{id} for the demand tokens.
// id, price at start, daily drift, volatility, circulating, total, max (null = none), seed
const coins = [
  ["akash-network", 1.25, 0.006, 0.05, 225e6, 380e6, 388e6, 11],
  ["render-token", 2.4, 0.007, 0.05, 375e6, 532e6, 644e6, 12],
  ["filecoin", 3.3, 0.004, 0.04, 480e6, 1.9e9, 1.96e9, 13],
  ["arweave", 5.0, 0.008, 0.05, 65.5e6, 65.5e6, 66e6, 14],
  ["the-graph", 0.09, 0.006, 0.045, 9.4e9, 10.7e9, null, 15],
  ["livepeer", 6.0, 0.005, 0.05, 32e6, 32e6, null, 16],
  ["aethir", 0.05, 0.002, 0.05, 3.8e9, 42e9, 42e9, 17],
  ["internet-computer", 3.0, 0.006, 0.045, 450e6, 515e6, null, 18],
  ["near", 1.1, 0.006, 0.045, 1.0e9, 1.17e9, null, 19],
];
for (const [id, p0, drift, vol, circ, total, max, seed] of coins) {
  const r = rng(seed);
  const prices = [];
  const caps = [];
  const vols = [];
  let p = p0;
  for (let i = 0; i <= days; i++) {
    const ms = (start + i * DAY) * 1000;
    prices.push([ms, Number(p.toPrecision(6))]);
    caps.push([ms, Math.round(p * circ)]);
    vols.push([ms, Math.round(p * circ * (0.02 + 0.06 * r()))]);
    p *= Math.exp(drift + vol * (r() + r() + r() - 1.5));
  }
  writeFileSync(
    `src/sources/coingecko/fixtures/market-chart-range.${id}.json`,
    `${JSON.stringify({ prices, market_caps: caps, total_volumes: vols })}\n`,
  );
  const last = prices.at(-1)[1];
  writeFileSync(
    `src/sources/coingecko/fixtures/coin.${id}.json`,
    `${JSON.stringify(
      {
        id,
        symbol: id.slice(0, 4),
        name: id,
        last_updated: "2024-04-30T23:59:00.000Z",
        market_data: {
          current_price: { usd: last },
          market_cap: { usd: Math.round(last * circ) },
          fully_diluted_valuation: { usd: max === null && total === null ? null : Math.round(last * (max ?? total)) },
          total_volume: { usd: Math.round(last * circ * 0.04) },
          circulating_supply: circ,
          total_supply: total,
          max_supply: max,
          last_updated: "2024-04-30T23:59:00.000Z",
        },
      },
      null,
      2,
    )}\n`,
  );
}
// Coin pages for the coins that already had market-chart fixtures (2024-01-01 to 04-01): supply only, so the snapshot
// recorder and NARR-11 can build an FDV. Rounded magnitudes, ILLUSTRATIVE.
for (const [id, circ, total, max] of [
  ["bitcoin", 19.67e6, 19.67e6, 21e6],
  ["fetch-ai", 846e6, 1.152e9, 1.152e9],
  ["worldcoin-wld", 190e6, 10e9, 10e9],
]) {
  writeFileSync(
    `src/sources/coingecko/fixtures/coin.${id}.json`,
    `${JSON.stringify(
      {
        id,
        last_updated: "2024-04-01T00:05:00.000Z",
        market_data: {
          market_cap: { usd: null },
          fully_diluted_valuation: {},
          circulating_supply: circ,
          total_supply: total,
          max_supply: max,
        },
      },
      null,
      2,
    )}\n`,
  );
}
console.log("demand fixtures written");
