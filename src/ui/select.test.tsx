import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { Select } from "./select";

describe("Select", () => {
  it("is named by its label and hands back the typed value, a number as a number", () => {
    const onChange = vi.fn();
    render(
      <Select
        label="Refresh"
        value={60_000}
        options={[60_000, 300_000] as const}
        labels={{ 60000: "1 min", 300000: "5 min" }}
        onChange={onChange}
      />,
    );
    fireEvent.change(screen.getByRole("combobox", { name: "Refresh" }), { target: { value: "300000" } });
    expect(onChange).toHaveBeenCalledWith(300_000);
    expect(screen.getByRole("option", { name: "5 min" })).toBeInTheDocument();
  });
});
