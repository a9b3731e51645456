import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { z } from "zod";
import { App } from "./app/app";
import { applyTheme, readStoredTheme } from "./state/ui-store";
import "./index.css";

// zod v4 probes `new Function` to compile faster validators; the Content-Security-Policy (no eval) blocks that and
// reports a violation. Jitless mode validates the same way without the probe.
z.config({ jitless: true });

// Set the theme before the first paint so a dark-mode user never sees a white flash.
applyTheme(readStoredTheme());

async function enableMocking() {
  // Development only, and only when asked (?mock): the production build drops this branch and never ships MSW.
  if (!import.meta.env.DEV || !new URLSearchParams(window.location.search).has("mock")) return;
  const { worker } = await import("../mocks/browser");
  await worker.start({ onUnhandledRequest: "bypass" });
}

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element");

void enableMocking().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
