import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { projects } from "@/content/projects";
import type { Series } from "@/sources/price-series";
import { FocusControl } from "./focus-control";

const tokens = ["WLD", "FET", "FET"].map((ticker) => ({ id: ticker.toLowerCase(), ticker }) as unknown as Series);
const withTicker = projects.find((p) => p.ticker === "WLD");

describe("FocusControl", () => {
  it("offers each shown token once and focuses the chosen one", async () => {
    const user = userEvent.setup();
    const onFocus = vi.fn();
    render(<FocusControl tokens={tokens} project={undefined} onFocus={onFocus} onClear={() => {}} />);
    const select = screen.getByRole("combobox", { name: "Focus token" });
    expect([...(select as HTMLSelectElement).options].map((o) => o.value)).toEqual(["", "WLD", "FET"]);
    await user.selectOptions(select, "FET");
    expect(onFocus).toHaveBeenCalledWith("FET");
  });

  it("names the focused project and clears it", async () => {
    expect(withTicker).toBeDefined();
    const user = userEvent.setup();
    const onClear = vi.fn();
    render(<FocusControl tokens={tokens} project={withTicker} onFocus={() => {}} onClear={onClear} />);
    expect(screen.getByRole("combobox", { name: "Focus token" })).toHaveValue("WLD");
    expect(screen.getByText(new RegExp(`Events about ${withTicker?.name}`))).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear" }));
    expect(onClear).toHaveBeenCalled();
  });

  it("has no message of its own about a link's project: the app's URL notice reports an unknown one for every view", () => {
    render(<FocusControl tokens={tokens} project={undefined} onFocus={() => {}} onClear={() => {}} />);
    expect(screen.queryByRole("status")).toBeNull();
  });
});
