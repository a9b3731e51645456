import { type Locator, type Page, expect, test } from "@playwright/test";
import { endLabelFaults } from "./panels";

const slideLabel = (n: number) => new RegExp(`^Slide ${n} of \\d+`);

test("the deck runs on a clicker's keys, each slide has its URL, Back goes to the previous slide, Escape restores the dashboard", async ({
  page,
}) => {
  await page.goto("/?scale=pct&data-range=all");
  await page.getByRole("button", { name: "Present", exact: true }).click();
  await expect(page).toHaveURL(/slide=1/);
  const slide = page.locator("main[aria-roledescription='slide']");
  await expect(slide).toHaveAttribute("aria-label", slideLabel(1));
  await expect(page.getByRole("banner")).toHaveCount(0); // chrome hidden

  for (const [key, n] of [
    ["PageDown", 2],
    ["ArrowRight", 3],
    [" ", 4],
    ["PageUp", 3],
    ["ArrowLeft", 2],
    ["End", 9],
    ["Home", 1],
    ["5", 5],
  ] as const) {
    await page.keyboard.press(key === " " ? "Space" : key);
    await expect(slide).toHaveAttribute("aria-label", slideLabel(n));
    await expect(page).toHaveURL(new RegExp(`slide=${n}(&|$)`));
  }
  // The footer carries the slide number, the source and the data's as-of.
  await expect(page.locator("footer")).toContainText("Slide 5 of 9");
  await expect(page.locator("footer")).toContainText("Data as of 2025-06-12");
  await expect(page.locator("footer")).toContainText(/Source:/);

  // A slide's URL opens on it.
  const url = page.url();
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.locator("main[aria-roledescription='slide']")).toHaveAttribute("aria-label", slideLabel(5));
  await other.close();

  await page.goBack();
  await expect(slide).toHaveAttribute("aria-label", slideLabel(1));

  await page.keyboard.press("Escape");
  await expect(page).not.toHaveURL(/slide=/);
  // Back on the overview the deck left from, with its state.
  await expect(page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Overview" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByRole("region", { name: /Where the report's 60 claims stand/ })).toBeVisible();
  await expect(page).toHaveURL(/scale=pct/);
  await expect(page).toHaveURL(/data-range=all/);
});

test("stepping through the whole default deck with the keys shows every slide without an error, forward and back", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("/");
  await page.getByRole("button", { name: "Present", exact: true }).click();
  const slide = page.locator("main[aria-roledescription='slide']");
  await expect(slide).toHaveAttribute("aria-label", slideLabel(1));
  const count = Number((await slide.getAttribute("aria-label"))?.match(/of (\d+)/)?.[1]);
  expect(count).toBeGreaterThan(5);

  const check = async (n: number) => {
    await expect(slide).toHaveAttribute("aria-label", slideLabel(n));
    // Whatever the slide draws has arrived (no loading line left) before it is judged.
    await expect(slide.getByRole("status").filter({ hasText: /Loading/ })).toHaveCount(0);
    await expect(slide.getByRole("alert")).toHaveCount(0);
    await expect(slide.getByText(/could not be shown/)).toHaveCount(0);
    expect(errors, `page errors on slide ${n}`).toEqual([]);
  };

  for (let n = 1; n <= count; n++) {
    if (n > 1) await page.keyboard.press("ArrowRight");
    await check(n);
  }
  for (let n = count - 1; n >= 1; n--) {
    await page.keyboard.press("ArrowLeft");
    await check(n);
  }
});

test("the study slide shows the returns around Sora at projector scale", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("/?slide=7");
  const slide = page.locator("main[aria-roledescription='slide']");
  await expect(slide.getByRole("row", { name: /^WLD/ })).toContainText(/[+−]\d+\.\d/);
  const size = await slide
    .locator("p")
    .first()
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
});

test("the presenter view follows the audience window, whichever gets the key", async ({ page, context }) => {
  await page.goto("/?slide=2");
  const presenter = await context.newPage();
  await presenter.goto("/?slide=2&presenter=1");
  await expect(presenter.getByRole("timer")).toBeVisible();
  await expect(presenter.getByRole("region", { name: "Speaker notes" })).toContainText("Data");

  await page.keyboard.press("ArrowRight");
  await expect(presenter).toHaveURL(/slide=3/);
  await expect(presenter.getByText("Now: slide 3 of 9")).toBeVisible();

  await presenter.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/slide=4/);
  await expect(page.locator("main[aria-roledescription='slide']")).toHaveAttribute("aria-label", slideLabel(4));
});

