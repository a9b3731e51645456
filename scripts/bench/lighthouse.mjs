// Lighthouse figures for the bench: the built site (dist/) served the way a static host serves it (gzip for text,
// SPA fallback for extensionless paths), plus a one-line page served the same way as the LCP baseline. Lighthouse runs
// RUNS times per form factor (mobile = Lighthouse's default config, desktop = its desktop config) and page, in a fresh
// Chromium each time, round-robin so that any drift of the machine lands on every configuration alike; each figure is
// the median of its runs, taken on its own.
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { findBrowser, NO_BROWSER_MESSAGE } from "../browser.mjs";

export const LIGHTHOUSE_RUNS = 3;
export const BASELINE_PATH = "/__bench/one-line.html";
const BASELINE_HTML = "<!doctype html><title>x</title><p>Hello</p>\n";
const CATEGORIES = ["performance", "accessibility", "best-practices"];
// Budgets from the issue; printed as notes next to the figures, never turned into an exit code.
export const BUDGET_MOBILE_PERFORMANCE = 0.98;
export const BUDGET_LCP_RATIO = 1.5;
export const BUDGET_CLS = 0.02;
// A run that takes longer than this is stuck (Lighthouse's own page-load cap is lowered to 30 s below): Chromium is
// killed, which makes Lighthouse give up, and the run counts as failed.
const RUN_TIMEOUT_MS = 120_000;
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};
const compressible = (type) => /^text\/|^application\/(json|javascript|xml|manifest\+json)|^image\/svg\+xml/.test(type);

/**
 * A static server for `root` on a free port of 127.0.0.1: gzip (level 6, as most hosts) for text types when the
 * client accepts it, a content type per extension, index.html for extensionless paths that are no file, 404 for any
 * other missing path. Files are served as they are (index.html keeps its CSP meta); `extra` maps paths to in-memory
 * HTML pages. Bodies are read and compressed once, so the server costs next to nothing while Lighthouse measures.
 */
export async function serveStatic(root, extra = {}) {
  const base = resolve(root);
  const cache = new Map();
  const load = async (path) => {
    if (!cache.has(path)) {
      cache.set(
        path,
        (async () => {
          const body = path in extra ? Buffer.from(extra[path]) : await readFile(join(base, path));
          const type = TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
          return { body, type, gz: compressible(type) ? gzipSync(body, { level: 6 }) : undefined };
        })(),
      );
    }
    return cache.get(path);
  };
  /** The file a URL path names, relative to root, or undefined (outside root, missing, or a directory). */
  const fileFor = async (pathname) => {
    if (pathname in extra) return pathname;
    const rel = normalize(pathname).replace(/^[/\\]+/, "");
    const full = join(base, rel);
    if (full !== base && !full.startsWith(base + sep)) return undefined;
    try {
      if ((await stat(full)).isFile()) return rel;
    } catch {}
    return undefined;
  };

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { Allow: "GET, HEAD" }).end();
        return;
      }
      let pathname;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      let file = await fileFor(pathname === "/" ? "/index.html" : pathname);
      if (!file && extname(pathname) === "") file = "index.html"; // SPA fallback, only for extensionless paths
      if (!file) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
        return;
      }
      const { body, type, gz } = await load(file);
      const useGzip = gz && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
      const out = useGzip ? gz : body;
      const headers = { "Content-Type": type, "Content-Length": out.length };
      if (gz) headers.Vary = "Accept-Encoding";
      if (useGzip) headers["Content-Encoding"] = "gzip";
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : out);
    } catch (e) {
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(`${e instanceof Error ? e.message : e}\n`);
    }
  });
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", ok);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** The figures of one Lighthouse result, or a thrown error when Lighthouse reports that the page could not be measured. */
function figuresOf(lhr, origin) {
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const a = lhr.audits;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? undefined]));
  const num = (id) => (typeof a[id]?.numericValue === "number" ? a[id].numericValue : undefined);
  // Audits that cost points: weighted audits of the three categories that scored below 1, with the points (of 100) they
  // took from their category and what failed: the issue types for inspector-issues, else how many items the audit lists.
  const lost = {};
  for (const c of CATEGORIES) {
    const refs = lhr.categories[c]?.auditRefs ?? [];
    const total = refs.reduce((t, r) => t + r.weight, 0);
    lost[c] = refs
      .filter((r) => r.weight > 0 && a[r.id] && typeof a[r.id].score === "number" && a[r.id].score < 1)
      .map((r) => {
        const items = Array.isArray(a[r.id].details?.items) ? a[r.id].details.items : [];
        const what =
          r.id === "inspector-issues"
            ? items.map((i) => i.issueType).join(", ")
            : a[r.id].displayValue || (items.length ? `${items.length} item${items.length > 1 ? "s" : ""}` : "");
        return { id: r.id, score: a[r.id].score, points: (100 * r.weight * (1 - a[r.id].score)) / total, what };
      });
  }
  // Anything the page asked of another origin would hang or fail here (no network): it should be nothing.
  const requests = a["network-requests"]?.details?.items ?? [];
  const external = requests.map((r) => r.url).filter((u) => /^https?:/.test(u) && new URL(u).origin !== origin);
  return {
    scores,
    lcp: num("largest-contentful-paint"),
    tbt: num("total-blocking-time"),
    cls: num("cumulative-layout-shift"),
    fcp: num("first-contentful-paint"),
    lost,
    external,
    warnings: lhr.runWarnings ?? [],
    version: lhr.lighthouseVersion,
    userAgent: lhr.environment?.hostUserAgent,
  };
}

