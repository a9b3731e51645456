import { type Page, expect, test } from "@playwright/test";
import { expectLinesDrawn, openView } from "./panels";

const narrative = (page: Page) => page.getByRole("region", { name: /Token narrative/ });
const checked = (page: Page, group: string, scope = narrative(page)) =>
  scope.getByRole("group", { name: group }).getByRole("radio", { checked: true });

/** Every narrative control we compare between two windows. */
async function narrativeState(page: Page) {
  const n = narrative(page);
  return {
    range: await checked(page, "Range").getAttribute("value"),
    scale: await checked(page, "Scale").getAttribute("value"),
    log: await n.getByRole("checkbox", { name: "Log scale" }).isChecked(),
    pressed: await n
      .getByRole("button", { pressed: true })
      .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")).filter((l) => l && /\(/.test(l))),
    selectedEvent: await n.getByRole("button", { name: /^Selected/ }).count(),
  };
}

test("a view comes back exactly from its URL, and Back steps through views", async ({ page, browser }) => {
  await page.goto("/?view=narrative");
  const n = narrative(page);
  await n.getByRole("group", { name: "Range" }).getByText("All", { exact: true }).click();
  await expect(page).toHaveURL(/range=all/);
  await n.getByRole("group", { name: "Scale" }).getByText("Price", { exact: true }).click();
  await n.getByRole("checkbox", { name: "Log scale" }).check();
  await n.getByRole("button", { name: /^GRT/ }).click();
  await n
    .getByRole("list", { name: "Events" })
    .getByRole("listitem")
    .filter({ hasText: "Sora" })
    .getByRole("button", { name: /Select/ })
    .click();
  await expect(n.getByRole("region", { name: /Returns around/ })).toBeVisible();
  const before = await narrativeState(page);
  await openView(page, "Data");
  const data = page.getByRole("region", { name: "Data", exact: true });
  await data.getByRole("group", { name: "Range" }).getByText("2024", { exact: true }).click();
  await expect(page).toHaveURL(/data-range=y2024/);
  const url = page.url();

  // A fresh browser opens the same view (Data, 2024), and the narrative as it was left.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(checked(other, "Range", other.getByRole("region", { name: "Data", exact: true }))).toHaveAttribute("value", "y2024");
  await openView(other, "Token narrative");
  await expect(narrative(other).getByRole("region", { name: /Returns around/ })).toBeVisible();
  // Read until it matches, not once: the restored view's controls settle as the other page's panels finish mounting.
  await expect.poll(() => narrativeState(other)).toEqual(before);
  await fresh.close();

  // Back undoes the last choice (the Data panel's range), then the change of view, then the event selection.
  await page.goBack();
  await expect(page).not.toHaveURL(/data-range/);
  await expect(checked(page, "Range", data)).toHaveAttribute("value", "report");
  await page.goBack();
  await expect(page).toHaveURL(/view=narrative/);
  await page.goBack();
  await expect(page).not.toHaveURL(/event=/);
  await page.goForward();
  await expect(page).toHaveURL(/event=openai-sora-preview/);
});

const MALFORMED = [
  "from=notadate",
  "log=maybe",
  "carw=-1",
  "range=all&range=report",
  "event=%E0%A4%A",
  "__proto__=1&constructor=x",
  `tokens=${"wld.".repeat(1300)}`,
  "event=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E",
  "notes=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
];

