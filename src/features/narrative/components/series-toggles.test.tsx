import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { SeriesId } from "@/sources/price-series";
import { SeriesToggles } from "./series-toggles";

describe("series toggles", () => {
  it("shows the pressed state at once and changes the view only after the next frame", async () => {
    const onToggle = vi.fn();
    render(<SeriesToggles shown={["fet"] as SeriesId[]} failed={[]} namedByEvent={() => false} onToggle={onToggle} />);
    const near = screen.getByRole("button", { name: /^NEAR \(/ });
    expect(near).toHaveAttribute("aria-pressed", "false");
    fireEvent.click(near);
    // The button's feedback is in the click's own render; the view change waits for a frame (checked synchronously here,
    // before any frame or timer can have run).
    expect(near).toHaveAttribute("aria-pressed", "true");
    expect(onToggle).not.toHaveBeenCalled();
    await waitFor(() => expect(onToggle).toHaveBeenCalledTimes(1));
    expect(onToggle).toHaveBeenCalledWith("near");
  });

  it("follows the view once it has changed, and two quick clicks toggle twice", async () => {
    const onToggle = vi.fn();
    const props = { failed: [], namedByEvent: () => false, onToggle };
    const { rerender } = render(<SeriesToggles shown={[] as SeriesId[]} {...props} />);
    const fet = screen.getByRole("button", { name: /^FET \(/ });
    fireEvent.click(fet);
    fireEvent.click(fet);
    expect(fet).toHaveAttribute("aria-pressed", "false");
    await waitFor(() => expect(onToggle).toHaveBeenCalledTimes(2));
    // The view said no change in the end: the button shows what the view says.
    expect(fet).toHaveAttribute("aria-pressed", "false");
    rerender(<SeriesToggles shown={["fet"] as SeriesId[]} {...props} />);
    expect(fet).toHaveAttribute("aria-pressed", "true");
  });
});