/** Chromium would not start: no later run can do better, so the whole Lighthouse stage stops with this reason. */
class LaunchError extends Error {}

/** One Lighthouse run in a fresh Chromium; Chromium is killed whatever happens, or once RUN_TIMEOUT_MS has passed. */
async function lighthouseRun({ lighthouse, chromeLauncher, chromePath, url, config, origin }) {
  let chrome;
  try {
    chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  } catch (e) {
    throw new LaunchError(`could not start Chromium (${chromePath}): ${e instanceof Error ? e.message.split("\n")[0] : e}`);
  }
  let timer;
  try {
    const run = lighthouse(
      url,
      {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: CATEGORIES,
        maxWaitForLoad: 30_000,
        disableFullPageScreenshot: true, // not a figure; saves a few seconds a run
      },
      config,
    );
    run.catch(() => {}); // after a timeout nobody awaits it any more
    const timeout = new Promise((_, fail) => {
      timer = setTimeout(() => {
        chrome.kill();
        fail(new Error(`Lighthouse did not finish within ${RUN_TIMEOUT_MS / 1000} s`));
      }, RUN_TIMEOUT_MS);
    });
    const result = await Promise.race([run, timeout]);
    if (!result?.lhr) throw new Error("Lighthouse returned no result");
    return figuresOf(result.lhr, origin);
  } finally {
    clearTimeout(timer);
    chrome.kill();
  }
}

/**
 * Runs Lighthouse on the built site in `dist` and on the one-line page: LIGHTHOUSE_RUNS times per form factor and page.
 * Returns { version, runs, results: { mobile|desktop: { dashboard|baseline: { ok: [figures], errors: [string] } } } }.
 * Throws only when Lighthouse cannot run at all (not installed, no Chromium); a failed run is kept in `errors`.
 */
