import { describe, expect, it } from "vitest";
import { auditSearch } from "./audit-url";
import { loadView } from "./url-schema";

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

  it("keeps the valid rest of the view when one value is bad", () => {
    const search = "?from=notadate&log=1&scale=price";
    expect(auditSearch(search).map((i) => i.key)).toEqual(["from"]);
    const view = loadView(search);
    expect(view.from).toBeNull();
    expect(view.log).toBe(true);
    expect(view.scale).toBe("price");
  });
});
