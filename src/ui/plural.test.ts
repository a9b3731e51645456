import { describe, expect, it } from "vitest";
import { plural } from "./plural";

describe("plural", () => {
  it("reads right for 0, 1, 2 and large counts", () => {
    expect(plural(0, "event")).toBe("0 events");
    expect(plural(1, "event")).toBe("1 event");
    expect(plural(2, "event")).toBe("2 events");
    expect(plural(1949, "case")).toBe("1,949 cases");
  });

  it("takes an irregular plural", () => {
    expect(plural(1, "entry", "entries")).toBe("1 entry");
    expect(plural(3, "entry", "entries")).toBe("3 entries");
    expect(plural(1, "report project")).toBe("1 report project");
  });

  it("writes every whole number as en-US does, around the thousands separator too", () => {
    for (let n = -1500; n <= 1500; n++) expect(plural(n, "day")).toBe(`${n.toLocaleString("en-US")} ${n === 1 ? "day" : "days"}`);
    expect(plural(2.5, "day")).toBe("2.5 days");
  });
});