export async function lighthouseFigures(dist, { runs = LIGHTHOUSE_RUNS, log = console.error } = {}) {
  const browser = findBrowser();
  if (!browser) throw new Error(NO_BROWSER_MESSAGE.split("\n")[0]);
  // Imported here rather than at the top so that `--no-lighthouse` or a broken install costs the bench nothing else.
  const [{ default: lighthouse }, chromeLauncher, { default: desktopConfig }] = await Promise.all([
    import("lighthouse"),
    import("chrome-launcher"),
    import("lighthouse/core/config/desktop-config.js"),
  ]);
  const configs = { mobile: undefined, desktop: desktopConfig };
  const server = await serveStatic(dist, { [BASELINE_PATH]: BASELINE_HTML });
  const pages = { baseline: `${server.url}${BASELINE_PATH}`, dashboard: `${server.url}/` };
  const results = {};
  for (const ff of Object.keys(configs)) {
    results[ff] = {};
    for (const page of Object.keys(pages)) results[ff][page] = { ok: [], errors: [] };
  }
  let version;
  try {
    for (let i = 1; i <= runs; i++) {
      for (const ff of Object.keys(configs)) {
        for (const [page, url] of Object.entries(pages)) {
          const t0 = performance.now();
          try {
            const f = await lighthouseRun({
              lighthouse,
              chromeLauncher,
              chromePath: browser.path,
              url,
              config: configs[ff],
              origin: server.url,
            });
            version ??= f.version;
            results[ff][page].ok.push(f);
            const s = f.scores;
            log(
              `lighthouse ${ff} ${page} ${i}/${runs}: perf ${s.performance?.toFixed(2)}, a11y ${s.accessibility?.toFixed(2)}, ` +
                `bp ${s["best-practices"]?.toFixed(2)}, LCP ${f.lcp?.toFixed(0)} ms, TBT ${f.tbt?.toFixed(0)} ms, CLS ${f.cls?.toFixed(3)}` +
                ` (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
            );
          } catch (e) {
            if (e instanceof LaunchError) throw e;
            const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
            results[ff][page].errors.push(why);
            log(`lighthouse ${ff} ${page} ${i}/${runs} failed: ${why}`);
          }
        }
      }
    }
  } finally {
    await server.close();
  }
  return { version, runs, results };
}

// ---- Table rows -------------------------------------------------------------------------------------------------

function stats(values) {
  const v = values.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const mid = Math.floor(v.length / 2);
  return { median: v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2, min: v[0], max: v[v.length - 1] };
}
const within = (ok) => (ok ? "within budget" : "over budget");
/** Distinct entries of `list` in first-seen order, each with "(×n)" when it occurs n > 1 times. */
function count(list) {
  const n = new Map();
  for (const x of list) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].map(([x, k]) => (k > 1 ? `${x} (×${k})` : x));
}

/**
 * The bench table's Lighthouse rows ([figure, median, min, max, note]) and the notes to print under the table.
 * `figures` is what lighthouseFigures returned; `error` the reason it could not run, or `skipped` a reason to skip.
 */
export function lighthouseRows(figures, { error, skipped } = {}) {
  const formFactors = ["mobile", "desktop"];
  if (skipped || error) {
    const why = skipped ? `skipped (${skipped})` : `could not run: ${error}`;
    return { rows: [["Lighthouse", "n/a", "", "", why]], notes: skipped ? [] : [`Lighthouse could not run: ${error}`] };
  }
  const rows = [];
  const notes = [];
  for (const ff of formFactors) {
    const dash = figures.results[ff].dashboard;
    const base = figures.results[ff].baseline;
    const tag = `Lighthouse ${ff}`;
    const got = dash.ok.length;
    const runsNote = got === figures.runs ? "" : `; ${got} of ${figures.runs} runs`;
    if (got === 0) {
      const why = count(dash.errors).join(" | ");
      rows.push([`${tag}: dashboard`, "n/a", "", "", `every run failed: ${why}`]);
      notes.push(`${tag}, dashboard: every run failed: ${why}`);
      continue;
    }
    const of = (list, pick) => stats(list.map(pick));
    // Scores: "perf / a11y / bp" with each median, minimum and maximum taken on its own.
    const cat = CATEGORIES.map((c) => of(dash.ok, (f) => f.scores[c]));
    const triple = (k) => cat.map((s) => (s ? s[k].toFixed(2) : "n/a")).join(" / ");
    const perf = cat[0]?.median;
    const perfNote =
      ff === "mobile"
        ? `performance >= ${BUDGET_MOBILE_PERFORMANCE} (median): ${perf === undefined ? "n/a" : within(perf >= BUDGET_MOBILE_PERFORMANCE)}`
        : "no budget (the issue sets one for mobile)";
    rows.push([
      `${tag}: performance / accessibility / best practices`,
      triple("median"),
      triple("min"),
      triple("max"),
      perfNote + runsNote,
    ]);

    const lcp = of(dash.ok, (f) => f.lcp);
    const baseLcp = of(base.ok, (f) => f.lcp);
    const ratio = lcp && baseLcp ? lcp.median / baseLcp.median : undefined;
    const ms = (v) => `${v.toFixed(0)} ms`;
    rows.push([
      `${tag}: LCP (ms), and ratio to the one-line page`,
      lcp ? `${ms(lcp.median)}${ratio === undefined ? "" : ` (${ratio.toFixed(2)}×)`}` : "n/a",
      lcp ? ms(lcp.min) : "",
      lcp ? ms(lcp.max) : "",
      baseLcp
        ? `one-line page ${ms(baseLcp.median)} (median); <= ${BUDGET_LCP_RATIO}× it: ${ratio === undefined ? "n/a" : within(ratio <= BUDGET_LCP_RATIO)}`
        : `one-line page: every run failed (${count(base.errors).join(" | ")})`,
    ]);
    const tbt = of(dash.ok, (f) => f.tbt);
    rows.push([`${tag}: TBT (ms)`, tbt ? ms(tbt.median) : "n/a", tbt ? ms(tbt.min) : "", tbt ? ms(tbt.max) : "", "no budget"]);
    const cls = of(dash.ok, (f) => f.cls);
    rows.push([
      `${tag}: CLS`,
      cls ? cls.median.toFixed(3) : "n/a",
      cls ? cls.min.toFixed(3) : "",
      cls ? cls.max.toFixed(3) : "",
      `<= ${BUDGET_CLS} (median): ${cls ? within(cls.median <= BUDGET_CLS) : "n/a"}`,
    ]);

    // Where the points went, so a reader knows what to fix without opening a report.
    for (const c of CATEGORIES) {
      const byAudit = new Map();
      for (const f of dash.ok) for (const l of f.lost[c]) byAudit.set(l.id, [...(byAudit.get(l.id) ?? []), l]);
      const lost = [...byAudit]
        .map(([id, list]) => ({ id, list, points: stats(list.map((l) => l.points)).median }))
        .sort((x, y) => y.points - x.points)
        .map(({ id, list, points }) => {
          const score = stats(list.map((l) => l.score));
          const whats = [...new Set(list.map((l) => l.what).filter(Boolean))];
          const inRuns = list.length === got ? "" : `, in ${list.length} of ${got} runs`;
          return `${id} −${points.toFixed(1)} (score ${score.median.toFixed(2)}${whats.length ? `; ${whats.join(" / ")}` : ""}${inRuns})`;
        });
      if (lost.length) notes.push(`${tag}, ${c}: points lost (of 100, median over runs) on ${lost.join(", ")}`);
    }
    const failed = [...dash.errors.map((e) => `dashboard: ${e}`), ...base.errors.map((e) => `one-line page: ${e}`)];
    if (failed.length) notes.push(`${tag}: failed runs: ${count(failed).join(" | ")}`);
    const external = count([...dash.ok, ...base.ok].flatMap((f) => f.external));
    if (external.length) notes.push(`${tag}: requests to other origins (there is no network here): ${external.join(", ")}`);
    const warnings = count([...dash.ok, ...base.ok].flatMap((f) => f.warnings));
    if (warnings.length) notes.push(`${tag}: Lighthouse warnings: ${warnings.join(" | ")}`);
  }
  notes.unshift(
    `Lighthouse ${figures.version ?? "(version n/a)"}: mobile = default config, desktop = desktop config, both with simulated throttling; ` +
      `categories ${CATEGORIES.join(", ")}; ${figures.runs} runs per form factor and page, each in a fresh Chromium, and each figure ` +
      `is the median of its runs taken on its own (the LCP ratio is the ratio of the two medians). Served from dist/ by a node:http ` +
      `server with gzip; the one-line page is ${JSON.stringify(BASELINE_HTML.trim())}, served the same way.`,
  );
  return { rows, notes };
}
