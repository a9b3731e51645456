import { describe, expect, it } from "vitest";
import { colourSlots } from "./colour-slots";

describe("colourSlots", () => {
  it("gives every shown line its own slot, in order, and RENDER the slot of the RNDR line it continues", () => {
    const slots = colourSlots(["wld", "render", "fet", "rndr", "ar"]);
    expect(slots.get("wld")).toBe(0);
    expect(slots.get("fet")).toBe(1);
    expect(slots.get("rndr")).toBe(2);
    expect(slots.get("ar")).toBe(3);
    expect(slots.get("render")).toBe(2);
  });

  it("gives RENDER a slot of its own when RNDR is not shown", () => {
    expect(colourSlots(["render", "wld"])).toEqual(
      new Map([
        ["render", 0],
        ["wld", 1],
      ]),
    );
  });
});
