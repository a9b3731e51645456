import type { Claim } from "./schema";
import { trendClaims } from "./claims-by-section/trends";
import { scopeClaims } from "./claims-by-section/scope";
import { dataClaims } from "./claims-by-section/data";
import { computeClaims } from "./claims-by-section/compute";
import { verificationClaims } from "./claims-by-section/verification";
import { provenanceClaims } from "./claims-by-section/provenance";
import { narrativeClaims } from "./claims-by-section/narrative";
import { conclusionClaims } from "./claims-by-section/conclusion";

/**
 * The report's 60 claims, in the order of DIGEST §4.
 *
 * `text` and `howToTest` are Mirage's own wording; `numbers` carry the report's
 * figures over unchanged. `location.lines` point into the Chinese seed
 * (`seed/crypto-ai-mirage.zh.txt`, 1-based). "The as-of date" means the report's
 * writing date, approx. early March 2024 (see report.ts).
 */
export const claims: readonly Claim[] = [
  ...trendClaims,
  ...scopeClaims,
  ...dataClaims,
  ...computeClaims,
  ...verificationClaims,
  ...provenanceClaims,
  ...narrativeClaims,
  ...conclusionClaims,
];
