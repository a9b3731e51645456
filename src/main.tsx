import "./index.css";

/**
 * The entry point is small on purpose: the page's top arrives as static HTML (see src/app/static-shell.tsx), and this
 * waits until the browser has painted it before it fetches and runs the app. On a slow link the reader sees the title,
 * the thesis and the stages while the script downloads; on a fast one it costs a frame.
 */
function afterFirstPaint(): Promise<void> {
  // A hidden tab paints nothing: start at once there, as where paint timing is missing or the paint already happened.
  if (document.visibilityState === "hidden" || typeof PerformanceObserver === "undefined") return Promise.resolve();
  // No static shell (the dev server serves an empty #root): nothing to wait for.
  if (!document.getElementById("root")?.hasChildNodes()) return Promise.resolve();
  if (performance.getEntriesByName("first-contentful-paint").length > 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      observer.disconnect();
      resolve();
    };
    // The paint entry arrives once the frame is on screen; the timer is a backstop should it never come.
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName("first-contentful-paint").length > 0) done();
    });
    observer.observe({ type: "paint", buffered: true });
    const timer = setTimeout(done, 300);
  });
}

// zod v4 probes `new Function` when it builds a schema, to compile faster validators; the Content-Security-Policy (no
// eval) blocks that and reports a violation. Jitless mode validates the same way without the probe. zod reads its
// config from this global (zod/v4/core/core.js), so setting it here, before the app's modules are even fetched, is
// in place before any schema is built; no zod code needs to load with the entry.
(globalThis as { __zod_globalConfig?: Record<string, unknown> }).__zod_globalConfig = { jitless: true };

/** The next task: a timer, which the browser runs after anything it has queued (input, a frame). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

void afterFirstPaint()
  // React first, evaluated in a task of its own, then the app in the next: evaluating both at once (~450 KB of script)
  // was one ~45 ms task on this machine, ~180 ms on a 4x-throttled phone, right after the first paint.
  .then(() => import("react-dom/client"))
  .then(nextTask)
  .then(() => import("./boot"))
  .then(({ boot }) => boot())
  .catch((error: unknown) => {
    // The static shell would otherwise sit there looking ready: say that the app did not start, and how to retry.
    document.documentElement.classList.remove("shell-stale");
    const note = document.createElement("p");
    note.setAttribute("role", "alert");
    note.className = "mx-auto max-w-[1600px] px-6 py-4 text-sm text-bad";
    note.textContent = `Mirage could not start (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.`;
    document.getElementById("root")?.append(note);
  });
