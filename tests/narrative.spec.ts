import { expect, test } from "@playwright/test";
import { expectLinesDrawn } from "./panels";

test.describe("token narrative", () => {
  test("draws the price lines and lists every event of the dataset over the whole range", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto("/#narrative");
    const panel = page.getByRole("region", { name: /Token narrative/ });
    await expectLinesDrawn(panel);
    await expect(panel.getByRole("checkbox", { name: "Log scale" })).toBeVisible();

    await panel.getByText("All", { exact: true }).first().click();
    const events = panel.getByRole("list", { name: "Events" });
    await expect(events.getByRole("listitem")).toHaveCount(76);
    // The report's own events are marked as such: 14 of them.
    await expect(events.getByText("In the report")).toHaveCount(14);
    expect(errors).toEqual([]);
  });

  test("choosing the Sora event shows the returns table with WLD in %", async ({ page }) => {
    await page.goto("/#narrative");
    const panel = page.getByRole("region", { name: /Token narrative/ });
    const sora = panel.getByRole("list", { name: "Events" }).getByRole("listitem").filter({ hasText: "Sora" });
    await sora.getByRole("button", { name: /Select/ }).click();
    const study = panel.getByRole("region", { name: /Returns around/ });
    const wld = study.getByRole("row", { name: /^WLD/ });
    await expect(wld).toContainText(/[+−]\d+\.\d/);
    // The event is marked on the chart.
    await expect(panel.locator("svg.ts-chart text").filter({ hasText: "2024-02-15" })).toHaveCount(1);

    // Benchmark and windows are editable.
    await study.getByText("NVDA", { exact: true }).click();
    await expect(study.getByRole("columnheader", { name: "NVDA" }).first()).toBeVisible();
    await study.getByRole("spinbutton", { name: "Window 3 end day" }).fill("10");
    await expect(study.getByRole("columnheader", { name: /\[\+0, \+10\] days/ })).toBeVisible();
  });

  test("the event study fits its side panel at 1440 and 1024 px: no sideways scroll, the last window's CAR in sight", async ({ page }) => {
    for (const width of [1440, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/?view=narrative&event=openai-sora-preview");
      const study = page.locator("[data-study-panel]").getByRole("region", { name: /Returns around/ });
      await expect(study.getByRole("row", { name: /^WLD/ })).toContainText(/[+−]\d+\.\d/);
      const m = await study.locator("table").evaluate((table) => {
        const box = (table.parentElement as HTMLElement).getBoundingClientRect();
        // The key figure's heading: the last cell of the header's second row, the [+0, +7] window's abnormal return.
        const head = table.querySelector("thead tr:last-child th:last-child") as HTMLElement;
        const h = head.getBoundingClientRect();
        return {
          scroll: table.scrollWidth,
          client: (table.parentElement as HTMLElement).clientWidth,
          head: head.textContent,
          inside: h.left >= box.left - 0.5 && h.right <= box.right + 0.5,
        };
      });
      expect(m.scroll, `${width} px: table width within its container`).toBeLessThanOrEqual(m.client);
      expect(m.head).toBe("CAR");
      expect(m.inside, `${width} px: the last CAR heading inside the visible part`).toBe(true);
      await expect(study.getByRole("columnheader", { name: "CAR" }).last()).toBeVisible();
    }
  });

  test("Figure 5 and Appendix 2 show numbers computed from the embedded data", async ({ page }) => {
    await page.goto("/#narrative");
    const fig5 = page.getByRole("region", { name: /Figure 5, on data/ });
    await expect(fig5.getByRole("row", { name: /^WLD/ })).toContainText(/\d+%/);
    const wld = page.getByRole("region", { name: /Appendix 2, on data/ });
    await expect(wld.getByRole("row", { name: /Sora/ })).toContainText(/×\d\.\d\d/);
  });

  test("an event window reaching into the estimation window moves it, and the panel says so", async ({ page }) => {
    await page.goto("/?event=openai-sora-preview&win=-30~-11#narrative");
    const study = page.getByRole("region", { name: /Returns around/ });
    await expect(study.getByRole("note")).toContainText("α and β are estimated on days -80 to -31 instead");
    await expect(study.getByRole("row", { name: /^WLD/ })).toContainText(/[+−]?\d+\.\d/);
  });

  test("Figure 5's BTC mean is BTC's own, whichever tokens are shown and in whatever order", async ({ page }) => {
    const btcLine = async (query: string) => {
      await page.goto(`/?${query}#narrative`);
      const fig5 = page.getByRole("region", { name: /Figure 5, on data/ });
      await expect(fig5.getByRole("row", { name: /^WLD/ })).toContainText(/\d+%/);
      // The chosen range is the report window: one half-table.
      await expect(fig5.getByRole("columnheader", { name: "Mean" })).toHaveCount(1);
      return fig5.getByText(/BTC's own mean on its down days/).textContent();
    };
    const a = await btcLine("tokens=agix.ocean.wld.btc");
    expect(a).toContain("−1.43% over 67 days (report window, the chosen range)");
    expect(await btcLine("tokens=wld.agix.btc")).toBe(a);
  });

  test("the event list is reachable and operable by keyboard", async ({ page }) => {
    await page.goto("/#narrative");
    const first = page
      .getByRole("list", { name: "Events" })
      .getByRole("button", { name: /Select/ })
      .first();
    await first.focus();
    await page.keyboard.press("Enter");
    await expect(first).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("region", { name: /Returns around/ })).toBeVisible();
  });
});
