// Node timings of the narrative panel's analytics on synthetic data: the event study, the downsampling of the chart
// rows and the basket CAR path. The TypeScript sources are loaded through Vite's SSR loader, so what is timed is the
// project's own code as it is now (no separate build, no copy), transformed the way Vite transforms it.
import { performance } from "node:perf_hooks";
import { createServer } from "vite";
import { randomWalk, syntheticEvents } from "./synthetic.mjs";

const WARMUP = 3;
const RUNS = 30;
const TOKEN_COUNT = 15;
const MAX_POINTS = 700;
const CAR_HALF_WIDTH = 10;

/** Warm up (JIT, caches), then time `fn` RUNS times; returns the raw durations in ms and the last result. */
function time(fn) {
  let result;
  for (let i = 0; i < WARMUP; i++) result = fn();
  const ms = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = fn();
    ms.push(performance.now() - t0);
  }
  return { ms, result };
}

/** Calls `name` on the module, or says which export is missing (the analytics API may be renamed under us). */
function exported(a, name) {
  if (typeof a[name] !== "function") throw new Error(`src/analytics/index.ts no longer exports a function ${name}`);
  return a[name];
}

/**
 * Runs the three Node figures and returns { eventStudy, downsample, carPath }, each { ms: number[], note }.
 * The notes say what the result held, so a "fast" figure that computed nothing is visible as such.
 */
export async function analyticsFigures() {
  // hmr/ws off: in middleware mode Vite would otherwise open its HMR websocket port (24678), which may collide with a
  // dev server the other engineer has running; the bench needs only the module loader.
  const vite = await createServer({ server: { middlewareMode: true, hmr: false, ws: false }, appType: "custom", logLevel: "silent" });
  try {
    const a = await vite.ssrLoadModule("/src/analytics/index.ts");
    const studyEvents = exported(a, "studyEvents");
    const downsampleAligned = exported(a, "downsampleAligned");
    const basketCarPath = exported(a, "basketCarPath");
    if (!Array.isArray(a.DEFAULT_WINDOWS)) throw new Error("src/analytics/index.ts no longer exports DEFAULT_WINDOWS");

    const keys = Array.from({ length: TOKEN_COUNT }, (_, i) => `TOKEN${String(i + 1).padStart(2, "0")}`);
    const tokens = keys.map((key) => ({ key, points: randomWalk(`node:${key}`) }));
    const bench = randomWalk("node:BENCH");
    const events = syntheticEvents().map((e) => ({ id: e.id, date: e.date }));

    const study = time(() => studyEvents(tokens, bench, events, a.DEFAULT_WINDOWS));
    const okPairs = study.result.filter((r) => r.result.ok).length;

    // Chart rows as the narrative view builds them: one object per day with every series' value and the time axis.
    const rows = tokens[0].points.map((p, i) => {
      const row = { date: p.date, t: Date.parse(`${p.date}T00:00:00Z`) };
      for (const t of tokens) row[t.key] = t.points[i].value;
      return row;
    });
    const down = time(() => downsampleAligned(rows, keys, MAX_POINTS));

    const tokenPoints = tokens.map((t) => t.points);
    const eventDates = events.map((e) => e.date);
    const car = time(() => basketCarPath(tokenPoints, bench, eventDates, CAR_HALF_WIDTH));

    return {
      eventStudy: {
        ms: study.ms,
        note: `${study.result.length} rows, ${okPairs} fitted (${events.length} events × ${tokens.length} tokens × ${a.DEFAULT_WINDOWS.length} windows)`,
      },
      downsample: { ms: down.ms, note: `${rows.length} rows → ${down.result.length} kept (union over ${keys.length} series)` },
      carPath: { ms: car.ms, note: `${car.result.used.length} of ${eventDates.length} events used, half-width ${CAR_HALF_WIDTH}` },
      runs: RUNS,
      warmup: WARMUP,
    };
  } finally {
    await vite.close();
  }
}
