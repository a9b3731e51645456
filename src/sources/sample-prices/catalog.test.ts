import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sampleCatalog } from "./catalog";

// The catalog's first/last days are shown on screen as each series' coverage; they must match the shipped files.
describe("sample catalog", () => {
  it.each(sampleCatalog.map((e) => [e.id, e] as const))("%s matches public/data/prices", (_id, entry) => {
    const lines = readFileSync(`public/data/prices/${entry.file}`, "utf8").replace(/\r/g, "").trim().split("\n");
    expect(lines[0]?.split(",")[1]).toBe(entry.measure);
    expect(lines[1]?.slice(0, 10)).toBe(entry.first);
    expect(lines[lines.length - 1]?.slice(0, 10)).toBe(entry.last);
  });
});