for (const query of MALFORMED) {
  test(`a malformed link still opens a working dashboard: ${query.slice(0, 40)}`, async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`/?${query}&scale=price`);
    const notice = page.getByRole("status").filter({ hasText: /ignored/ });
    await expect(notice).toBeVisible();
    // The view opens (the overview, or the narrative for a link that names an event) with its chart drawn.
    await expect(narrative(page).locator("svg.ts-chart")).toBeVisible();
    await expectLinesDrawn(narrative(page));
    // The valid rest of the view applies.
    await expect(checked(page, "Scale")).toHaveAttribute("value", "price");
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await expect(page.locator("main script, main img[src='x']")).toHaveCount(0);
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await expect(notice).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test("selecting a project cross-filters the narrative, and Back undoes it", async ({ page }) => {
  await page.goto("/?view=data");
  const data = page.getByRole("region", { name: "Data", exact: true });
  await data.getByRole("button", { name: /^Select Arweave/ }).click();
  await expect(page).toHaveURL(/project=arweave/);
  await expect(data).toHaveClass(/ring-2/);
  await openView(page, "Token narrative");
  const n = narrative(page);
  await expect(n.getByText(/Events about Arweave/)).toBeVisible();
  const items = n.getByRole("list", { name: "Events" }).getByRole("listitem");
  await expect(items.first()).toBeVisible();
  for (const text of await items.allTextContents()) expect(text).toMatch(/Arweave|ao|Reddit|Google|data/i);
  // Back to the Data view, then Back undoes the selection.
  await page.goBack();
  await expect(data).toHaveClass(/ring-2/);
  await page.goBack();
  await expect(page).not.toHaveURL(/project=/);
  await expect(data).not.toHaveClass(/ring-2/);
});

test("Copy link writes the URL to the clipboard; saved views come back after a reload", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?range=all&scale=pct");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/range=all/);
  expect(copied).toMatch(/scale=pct/);

  await page.getByRole("button", { name: /Saved views/ }).click();
  await page.getByRole("textbox", { name: "Name for the current view" }).fill("All history in % <b>bold</b>");
  await page.getByRole("button", { name: "Save view" }).click();
  await page.goto("/");
  await page.getByRole("button", { name: /Saved views \(1\)/ }).click();
  const saved = page.getByRole("list", { name: "Saved views" });
  await expect(saved.getByRole("button", { name: "All history in % <b>bold</b>", exact: true })).toBeVisible();
  await saved.getByRole("button", { name: "All history in % <b>bold</b>", exact: true }).click();
  await expect(page).toHaveURL(/range=all/);
  await expect(checked(page, "Scale")).toHaveAttribute("value", "pct");
});

test("a corrupted saved-views entry is dropped with a notice, the rest kept", async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem(
      "mirage:views",
      JSON.stringify({
        version: 1,
        items: [
          { id: "abcd1234", name: "Good", search: "?range=all", savedAt: "2026-11-25T10:00:00.000Z" },
          { id: 1, name: null },
        ],
      }),
    );
  });
  await page.goto("/");
  await page.getByRole("button", { name: /Saved views/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /damaged and dropped/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Saved views" }).getByRole("listitem")).toHaveCount(1);
});

test("the analyst's note appears among the events and travels with the link", async ({ page, browser, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?view=narrative");
  const n = narrative(page);
  await n.getByLabel("Date", { exact: true }).fill("2024-01-10");
  await n.getByLabel("Title", { exact: true }).fill("<script>alert(1)</script> ETF approval");
  await n.getByLabel("Note", { exact: true }).fill("Spot BTC ETFs approved");
  await n.getByRole("button", { name: "Add note" }).click();
  const item = n.getByRole("list", { name: "Events" }).getByRole("listitem").filter({ hasText: "ETF approval" });
  await expect(item).toContainText("Your note");
  await expect(item).toContainText("<script>alert(1)</script> ETF approval");
  // Your note is saved on this device; Copy link writes it into the link.
  await page.getByRole("button", { name: "Copy link" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/notes=/);

  const other = await (await browser.newContext()).newPage();
  await other.goto(link);
  await expect(
    narrative(other).getByRole("list", { name: "Events" }).getByRole("listitem").filter({ hasText: "ETF approval" }),
  ).toHaveCount(1);
  // There it is the link's note, beside the recipient's own (none yet), and adding one keeps both.
  const otherNotes = narrative(other).getByRole("list", { name: "Notes from the link" });
  await expect(otherNotes).toContainText("ETF approval");
  await narrative(other).getByLabel("Date", { exact: true }).fill("2024-02-01");
  await narrative(other).getByLabel("Title", { exact: true }).fill("Recipient's own");
  await narrative(other).getByRole("button", { name: "Add note" }).click();
  await expect(narrative(other).getByRole("list", { name: "Your notes" })).toContainText("Recipient's own");
  await expect(otherNotes).toContainText("ETF approval");
  await other.context().close();

  await item.getByRole("button", { name: /Select/ }).click();
  await expect(n.getByRole("region", { name: /Returns around/ })).toContainText("your note");
});
