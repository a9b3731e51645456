// Runs before the first paint (a plain script in <head>, allowed by the Content-Security-Policy as same-origin): puts
// the stored or system theme on <html>, so the static first paint is already in the reader's theme. boot.tsx does the
// same again and owns the theme from then on (src/state/ui-store.ts).
(() => {
  // The static shell in index.html is the default view. A link with a query string asks for another one (a shared
  // view, a focused panel, a slide): its content stays hidden, not flashed, until the app has rendered the real view.
  if (location.search.length > 1) document.documentElement.classList.add("shell-stale");
  let stored = null;
  try {
    stored = localStorage.getItem("mirage:theme");
  } catch {
    // Storage blocked: the system theme still applies.
  }
  const dark = stored === "dark" || (stored !== "light" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
})();
