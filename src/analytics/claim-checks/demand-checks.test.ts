import { describe, expect, it } from "vitest";
import { PF_HIGH, PF_LOW, aiValueVsFees, akashBothSides, aktValueVsFees } from "./demand-checks";
import { akashFeesPeak } from "./usage-checks";
import { wldValuation } from "./event-checks";
import { atReport, flat, input } from "@/test/claim-check-series";

const lens = atReport("2024-03-01");
/** $100 a day of fees for the 30 days to 2024-03-01: $36,500 a year. */
const fees = flat("2024-01-31", "2024-03-01", 100);
const ANNUAL = 36_500;

describe("aktValueVsFees (COMPUTE-5)", () => {
  const run = (multiple: number, series: "fdv:akt" | "mcap:akt" = "fdv:akt") =>
    aktValueVsFees.run(input({ "fees:akt": fees, [series]: flat("2024-02-20", "2024-03-01", multiple * ANNUAL) }), lens);

  it(`holds at ${PF_HIGH}× and above, is weakened from ${PF_LOW}× up to it, broken below ${PF_LOW}×`, () => {
    expect(run(PF_HIGH).status).toBe("holds");
    expect(run(PF_HIGH - 0.01).status).toBe("weakened");
    expect(run(PF_LOW).status).toBe("weakened");
    expect(run(PF_LOW - 0.01).status).toBe("broken");
  });

  it("says which valuation it used, and uses the market cap without an FDV", () => {
    expect(run(150).reason).toBe("AKT FDV $5.5M on 2024-03-01 against $36,500 of annualised fees: 150×.");
    expect(run(150, "mcap:akt").reason).toMatch(/^AKT market cap/);
  });

  it("has no data without fees, without a valuation, or with under 20 days of fees", () => {
    expect(aktValueVsFees.run(input({ "fdv:akt": flat("2024-02-20", "2024-03-01", 1) }), lens).reason).toMatch(/no Akash fee series/);
    expect(aktValueVsFees.run(input({ "fees:akt": fees }), lens).reason).toMatch(/no AKT market cap or FDV/);
    const short = flat("2024-02-11", "2024-03-01", 100); // 20 days: enough
    const tooShort = flat("2024-02-12", "2024-03-01", 100); // 19 days
    const val = { "fdv:akt": flat("2024-02-20", "2024-03-01", 200 * ANNUAL) };
    expect(aktValueVsFees.run(input({ "fees:akt": short, ...val }), lens).status).toBe("holds");
    expect(aktValueVsFees.run(input({ "fees:akt": tooShort, ...val }), lens).status).toBe("no data");
  });
});

describe("aiValueVsFees (NARR-1)", () => {
  const series = (multiples: Record<string, number>) =>
    input(
      Object.fromEntries(
        Object.entries(multiples).flatMap(([t, m]) => [
          [`fees:${t}`, fees],
          [`mcap:${t}`, flat("2024-02-20", "2024-03-01", m * ANNUAL)],
        ]),
      ),
    );

  it("reads the median multiple and needs three networks", () => {
    expect(aiValueVsFees.run(series({ akt: 10, fil: 100, ar: 1000 }), lens).status).toBe("holds");
    expect(aiValueVsFees.run(series({ akt: 10, fil: 99.99, ar: 1000 }), lens).status).toBe("weakened");
    expect(aiValueVsFees.run(series({ akt: 10, fil: 30, ar: 40, grt: 1000 }), lens)).toMatchObject({ status: "weakened" });
    expect(aiValueVsFees.run(series({ akt: 10, fil: 29.99, ar: 1000 }), lens).status).toBe("broken");
    expect(aiValueVsFees.run(series({ akt: 10, fil: 200 }), lens).reason).toMatch(/^2 networks have both fees and a valuation/);
    expect(aiValueVsFees.run(series({ akt: 10 }), lens).reason).toMatch(/^1 network has both/);
  });
});

describe("akashBothSides (COMPUTE-1)", () => {
  const run = (leasesTo: number, gpusTo: number) =>
    akashBothSides.run(
      input({
        "akash-active-leases": [...flat("2023-12-25", "2024-01-01", 100), ...flat("2024-01-02", "2024-03-01", leasesTo)],
        "akash-available-gpus": [...flat("2023-12-25", "2024-01-01", 200), ...flat("2024-01-02", "2024-03-01", (gpusTo / 100) * 200)],
      }),
      lens,
    );
  it("holds when both sides grew 10% or more, weakened when one did, broken when neither", () => {
    expect(run(110, 110).status).toBe("holds");
    expect(run(110, 109.99).status).toBe("weakened");
    expect(run(109.99, 110).status).toBe("weakened");
    expect(run(109.99, 109.99).status).toBe("broken");
    expect(run(150, 120).reason).toBe("Active leases +50.0% and provider GPU capacity +20.0% from 2024-01-01 to 2024-03-01.");
  });
  it("has no data without either series or before 2024-01-02", () => {
    expect(akashBothSides.run(input({}), lens).status).toBe("no data");
    expect(run(110, 110).status).toBe("holds");
    expect(akashBothSides.run(input({ "akash-active-leases": fees, "akash-available-gpus": fees }), atReport("2024-01-01")).reason).toMatch(
      /not after 2024-01-01/,
    );
  });
});

describe("the older checks read the new series", () => {
  it("COMPUTE-3 falls back to DefiLlama's Akash fees when the Console API's spend is missing", () => {
    const spend = [
      ...flat("2023-11-01", "2023-11-30", 50),
      ...flat("2023-12-01", "2023-12-31", 200),
      ...flat("2024-01-01", "2024-03-01", 100),
    ];
    const r = akashFeesPeak.run(input({ "fees:akt": spend }), lens);
    expect(r.status).toBe("holds");
    expect(akashFeesPeak.needs).toContain("fees:akt");
  });

  it("NARR-11 prefers CoinGecko's FDV series over close × 10B, at the same ±25% / ±50% bounds", () => {
    const fdv = (v: number) => input({ "fdv:wld": flat("2024-02-25", "2024-03-01", v), wld: flat("2024-02-25", "2024-03-01", 1) });
    expect(wldValuation.run(fdv(100e9), lens).status).toBe("holds");
    expect(wldValuation.run(fdv(100.01e9), lens).status).toBe("weakened");
    expect(wldValuation.run(fdv(120e9), lens).status).toBe("weakened");
    expect(wldValuation.run(fdv(120.01e9), lens).status).toBe("broken");
    expect(wldValuation.run(fdv(80e9), lens).reason).toBe(
      "CoinGecko puts WLD's fully diluted value at $80.0B on 2024-03-01, 0.0% from $80B.",
    );
    // Without the FDV series: close × 10B, as before.
    expect(wldValuation.run(input({ wld: flat("2024-02-25", "2024-03-01", 8) }), lens).status).toBe("holds");
  });
});
