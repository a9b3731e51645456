import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { projects } from "@/content/projects";
import { renderWithClient } from "@/test/render";
import { ProjectList } from "./components/project-list";
import { lineEmphasis } from "./lib/project-focus";

const dataProjects = projects.filter((p) => p.stage === "data");
const filecoin = projects.find((p) => p.id === "filecoin");

describe("selecting a project", () => {
  it("offers Clear selection and Show in the narrative as two controls: showing opens the narrative and keeps the selection", async () => {
    const user = userEvent.setup();
    const onUrlUpdate = vi.fn();
    const scrolled = vi.spyOn(window, "scrollTo").mockImplementation(() => {});
    renderWithClient(<ProjectList projects={dataProjects} />, { search: "?project=filecoin", onUrlUpdate });
    const list = screen.getByRole("list", { name: "Projects" });
    const item = within(list)
      .getAllByRole("listitem")
      .find((li) => li.textContent?.includes("Filecoin")) as HTMLElement;
    const show = within(item).getByRole("button", { name: "Show in the narrative: Filecoin" });
    await user.click(show);
    // The Narrative view opens, at its top, in the same history entry as the selection.
    expect(scrolled).toHaveBeenCalledWith({ top: 0 });
    expect(onUrlUpdate.mock.lastCall?.[0].searchParams.get("view")).toBe("narrative");
    // Still selected: showing in the narrative does not clear.
    expect(within(item).getByRole("button", { name: "Clear selection of Filecoin" })).toBeInTheDocument();
    expect(onUrlUpdate.mock.calls.every(([u]) => u.searchParams.get("project") === "filecoin")).toBe(true);
    await user.click(within(item).getByRole("button", { name: "Clear selection of Filecoin" }));
    expect(onUrlUpdate.mock.lastCall?.[0].searchParams.get("project")).toBeNull();
    expect(within(item).getByRole("button", { name: "Select Filecoin" })).toBeInTheDocument();
    scrolled.mockRestore();
  });

  it("puts the selected project's token in front on its stage chart and dims the others", () => {
    const emphasis = lineEmphasis(filecoin, ["fil", "ar", "grt", "btc"]);
    expect(["fil", "ar", "grt", "btc"].map(emphasis)).toEqual(["focus", "dim", "dim", "dim"]);
    // A chart without the project's token, or no project: nothing changes.
    expect(lineEmphasis(filecoin, ["wld"])("wld")).toBe("normal");
    expect(lineEmphasis(undefined, ["fil"])("fil")).toBe("normal");
  });
});