test("your own deck: add views as slides, title them, share the deck as a link", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?range=all");
  await page.getByRole("button", { name: "Add this view as a slide" }).click();
  await page.goto("/?panel=compute");
  await page.getByRole("button", { name: "Add this view as a slide" }).click();
  await page.getByRole("button", { name: /Your deck \(2\)/ }).click();
  await page.getByRole("textbox", { name: "Title of slide 2" }).fill("Akash <b>and</b> compute");
  await page.getByRole("button", { name: "Move slide 2 up" }).click();
  await expect(page.getByRole("textbox", { name: "Title of slide 1" })).toHaveValue("Akash <b>and</b> compute");
  await page.getByRole("button", { name: "Share deck as a link" }).click();
  // The page writes the clipboard asynchronously after the click: read until the link is there, not once.
  const readClipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await expect.poll(readClipboard).toMatch(/deck=[A-Za-z0-9_-]+/);
  const link = await readClipboard();

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.locator("main[aria-roledescription='slide']")).toHaveAttribute(
    "aria-label",
    /Slide 1 of 2: Akash <b>and<\/b> compute/,
  );
  // User text is text: the markup shows as typed and makes no element.
  await expect(other.locator("main[aria-roledescription='slide'] h1")).toHaveText("Akash <b>and</b> compute");
  await expect(other.locator("main[aria-roledescription='slide'] h1 b")).toHaveCount(0);
});

test("the presenter's next-slide preview shows that slide with its own view, and both previews fit the window", async ({ page }) => {
  await page.goto("/?slide=6&presenter=1");
  await expect(page.getByText("Next: Returns around OpenAI's Sora")).toBeVisible();
  const next = page.frameLocator("iframe[title^='Next:']");
  // The Sora slide's view selects the event: the preview draws its study, not "no event".
  await expect(next.getByRole("row", { name: /^WLD/ })).toContainText(/[+−]\d+\.\d/);
  await expect(next.getByText("No event is selected for this slide.")).toHaveCount(0);
  const viewport = page.viewportSize();
  for (const title of ["Now:", "Next:"]) {
    const box = await page.locator(`iframe[title^='${title}']`).locator("..").boundingBox();
    expect(box, title).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0), `${title} preview's bottom`).toBeLessThanOrEqual(viewport?.height ?? 0);
  }
});

test("on a projector, each chart slide's plot takes most of the screen, its title shows once and its ticks read from the back", async ({
  page,
}) => {
  await stepChartSlides(page, async (slide, n) => {
    const m = await slide.evaluate((main) => {
      const title = main.querySelector("h1")?.textContent ?? "";
      const shown = [...main.querySelectorAll("*")].filter(
        (el) => el.textContent?.trim() === title && el.getBoundingClientRect().height > 4 && el.children.length === 0,
      );
      const charts = [...main.querySelectorAll("svg.ts-chart")].map((el) => el.getBoundingClientRect().height);
      const ticks = [...main.querySelectorAll("svg.ts-chart .ts-x-tick")].map((el) => Number.parseFloat(getComputedStyle(el).fontSize));
      // Text that runs past the slide's bottom edge is cut off on the projector (a caption ended mid-sentence).
      const bottom = main.getBoundingClientRect().bottom;
      const cut = [...main.querySelectorAll("p, li, figcaption, h2, h3")]
        .filter((el) => el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().bottom > bottom + 1)
        .map((el) => el.textContent?.trim().slice(0, 60));
      return { title, titles: shown.length, chart: Math.max(...charts), tick: Math.min(...ticks), cut };
    });
    // End-of-line labels: each inside its chart, none over another (they were cut at the edge and drawn on each other).
    expect(await endLabelFaults(slide), `slide ${n}: end labels`).toEqual([]);
    expect(m.cut, `slide ${n}: text cut off at the bottom`).toEqual([]);
    expect(m.titles, `slide ${n}: "${m.title}" shown once`).toBe(1);
    expect(m.chart, `slide ${n}: chart height`).toBeGreaterThanOrEqual(0.5 * 1080);
    expect(m.tick, `slide ${n}: tick label size`).toBeGreaterThanOrEqual(18);
  });
});

test("the chart slides carry no interaction hints: nothing on the stage or narrative slides asks the room to drag", async ({ page }) => {
  await stepChartSlides(page, async (slide, n) => {
    await expect(slide.getByText(/^Units:/)).toBeVisible();
    expect(await slide.evaluate((main) => main.textContent ?? ""), `slide ${n}`).not.toMatch(/drag/i);
  });
});

/**
 * At 1920×1080, steps from slide 2 to 6 (the four stages and the narrative) with ArrowRight, as in a talk, and runs
 * `check` on each once its chart has drawn.
 */
async function stepChartSlides(page: Page, check: (slide: Locator, n: number) => Promise<void>) {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const slide = page.locator("main[aria-roledescription='slide']");
  await page.goto("/?slide=2");
  for (const n of [2, 3, 4, 5, 6]) {
    if (n > 2) await page.keyboard.press("ArrowRight");
    await expect(slide).toHaveAttribute("aria-label", slideLabel(n));
    // The first slide loads the prices (slow on a busy machine); the rest reuse them.
    await expect(slide.locator("svg.ts-chart .ts-x-tick").first()).toBeVisible({ timeout: 20_000 });
    await check(slide, n);
  }
}
