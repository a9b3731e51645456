import { expect, test } from "@playwright/test";
import { drawnLines, expectLinesDrawn } from "./panels";

test("selecting Filecoin puts FIL in front on the Data chart, and the two controls do different things", async ({ page }) => {
  await page.goto("/?view=data");
  const data = page.getByRole("region", { name: "Data", exact: true });
  await expectLinesDrawn(data);
  const first = async () => (await drawnLines(data)).slice(0, 2).map((l) => ({ width: l.width, opacity: l.opacity }));
  await data.getByRole("button", { name: "Select Filecoin" }).click();
  await expect(page).toHaveURL(/project=filecoin/);
  // FIL is the first series of the Data chart: thicker, the others dimmed.
  await expect.poll(first).toEqual([
    { width: 3, opacity: 1 },
    { width: 1.75, opacity: 0.3 },
  ]);
  await expect(data.getByRole("figure").first()).toHaveAccessibleDescription(/FIL drawn in front for the selected project/);
  // Showing in the narrative keeps the selection; clearing is its own control.
  await data.getByRole("button", { name: "Show in the narrative: Filecoin" }).click();
  await expect(page).toHaveURL(/project=filecoin/);
  await expect(page).toHaveURL(/view=narrative/);
  await expect(page.getByRole("region", { name: "Token narrative", exact: true })).toBeVisible();
  // Back returns to the Data view, still selected.
  await page.goBack();
  await expect(data).toBeVisible();
  await data.getByRole("button", { name: "Clear selection of Filecoin" }).click();
  await expect(page).not.toHaveURL(/project=/);
  await expect.poll(async () => (await first())[0]?.width).toBe(1.75);
});
