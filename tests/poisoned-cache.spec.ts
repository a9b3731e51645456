import { expect, test } from "@playwright/test";
import { openView } from "./panels";

/**
 * A live cache damaged in IndexedDB (a saved series whose points became a string) must not blank the app: the entry
 * is dropped with a notice on restore, the rest is kept, and the page works.
 */
test("a poisoned live cache is dropped with a notice and the live page still renders", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // No network outside the app: the dropped series is fetched again and fails, in its panel only.
  await page.route("https://**/*", (route) => route.abort("internetdisconnected"));

  // Write the cache from a page of the same origin that does not run the app, so nothing overwrites it.
  await page.goto("/favicon.svg");
  await page.evaluate(async () => {
    const today = new Date().toISOString().slice(0, 10);
    const now = Date.now();
    const meta = {
      sourceId: "coingecko",
      sourceName: "CoinGecko",
      sourceUrl: "https://www.coingecko.com/en/coins/filecoin",
      requestUrl: "https://api.coingecko.com/api/v3/coins/filecoin/market_chart/range",
      asOf: today,
      range: { from: today, to: today },
      fetchedAt: new Date(now).toISOString(),
      isSample: false,
    };
    const queryKey = ["live-prices", "fil", today, false];
    const state = {
      data: { id: "fil", ticker: "FIL", label: "Filecoin", measure: "close", quote: "USD", points: "poisoned", meta },
      dataUpdateCount: 1,
      dataUpdatedAt: now,
      error: null,
      errorUpdateCount: 0,
      errorUpdatedAt: 0,
      fetchFailureCount: 0,
      fetchFailureReason: null,
      fetchMeta: null,
      isInvalidated: false,
      status: "success",
      fetchStatus: "idle",
    };
    const saved = JSON.stringify({
      timestamp: now,
      buster: "mirage-1",
      clientState: { mutations: [], queries: [{ queryKey, queryHash: JSON.stringify(queryKey), state }] },
    });
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open("keyval-store");
      open.onupgradeneeded = () => open.result.createObjectStore("keyval");
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction("keyval", "readwrite");
        tx.objectStore("keyval").put(saved, "mirage:query-cache");
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
    });
  });

  await page.goto("/?mode=live");
  await expect(
    page.getByText("1 saved live entry was damaged and dropped; it will be fetched again. Nothing else was saved."),
  ).toBeVisible();
  await openView(page, "Data");
  const data = page.getByRole("region", { name: "Data", exact: true });
  await expect(data.getByRole("heading", { name: "Data", exact: true })).toBeVisible();
  // The panel's claims, whose checks read the live FIL series, render: nothing read the poisoned points.
  await expect(data).toContainText("DATA-3");
  await openView(page, "Claims overview");
  expect(errors.filter((m) => /points/.test(m))).toEqual([]);
});
