import { describe, expect, it } from "vitest";
import { chartsFit, copyTextFills, untilChartsFit } from "./png";

/** A figure holding one time chart whose box is `box` px wide and whose svg is drawn `drawn` px wide. */
function figureWith(box: number, drawn: number) {
  const figure = document.createElement("figure");
  const div = document.createElement("div");
  Object.defineProperty(div, "clientWidth", { configurable: true, get: () => box });
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("class", "ts-chart");
  svg.setAttribute("width", String(drawn));
  div.append(svg);
  figure.append(div);
  return { figure, svg };
}

describe("PNG export waits for the charts to take the widened width", () => {
  it("knows a chart still drawn at its old width from one that fits its box", () => {
    expect(chartsFit(figureWith(1400, 800).figure)).toBe(false);
    expect(chartsFit(figureWith(1400, 1400).figure)).toBe(true);
  });

  it("waits as many frames as the chart takes to re-render, not a fixed three (a busy machine takes more)", async () => {
    const { figure, svg } = figureWith(1400, 800);
    let frames = 0;
    // The chart catches up on the seventh frame, as React did under load when the image kept the old, narrow chart.
    const frame = async () => {
      frames++;
      if (frames === 7) svg.setAttribute("width", "1400");
    };
    await untilChartsFit(figure, frame);
    expect(frames).toBe(7);
    expect(chartsFit(figure)).toBe(true);
  });

  it("gives up after a bounded number of frames rather than never drawing the image", async () => {
    const { figure } = figureWith(1400, 800);
    let frames = 0;
    await untilChartsFit(figure, async () => {
      frames++;
    });
    expect(frames).toBe(120);
  });
});

describe("PNG export keeps the axis labels' colour", () => {
  it("writes each SVG text's computed fill inline on its copy (a stylesheet rule does not survive the copy)", () => {
    const style = document.createElement("style");
    style.textContent = ".ts-text { fill: rgb(200, 201, 202); }";
    document.head.append(style);
    const figure = document.createElement("figure");
    figure.innerHTML = '<svg><text class="ts-text">1,250</text><text fill="red">FET</text></svg>';
    document.body.append(figure);
    const clone = figure.cloneNode(true) as HTMLElement;
    copyTextFills(figure, clone);
    const [tick, label] = [...clone.querySelectorAll<SVGElement>("text")];
    expect(tick?.style.fill).toBe("rgb(200, 201, 202)");
    expect(label?.style.fill).toBe(getComputedStyle(figure.querySelectorAll("text")[1] as Element).fill);
    figure.remove();
    style.remove();
  });
});
