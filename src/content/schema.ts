import { z } from "./zod";

/** The four AI-pipeline stages the report uses (DIGEST §3, "Crypto's role in AI: framing", L67-69). */
export const StageIdSchema = z.enum(["data", "compute", "verification", "provenance"]);
export type StageId = z.infer<typeof StageIdSchema>;

/** The digest groups claims by section; four of them map onto stages, the rest are report-wide. */
export const ClaimSectionSchema = z.enum(["TREND", "SCOPE", "DATA", "COMPUTE", "VERIFY", "PROV", "NARR", "CONCL"]);
export type ClaimSection = z.infer<typeof ClaimSectionSchema>;

export const TestabilitySchema = z.enum(["yes", "partly", "no"]);
export type Testability = z.infer<typeof TestabilitySchema>;

const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD"));
const kebab = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected kebab-case"));

/** Where a claim stands in the seed text (`seed/crypto-ai-mirage.zh.txt`). */
export const ReportLocationSchema = z.lazy(() =>
  z.object({
    /** The report's section, in English (e.g. "Compute: training and inference"). */
    section: z.string().check(z.minLength(3)),
    /** Seed line(s), e.g. "L89" or "L133-145". */
    lines: z.string().check(z.regex(/^L\d+(-\d+)?(, ?L\d+(-\d+)?)*$/)),
  }),
);

export const ClaimSchema = z.lazy(() =>
  z.object({
    id: z.string().check(z.regex(/^(TREND|SCOPE|DATA|COMPUTE|VERIFY|PROV|NARR|CONCL)-\d+$/)),
    section: ClaimSectionSchema,
    /** The stage panel that shows the claim; null for report-wide claims (trends, scope, narrative, conclusion). */
    stage: z.nullable(StageIdSchema),
    /** The claim in Mirage's own words (never a translation of the report's sentence). */
    text: z.string().check(z.minLength(20)),
    /** Numbers exactly as the report cites them; empty when it cites none. */
    numbers: z.array(z.string().check(z.minLength(1))),
    /** The report's figure the claim refers to ("Fig 3"), or null. */
    figure: z.nullable(z.string().check(z.regex(/^Fig \d$/))),
    location: ReportLocationSchema,
    testable: TestabilitySchema,
    /** How data could confirm or refute it, in our words. */
    howToTest: z.string().check(z.minLength(5)),
  }),
);
export type Claim = z.infer<typeof ClaimSchema>;

export const ProjectSchema = z.lazy(() =>
  z.object({
    id: kebab,
    name: z.string().check(z.minLength(2)),
    stage: StageIdSchema,
    /** True when the report itself names the project; false for peers from the digest (§6b). */
    inReport: z.boolean(),
    ticker: z.nullable(z.string().check(z.regex(/^[A-Z0-9]{2,8}$/))),
    coingeckoId: z.nullable(kebab),
    /** False where the digest marks the CoinGecko id "(check)". */
    coingeckoIdConfirmed: z.boolean(),
    /** What it does, one line, our words. */
    what: z.string().check(z.minLength(10)),
    /** What the report thinks of it, or why it is listed as a peer. */
    reportView: z.string().check(z.minLength(10)),
    /** Token caveats: no token at the report's date, merger, ticker change. */
    tokenNote: z.optional(z.string()),
    homepage: z.url(),
  }),
);
export type Project = z.infer<typeof ProjectSchema>;

/** A number the report itself cites, shown as such (never as our data). */
export const ReportFigureSchema = z.lazy(() =>
  z.object({
    id: kebab,
    /** As printed in the report, e.g. "530,000+". */
    value: z.string().check(z.minLength(1)),
    /** What the value counts, e.g. "public models on Hugging Face". */
    label: z.string().check(z.minLength(3)),
    claimId: z.string().check(z.regex(/^(TREND|SCOPE|DATA|COMPUTE|VERIFY|PROV|NARR|CONCL)-\d+$/)),
    stage: z.nullable(StageIdSchema),
    /** The date the figure describes, as far as the report says ("at writing, early March 2024"). */
    asOf: z.string().check(z.minLength(4)),
    /** Who the report attributes the number to, if anyone ("Nvidia Q4 FY24 earnings call"). */
    attributedTo: z.string().check(z.minLength(3)),
    location: ReportLocationSchema,
    figure: z.nullable(z.string().check(z.regex(/^Fig \d$/))),
  }),
);
export type ReportFigure = z.infer<typeof ReportFigureSchema>;

export const StageSchema = z.lazy(() =>
  z.object({
    id: StageIdSchema,
    /** The panel's accessible name. */
    title: z.string(),
    /** The pipeline step in the report's words, paraphrased. */
    subtitle: z.string(),
    /** The report's argument for this stage in two or three sentences, our words. */
    argument: z.string().check(z.minLength(40)),
    location: ReportLocationSchema,
  }),
);
export type Stage = z.infer<typeof StageSchema>;

export { isoDay, kebab };
