import type { DrawnLine } from "../src/ui/time-chart-lines";
import { type Locator, type Page, expect } from "@playwright/test";

/** The header tab that opens the view holding each panel. */
const TAB_OF: Record<string, string> = {
  Data: "Data",
  Compute: "Compute",
  Verification: "Verification",
  "Provenance & identity": "Provenance & identity",
  "Token narrative": "Narrative",
  "Claims overview": "Claims",
  Overview: "Overview",
};

/**
 * Opens the view that holds a panel by clicking its tab in the header, as a person would, and waits for the panel. The
 * static shell in index.html carries the same tabs before the app runs, so the click waits for the app's own tab.
 */
export async function openView(page: Page, panel: keyof typeof TAB_OF) {
  const tab = page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: TAB_OF[panel], exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute("aria-current", "page");
  if (panel !== "Overview") await expect(page.getByRole("region", { name: panel, exact: true })).toBeVisible();
}

/**
 * What is wrong with the end-of-line labels of the time charts in `scope`: a label outside its chart ("RNDR outside"),
 * or over another ("BTC over ETH"). Empty when every label is whole and apart.
 */
export function endLabelFaults(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const faults: string[] = [];
    for (const svg of root.querySelectorAll("svg.ts-chart")) {
      const frame = svg.getBoundingClientRect();
      const boxes = [...svg.querySelectorAll(".ts-end-label")].map((el) => ({ text: el.textContent, r: el.getBoundingClientRect() }));
      for (const { text, r } of boxes)
        if (r.left < frame.left || r.right > frame.right + 0.5 || r.top < frame.top || r.bottom > frame.bottom)
          faults.push(`${text} outside`);
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          if (a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom - 0.5 && b.r.top < a.r.bottom - 0.5)
            faults.push(`${a.text} over ${b.text}`);
    }
    return faults;
  });
}

/** A line as a time chart's canvas reports it (data-lines), in stroke order. */
export type { DrawnLine } from "../src/ui/time-chart-lines";

/** The canvas the lines of the time charts in `scope` are drawn on (the first chart's with `.first()`). */
export const linesCanvas = (scope: Locator) => scope.locator("canvas.ts-lines-canvas");

/** Waits until the first time chart in `scope` is on screen with lines drawn: at least one, or exactly `count`. */
export async function expectLinesDrawn(scope: Locator, count?: number, options?: { timeout?: number }) {
  const canvas = linesCanvas(scope).first();
  await expect(canvas).toBeVisible(options);
  await expect(canvas).toHaveAttribute("data-count", count === undefined ? /^[1-9]\d*$/ : String(count), options);
}

/** The lines the first time chart in `scope` draws, in stroke order (a highlighted line comes again, last). */
export async function drawnLines(scope: Locator): Promise<DrawnLine[]> {
  return JSON.parse((await linesCanvas(scope).first().getAttribute("data-lines")) ?? "[]") as DrawnLine[];
}
