import "./index.css";

/**
 * The entry point is small on purpose: the page's top arrives as static HTML (see src/app/static-shell.tsx), and this
 * waits until the browser has painted it before it fetches and runs the app. On a slow link the reader sees the title,
 * the thesis and the stages while the script downloads; on a fast one it costs a frame.
 */
function afterFirstPaint(): Promise<void> {
  // A hidden tab paints nothing and pauses animation frames: start at once there.
  if (document.visibilityState === "hidden") return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

void afterFirstPaint()
  .then(() => import("./boot"))
  .then(({ boot }) => boot())
  .catch((error: unknown) => {
    // The static shell would otherwise sit there looking ready: say that the app did not start, and how to retry.
    const note = document.createElement("p");
    note.setAttribute("role", "alert");
    note.className = "mx-auto max-w-[1600px] px-6 py-4 text-sm text-bad";
    note.textContent = `Mirage could not start (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.`;
    document.getElementById("root")?.append(note);
  });
