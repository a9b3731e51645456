import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { ScaleMode } from "../config";
import { RangeControls } from "./range-controls";

function renderControls(mode: ScaleMode, log: boolean) {
  const onLog = vi.fn();
  render(
    <RangeControls
      preset="report"
      range={{ from: "2023-10-01", to: "2024-03-08" }}
      mode={mode}
      log={log}
      onPreset={() => {}}
      onCustom={() => {}}
      onMode={() => {}}
      onLog={onLog}
    />,
  );
  return { onLog, box: screen.getByRole("checkbox", { name: "Log scale" }) };
}

describe("range controls: log scale", () => {
  it("is off and disabled in % change mode, says why, and a click writes nothing (even with log=1 in the link)", async () => {
    const user = userEvent.setup();
    const { onLog, box } = renderControls("pct", true);
    expect(box).toBeDisabled();
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription("Log scale applies to index and price");
    expect(screen.getByText("Log scale applies to index and price")).toBeVisible();
    await user.click(box);
    expect(onLog).not.toHaveBeenCalled();
  });

  it.each(["rebased", "price"] as const)("works in %s mode, with no reason shown", async (mode) => {
    const user = userEvent.setup();
    const { onLog, box } = renderControls(mode, false);
    expect(box).toBeEnabled();
    expect(box).not.toHaveAccessibleDescription();
    expect(screen.queryByText(/applies to index and price/)).toBeNull();
    await user.click(box);
    expect(onLog).toHaveBeenCalledWith(true);
  });

  it("shows the link's log=1 as checked once the mode is index or price", () => {
    expect(renderControls("rebased", true).box).toBeChecked();
  });
});
