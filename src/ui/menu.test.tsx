import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { Button, ImportJsonButton } from "./button";
import { Menu } from "./menu";

describe("Menu", () => {
  it("opens its panel from the button, says so to assistive tech, and closes from inside", () => {
    render(
      <div className="relative">
        <Menu label="Saved views (2)" status="Link copied." width="w-[26rem]">
          {(close) => <Button onClick={close}>Done</Button>}
        </Menu>
      </div>,
    );
    const toggle = screen.getByRole("button", { name: "Saved views (2)" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.getByRole("status")).toHaveTextContent("Link copied.");
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const panel = document.getElementById(toggle.getAttribute("aria-controls") ?? "");
    expect(panel).toContainElement(screen.getByRole("button", { name: "Done" }));
    fireEvent.click(screen.getByRole("button", { name: "Done" }));
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("button", { name: "Done" })).toBeNull();
  });
});

describe("Button", () => {
  it("never submits a form unless asked", () => {
    const submit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <form onSubmit={submit}>
        <Button>Plain</Button>
        <Button type="submit" tone="primary">
          Save
        </Button>
      </form>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Plain" }));
    expect(submit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it("hands over the text of the JSON file picked for import", async () => {
    const onText = vi.fn();
    render(<ImportJsonButton label="Import views" fileLabel="Import views file" onText={onText} />);
    const file = new File(['{"views":[]}'], "views.json", { type: "application/json" });
    fireEvent.change(screen.getByLabelText("Import views file"), { target: { files: [file] } });
    await waitFor(() => expect(onText).toHaveBeenCalledWith('{"views":[]}'));
  });
});
