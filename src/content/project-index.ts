import type { Project } from "./schema";

/** What the first screen needs of a project: who it is, its stage, whether the report names it, its token. */
export type ProjectSummary = Pick<Project, "id" | "name" | "stage" | "inReport" | "ticker">;

type Row = readonly [id: string, name: string, stage: Project["stage"], inReport: boolean, ticker: string | null];

/**
 * Every project of projects.ts, in its order, without its prose (what it does, the report's view, notes, links). The
 * overview's tiles, the URL check and the narrative's focus read only these, so the full entries load with the views
 * that show them, not with the first screen. content.test.ts checks each row against projects.ts.
 */
const ROWS: readonly Row[] = [
  ["grass", "Grass", "data", true, "GRASS"],
  ["filecoin", "Filecoin", "data", true, "FIL"],
  ["arweave", "Arweave (incl. ao)", "data", true, "AR"],
  ["akash", "Akash", "compute", true, "AKT"],
  ["render", "Render", "compute", true, "RENDER"],
  ["bittensor", "Bittensor", "verification", true, "TAO"],
  ["worldcoin", "Worldcoin", "provenance", true, "WLD"],
  ["ocean-protocol", "Ocean Protocol", "data", false, "OCEAN"],
  ["the-graph", "The Graph", "data", false, "GRT"],
  ["storj", "Storj", "data", false, "STORJ"],
  ["sia", "Sia", "data", false, "SC"],
  ["vana", "Vana", "data", false, "VANA"],
  ["arkham", "Arkham", "data", false, "ARKM"],
  ["io-net", "io.net", "compute", false, "IO"],
  ["aethir", "Aethir", "compute", false, "ATH"],
  ["golem", "Golem", "compute", false, "GLM"],
  ["livepeer", "Livepeer", "compute", false, "LPT"],
  ["theta-network", "Theta Network", "compute", false, "THETA"],
  ["nosana", "Nosana", "compute", false, "NOS"],
  ["iexec", "iExec", "compute", false, "RLC"],
  ["internet-computer", "Internet Computer", "compute", false, "ICP"],
  ["fetch-ai", "Fetch.ai", "verification", false, "FET"],
  ["singularitynet", "SingularityNET", "verification", false, "AGIX"],
  ["numeraire", "Numeraire", "verification", false, "NMR"],
  ["oraichain", "Oraichain", "verification", false, "ORAI"],
  ["cortex", "Cortex", "verification", false, "CTXC"],
  ["zkml-provers", "zkML provers (Modulus Labs, EZKL, Giza)", "verification", false, null],
  ["near-protocol", "NEAR Protocol", "verification", false, "NEAR"],
  ["civic", "Civic", "provenance", false, "CVC"],
  ["gitcoin-passport", "Gitcoin Passport", "provenance", false, "GTC"],
  ["kleros", "Kleros (Proof of Humanity)", "provenance", false, "PNK"],
  ["humanode", "Humanode", "provenance", false, "HMND"],
  ["numbers-protocol", "Numbers Protocol", "provenance", false, "NUM"],
  ["story-protocol", "Story Protocol", "provenance", false, "IP"],
];

export const projectIndex: readonly ProjectSummary[] = ROWS.map(([id, name, stage, inReport, ticker]) => ({
  id,
  name,
  stage,
  inReport,
  ticker,
}));
