// Deterministic synthetic data for the bench: random-walk prices and AI events, the same on every run and machine,
// so a change in a figure comes from the code, never from the data. Shared by the browser and Node benches.

/** Days per series: about 5.5 years of daily data, more than the embedded files hold, to load the chart hard. */
export const DAYS = 2000;
/** Last day of every synthetic series; the embedded Binance files end here too, so presets resolve as usual. */
export const LAST_DAY = "2025-06-12";
export const EVENT_COUNT = 60;
const SEED = 20250612;
const DAY_MS = 86_400_000;

/** mulberry32: a tiny seeded PRNG with good enough spread for synthetic walks (returns floats in [0, 1)). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a name: one seed per file, so a series does not depend on the order in which the page requests files. */
function seedOf(name) {
  let h = 0x811c9dc5 ^ SEED;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Standard normal draw from two uniforms (Box-Muller). */
function gaussian(rand) {
  const u = 1 - rand(); // (0, 1]: log(0) would be -Infinity
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** The DAYS consecutive calendar days ending LAST_DAY, oldest first, as YYYY-MM-DD. */
export const calendar = (() => {
  const end = Date.parse(`${LAST_DAY}T00:00:00Z`);
  return Array.from({ length: DAYS }, (_, i) => new Date(end - (DAYS - 1 - i) * DAY_MS).toISOString().slice(0, 10));
})();

const isWeekend = (day) => {
  const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
  return wd === 0 || wd === 6;
};

/**
 * A geometric random walk named `name`: [{ date, value }] over the calendar (weekdays only for stocks). Starting levels
 * and volatility are crypto-like; prices are floored at 0.01 so the 4-decimal text form never rounds to zero, which
 * the app's schema would reject as a non-positive close.
 */
export function randomWalk(name, { weekdaysOnly = false } = {}) {
  const rand = mulberry32(seedOf(name));
  const sigma = weekdaysOnly ? 0.02 : 0.035;
  let price = 5 + rand() * 500;
  const out = [];
  for (const date of calendar) {
    // Draw for every calendar day, trading or not, so a stock's path has the same shape whatever days are skipped.
    price = Math.max(0.01, price * Math.exp(sigma * gaussian(rand)));
    if (weekdaysOnly && isWeekend(date)) continue;
    out.push({ date, value: price });
  }
  return out;
}

/** Price files the app fetches that carry a volume column and trade on weekdays only (see the catalog). */
const STOCK_FILES = new Set(["NVDA.csv", "MSFT.csv"]);

/**
 * The CSV text the app expects for a file of public/data/prices: `date,close` (or `date,open` for the Yahoo TAO opens,
 * `date,close,volume` for stocks). Values as fixed 4-decimal text, never with an exponent.
 */
export function priceCsv(file) {
  const stock = STOCK_FILES.has(file);
  const rand = mulberry32(seedOf(`${file}#volume`));
  const header = stock ? "date,close,volume" : file === "TAO_yahoo_open.csv" ? "date,open" : "date,close";
  const lines = [header];
  for (const p of randomWalk(file, { weekdaysOnly: stock })) {
    const value = p.value.toFixed(4);
    lines.push(stock ? `${p.date},${value},${Math.floor(1e6 + rand() * 5e7)}` : `${p.date},${value}`);
  }
  return `${lines.join("\n")}\n`;
}

const CATEGORIES = ["model-release", "product", "company", "chips-earnings", "funding-valuation", "policy", "crypto-ai", "people"];
const TICKERS = ["WLD", "FET", "AGIX", "RNDR", "TAO", "FIL", "AR", "GRT", "NEAR", "ICP"];
const ENTITIES = ["OpenAI", "Nvidia", "Microsoft", "Google", "Anthropic", "Meta", "Bittensor", "Fetch.ai"];

/**
 * EVENT_COUNT events in the shape of public/data/events.json, sorted by date. They are spread evenly from day 70 to
 * day DAYS - 15 (with a few days of seeded jitter) rather than over all the days, so that every event has the 60
 * estimation rows and the +7 window the event study needs: the bench then times full studies, not early exits.
 */
export function syntheticEvents() {
  const rand = mulberry32(seedOf("events"));
  const first = 70;
  const last = DAYS - 15;
  const step = (last - first) / (EVENT_COUNT - 1);
  const events = [];
  for (let i = 0; i < EVENT_COUNT; i++) {
    const day = Math.min(last, Math.max(first, Math.round(first + i * step + (rand() - 0.5) * 6)));
    const category = CATEGORIES[i % CATEGORIES.length];
    const entity = ENTITIES[Math.floor(rand() * ENTITIES.length)];
    const token = TICKERS[Math.floor(rand() * TICKERS.length)];
    const n = String(i + 1).padStart(2, "0");
    const id = `bench-event-${n}-${category}`;
    events.push({
      id,
      date: calendar[day],
      title: `Synthetic ${category.replace("-", " ")} news ${n} about ${entity}`,
      summary: `A made-up ${category} event about ${entity}, generated by the bench to load the narrative panel.`,
      category,
      entities: [entity],
      tokens: [token],
      source: { publisher: "Mirage bench", title: `Synthetic event ${n}`, url: `https://example.com/mirage-bench/events/${id}` },
      in_report: false,
      verified: true,
      evidence: "Synthetic: generated by scripts/bench/synthetic.mjs from a seeded PRNG; not a real event.",
    });
  }
  return events.sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
}
