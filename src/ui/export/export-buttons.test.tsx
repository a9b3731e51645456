import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Panel } from "../panel";
import { useRegisterExport } from "./export-context";

const table = () => ({ columns: ["a"], rows: [[1]], sources: [], asOf: "2024-03-01", isSample: true });

function Body({ chart }: { chart: boolean }) {
  useRegisterExport(table, { chart });
  return chart ? <figure aria-label="a chart" /> : <table aria-label="a table" />;
}

describe("a panel's export buttons", () => {
  it("offer Download PNG only when the panel's body has registered a chart", () => {
    const { rerender } = render(
      <Panel title="Tables only" exportable>
        <Body chart={false} />
      </Panel>,
    );
    expect(screen.getByRole("button", { name: "Download CSV" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Download PNG" })).toBeNull();
    rerender(
      <Panel title="Tables only" exportable>
        <Body chart />
      </Panel>,
    );
    expect(screen.getByRole("button", { name: "Download PNG" })).toBeInTheDocument();
  });

  it("takes Download PNG away when the chart unmounts", () => {
    const { rerender } = render(
      <Panel title="Chart" exportable>
        <Body chart />
      </Panel>,
    );
    expect(screen.getByRole("button", { name: "Download PNG" })).toBeInTheDocument();
    rerender(
      <Panel title="Chart" exportable>
        {null}
      </Panel>,
    );
    expect(screen.queryByRole("button", { name: "Download PNG" })).toBeNull();
  });
});
