import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Series } from "@/sources/price-series";
import { noteToEvent } from "../lib/shown-events";
import { EventStudyTable } from "./event-study-table";

const day = (i: number) => new Date(Date.parse("2024-01-01T00:00:00Z") + i * 86_400_000).toISOString().slice(0, 10);
/** 120 daily closes; BTC's returns cycle, the token's are 2 × BTC's + 0.5 % with a −0.04 % day on row 100. */
const CYCLE = [1, -1, 0.5, -2, 1.5];
const build = (f: (b: number, i: number) => number) => {
  let b = 100;
  let t = 100;
  const btc = [{ date: day(0), value: b }];
  const tok = [{ date: day(0), value: t }];
  for (let i = 1; i < 120; i++) {
    const rb = CYCLE[i % 5] as number;
    b *= 1 + rb / 100;
    t *= 1 + f(rb, i) / 100;
    btc.push({ date: day(i), value: b });
    tok.push({ date: day(i), value: t });
  }
  return { btc, tok };
};
const series = (id: string, points: { date: string; value: number }[]) => ({ id, ticker: id.toUpperCase(), points }) as unknown as Series;
const event = noteToEvent({ id: "x", date: day(100), title: "Test event", note: "A note." } as Parameters<typeof noteToEvent>[0]);

function renderTable(windows: { from: number; to: number }[], tokenReturn: (b: number, i: number) => number = (b) => 2 * b + 0.5) {
  const { btc, tok } = build(tokenReturn);
  render(
    <EventStudyTable
      event={event}
      tokens={[series("fet", tok)]}
      bench={series("btc", btc)}
      benchmark="btc"
      windows={windows}
      neighbours={[]}
      onBenchmark={() => {}}
      onWindow={() => {}}
    />,
  );
}

describe("event study: estimation window", () => {
  it("says when a window reaches into the estimation window and where α and β are estimated instead", () => {
    renderTable([{ from: -30, to: -11 }]);
    expect(screen.getByRole("note")).toHaveTextContent(
      "A window reaches into days -60 to -11, where α and β are normally estimated. So that no abnormal return is measured against a model fitted on its own days (MacKinlay 1997), α and β are estimated on days -80 to -31 instead.",
    );
    expect(screen.getByText(/estimated on days -80 to -31 before the event/)).toBeInTheDocument();
  });

  it("says nothing for the default windows", () => {
    renderTable([{ from: -1, to: 1 }]);
    expect(screen.queryByRole("note")).toBeNull();
  });
});

describe("event study: signed zeros", () => {
  it("shows an abnormal return that rounds to zero as 0.0, not −0.0, and not in the negative colour", () => {
    // The token follows the market model exactly except −0.04 % on the event day: CAR [0, 0] = −0.04 pp.
    renderTable([{ from: 0, to: 0 }], (b, i) => 2 * b + 0.5 + (i === 100 ? -0.04 : 0));
    const row = screen.getByRole("row", { name: /^FET/ });
    const cells = within(row).getAllByRole("cell");
    const car = cells.at(-1) as HTMLElement;
    expect(car).toHaveTextContent(/^0\.0$/);
    expect(car.className).not.toContain("text-bad");
    expect(row.textContent).not.toMatch(/[−-]0\.0(?!\d)/);
  });
});
