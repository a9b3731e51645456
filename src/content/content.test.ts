import { describe, expect, it } from "vitest";
import { CLAIM_IDS } from "./claim-ids";
import { claims } from "./claims";
import { reportFigures } from "./figures";
import { projectIndex } from "./project-index";
import { projects } from "./projects";
import { report } from "./report";
import { ClaimSchema, ProjectSchema, ReportFigureSchema, type StageId, StageSchema } from "./schema";
import { stages } from "./stages";

const STAGE_OF_SECTION: Readonly<Record<string, StageId>> = {
  DATA: "data",
  COMPUTE: "compute",
  VERIFY: "verification",
  PROV: "provenance",
};

const REPORT_PROJECTS = ["Grass", "Filecoin", "Arweave", "Akash", "Render", "Bittensor", "Worldcoin"] as const;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) dup.add(v);
    seen.add(v);
  }
  return [...dup];
}

describe("claims", () => {
  it("lists every claim id, in order, in claim-ids.ts (the URL reads them without loading the claims)", () => {
    expect(CLAIM_IDS).toEqual(claims.map((c) => c.id));
  });

  it("parse with ClaimSchema", () => {
    for (const c of claims) {
      const result = ClaimSchema.safeParse(c);
      expect(result.success, `${c.id}: ${result.error?.message ?? ""}`).toBe(true);
    }
  });

  it("are exactly 60, with unique ids", () => {
    expect(claims).toHaveLength(60);
    expect(duplicates(claims.map((c) => c.id))).toEqual([]);
  });

  it("split 12 yes, 22 partly, 26 no", () => {
    const count = (t: string) => claims.filter((c) => c.testable === t).length;
    expect(count("yes")).toBe(12);
    expect(count("partly")).toBe(22);
    expect(count("no")).toBe(26);
  });

  it("carry a section matching the id prefix and the matching stage", () => {
    for (const c of claims) {
      const prefix = c.id.split("-")[0];
      expect(c.section, c.id).toBe(prefix);
      const expected = STAGE_OF_SECTION[c.section] ?? null;
      expect(c.stage, c.id).toBe(expected);
    }
  });
});

describe("projects", () => {
  it("are listed in project-index.ts, in order, with the same id, name, stage, report flag and ticker", () => {
    expect(projectIndex).toEqual(projects.map(({ id, name, stage, inReport, ticker }) => ({ id, name, stage, inReport, ticker })));
  });

  it("parse with ProjectSchema", () => {
    for (const p of projects) {
      const result = ProjectSchema.safeParse(p);
      expect(result.success, `${p.id}: ${result.error?.message ?? ""}`).toBe(true);
    }
  });

  it("have unique ids", () => {
    expect(duplicates(projects.map((p) => p.id))).toEqual([]);
  });

  it("never share a ticker", () => {
    const tickers = projects.flatMap((p) => (p.ticker === null ? [] : [p.ticker]));
    expect(duplicates(tickers)).toEqual([]);
  });

  it("include every project the report names, marked inReport", () => {
    for (const name of REPORT_PROJECTS) {
      const found = projects.find((p) => p.name === name || p.name.startsWith(`${name} `));
      expect(found, name).toBeDefined();
      expect(found?.inReport, name).toBe(true);
    }
    expect(projects.filter((p) => p.inReport)).toHaveLength(REPORT_PROJECTS.length);
  });
});

describe("report figures", () => {
  it("parse with ReportFigureSchema", () => {
    for (const f of reportFigures) {
      const result = ReportFigureSchema.safeParse(f);
      expect(result.success, `${f.id}: ${result.error?.message ?? ""}`).toBe(true);
    }
  });

  it("have unique ids", () => {
    expect(duplicates(reportFigures.map((f) => f.id))).toEqual([]);
  });

  it("point at existing claims", () => {
    const ids = new Set(claims.map((c) => c.id));
    for (const f of reportFigures) {
      expect(ids.has(f.claimId), `${f.id} -> ${f.claimId}`).toBe(true);
    }
  });
});

describe("stages", () => {
  it("parse with StageSchema and have unique ids", () => {
    for (const s of stages) {
      const result = StageSchema.safeParse(s);
      expect(result.success, `${s.id}: ${result.error?.message ?? ""}`).toBe(true);
    }
    expect(duplicates(stages.map((s) => s.id))).toEqual([]);
    expect(stages.map((s) => s.id)).toEqual(["data", "compute", "verification", "provenance"]);
  });

  it("each have at least 3 projects and 3 claims", () => {
    for (const s of stages) {
      expect(projects.filter((p) => p.stage === s.id).length, s.id).toBeGreaterThanOrEqual(3);
      expect(claims.filter((c) => c.stage === s.id).length, s.id).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("report", () => {
  it("keeps its dates ordered and ISO-formatted", () => {
    const iso = /^\d{4}-\d{2}-\d{2}$/;
    expect(report.reportAsOf).toMatch(iso);
    expect(report.reportWindow.from < report.reportAsOf).toBe(true);
    expect(report.reportAsOf <= report.reportWindow.to).toBe(true);
    expect(report.reportWindow.to < report.translation.repostedAt).toBe(true);
  });
});
