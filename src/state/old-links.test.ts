import { describe, expect, it } from "vitest";
import { auditSearch } from "./audit-url";
import { loadView, serializeView } from "./url-schema";

/**
 * Links written before the state keys got descriptive names (2026-11-30). The URL's words are the contract: each of
 * these must still open the same view, and writing that view back must give the same link.
 */
const TODAY = [
  {
    link: "?view=narrative&range=all&tokens=wld.fet&cats=model-release.policy&event=openai-sora-preview&bench=nvda&win=-1~1,0~3&carcat=policy&carfor=wld&carw=5&data-range=all&cstage=compute&cstatus=broken&clens=since&asof=2024-04-01",
    state: {
      view: "narrative",
      range: "all",
      shown: ["wld", "fet"],
      categories: ["model-release", "policy"],
      selectedEventId: "openai-sora-preview",
      benchmark: "nvda",
      windows: [
        { from: -1, to: 1 },
        { from: 0, to: 3 },
      ],
      carCategory: "policy",
      carTarget: "wld",
      carHalfWidth: 5,
      dataRange: "all",
      claimStage: "compute",
      claimStatus: "broken",
      claimLens: "since",
      asOf: "2024-04-01",
    },
  },
  {
    link: "?range=custom&from=2023-11-01&to=2024-02-01&scale=pct&log=1&cats=-&project=worldcoin&view=provenance&provenance-range=all&provenance-scale=rebased&provenance-log=1",
    state: {
      range: "custom",
      from: "2023-11-01",
      to: "2024-02-01",
      scale: "pct",
      log: true,
      categories: [],
      project: "worldcoin",
      view: "provenance",
      provenanceRange: "all",
      provenanceScale: "rebased",
      provenanceLog: true,
    },
  },
  {
    link: "?mode=live&csort=now&cstatus=no-data&view=claims&slide=3&presenter=1&compute-scale=price&verification-range=all",
    state: {
      dataMode: "live",
      claimSort: "now",
      claimStatus: "no-data",
      view: "claims",
      slide: 3,
      presenter: true,
      computeScale: "price",
      verificationRange: "all",
    },
  },
  {
    link: "?view=demand&dproj=fil&drange=report&dsort=growth&ddir=asc",
    state: { view: "demand", demandProject: "fil", demandRange: "report", demandSort: "growth", demandSortDirection: "asc" },
  },
] as const;

/** The same query, parameters in any order. */
const params = (q: string) => [...new URLSearchParams(q)].map(([k, v]) => `${k}=${v}`).sort();

describe("links written today", () => {
  it.each(TODAY)("$link opens the same view", ({ link, state }) => {
    expect(auditSearch(link)).toEqual([]);
    expect(loadView(link)).toMatchObject(state);
  });

  it.each(TODAY)("$link is written back unchanged", ({ link }) => {
    expect(params(serializeView(loadView(link)))).toEqual(params(link));
  });

  it("keeps the order the app has always written the keys in", () => {
    expect(serializeView(loadView(TODAY[0].link))).toBe(
      "?range=all&tokens=wld.fet&cats=model-release.policy&event=openai-sora-preview&bench=nvda&win=-1~1,0~3&carcat=policy&carfor=wld&carw=5&data-range=all&view=narrative&asof=2024-04-01&cstage=compute&cstatus=broken&clens=since",
    );
  });
});
