import { readFileSync } from "node:fs";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { server } from "@mocks/node";
import { AiEventsRaw } from "./schema";
import { fetchAiEvents } from "./adapter";

describe("AI events adapter", () => {
  it("normalises the recorded events and keeps each one's source", async () => {
    const result = await fetchAiEvents();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const sora = result.data.events.find((e) => e.id === "openai-sora-preview");
    expect(sora).toMatchObject({ date: "2024-02-15", inReport: true, category: "model-release" });
    expect(sora?.source.url).toMatch(/^https:\/\//);
    expect(result.data.meta.isSample).toBe(true);
  });

  it("reports malformed JSON and schema drift as different errors", async () => {
    server.use(http.get("*/data/events.json", () => new HttpResponse("{not json", { headers: { "content-type": "application/json" } })));
    const bad = await fetchAiEvents();
    expect(!bad.ok && bad.error.kind).toBe("malformed");

    server.use(http.get("*/data/events.json", () => HttpResponse.json([{ id: "x", when: "2024-01-01" }])));
    const drift = await fetchAiEvents();
    expect(!drift.ok && drift.error.kind).toBe("schema-drift");
  });

  it("accepts the full shipped file: all 76 events, 14 named in the report", () => {
    const all = AiEventsRaw.parse(JSON.parse(readFileSync("public/data/events.json", "utf8")));
    expect(all).toHaveLength(76);
    expect(all.filter((e) => e.in_report)).toHaveLength(14);
  });
});
