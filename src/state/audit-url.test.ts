import { describe, expect, it } from "vitest";
import { auditEventId, auditSearch } from "./audit-url";
import { MAX_NOTES_PARAM, encodeNotes, notesForLink } from "./notes";
import { EVENT_CATEGORIES, STUDY_BENCHMARK_IDS, loadView } from "./url-schema";

describe("auditSearch", () => {
  it("accepts a clean link", () => {
    expect(auditSearch("?range=all&log=1&tokens=wld.btc&event=openai-sora-preview&data-range=y2024")).toEqual([]);
  });

  it.each([
    ["?from=notadate", "from", /calendar day/],
    ["?log=maybe", "log", /1 or 0/],
    ["?carw=-1", "carw", /whole number/],
    ["?tokens=wld.notatoken", "tokens", /series ids/],
    ["?__proto__=x", "__proto__", /unknown parameter/],
    ["?range=all&range=report", "range", /repeated/],
    ["?event=%E0%A4%A", "event", /broken percent-encoding/],
    [`?tokens=${"wld.".repeat(1250)}`, "tokens", /too long/],
    ["?event=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "event", /kebab-case/],
  ])("reports %s", (search, key, reason) => {
    const issues = auditSearch(search);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.key).toBe(key);
    expect(issues[0]?.reason).toMatch(reason);
    expect((issues[0]?.value ?? "").length).toBeLessThanOrEqual(40);
  });

  it("names what a key accepts, for every key: no 'allowed values', and a day's bounds when it is well written", () => {
    const reasons = (search: string) => auditSearch(search).map((i) => i.reason);
    // 1999-01-01 is written YYYY-MM-DD, so the notice must say why it is refused: it is before the first day accepted.
    expect(reasons("?asof=1999-01-01")).toEqual(["not valid: expected a calendar day from 2000-01-01 to 2100-12-31, written YYYY-MM-DD"]);
    expect(reasons("?dproj=zzz")).toEqual([expect.stringContaining("akt, render, fil")]);
    expect(reasons("?drange=5y")).toEqual(["not valid: expected all, 1y or report"]);
    expect(reasons("?dsort=size")).toEqual([expect.stringContaining("token, return")]);
    expect(reasons("?ddir=up")).toEqual(["not valid: expected desc or asc"]);
    expect(reasons("?dproj=zzz&drange=5y&dsort=size&ddir=up&asof=1999-01-01&from=x").join(" ")).not.toMatch(/allowed values/);
  });

  it("reports a well-formed project id that names no project, on any view, and accepts a real one", () => {
    expect(auditSearch("?view=compute&project=nope")).toEqual([
      { key: "project", value: "nope", reason: "no project has this id, so nothing is highlighted or filtered" },
    ]);
    expect(auditSearch("?view=compute&project=render")).toEqual([]);
  });

  it("keeps the valid rest of the view when one value is bad", () => {
    const search = "?from=notadate&log=1&scale=price";
    expect(auditSearch(search).map((i) => i.key)).toEqual(["from"]);
    const view = loadView(search);
    expect(view.from).toBeNull();
    expect(view.log).toBe(true);
    expect(view.scale).toBe("price");
  });
});

describe("auditSearch reports what the app really does", () => {
  const note = (i: number) => ({ id: `note${i}abc`, date: "2024-02-15", title: `Note ${i} ${"t".repeat(60)}`, note: "n".repeat(40) });

  it("accepts a valid notes link of 401 to 1,200 characters: its parser applies it", () => {
    const { kept } = notesForLink([1, 2, 3, 4, 5].map(note));
    const value = encodeNotes(kept);
    expect(value.length).toBeGreaterThan(400);
    expect(value.length).toBeLessThanOrEqual(MAX_NOTES_PARAM);
    expect(loadView(`?notes=${value}`).notes).toHaveLength(kept.length);
    expect(auditSearch(`?notes=${value}`)).toEqual([]);
    expect(auditSearch(`?notes=${"a".repeat(MAX_NOTES_PARAM + 1)}`)[0]?.reason).toBe(`too long (${MAX_NOTES_PARAM + 1} characters)`);
  });

  it("reports a broken piece and the repeated key it hides, both", () => {
    // The app reads the first value: broken, so the default applies and range=all is dropped too.
    expect(loadView("?range=%ZZ&range=all").range).toBe("report");
    expect(auditSearch("?range=%ZZ&range=all")).toEqual([
      { key: "range", value: "%ZZ", reason: "broken percent-encoding" },
      { key: "range", value: "all", reason: "repeated; only the first value is read, and it was not valid, so the default applies" },
    ]);
    expect(auditSearch("?range=all&range=report")).toEqual([
      { key: "range", value: "report", reason: "repeated; the first value is used" },
    ]);
  });

  it("says when from is later than to and the range was swapped", () => {
    expect(auditSearch("?range=custom&from=2024-03-01&to=2024-01-01")).toEqual([
      {
        key: "from",
        value: "2024-03-01",
        reason: "later than to (2024-01-01); the two were swapped, so the range runs 2024-01-01 to 2024-03-01",
      },
    ]);
    expect(auditSearch("?range=custom&from=2024-01-01&to=2024-03-01")).toEqual([]);
  });

  it("says when event= names no event or note", () => {
    const known = new Set(["openai-sora-preview", "note-abcd1234"]);
    expect(auditEventId("openai-sora-preview", known)).toBeNull();
    expect(auditEventId("note-abcd1234", known)).toBeNull();
    expect(auditEventId(null, known)).toBeNull();
    expect(auditEventId("no-such-event", known)).toEqual({
      key: "event",
      value: "no-such-event",
      reason: "no event or note has this id, so no event is selected",
    });
  });

  it("words what a key accepts from the parser's own list", () => {
    const [issue] = auditSearch("?carcat=weather");
    for (const category of EVENT_CATEGORIES) expect(issue?.reason).toContain(category);
    expect(auditSearch("?bench=sol")[0]?.reason).toBe(
      `not valid: expected ${STUDY_BENCHMARK_IDS.slice(0, -1).join(", ")} or ${STUDY_BENCHMARK_IDS.at(-1)}`,
    );
  });
});
