import type { Project } from "./schema";
import { reportProjects } from "./projects-by-group/in-report";
import { dataPeers } from "./projects-by-group/data-peers";
import { computePeers } from "./projects-by-group/compute-peers";
import { verificationPeers } from "./projects-by-group/verification-peers";
import { provenancePeers } from "./projects-by-group/provenance-peers";

/**
 * Crypto projects on the dashboard: the seven the report names (DIGEST §6a),
 * the peers an analyst would put beside them (DIGEST §6b), and two extra
 * aggregator-tagged AI tokens (NEAR, ICP) whose prices are in the sample data.
 *
 * `coingeckoIdConfirmed` is false wherever the digest marks the id "(check)".
 */

export const projects: readonly Project[] = [...reportProjects, ...dataPeers, ...computePeers, ...verificationPeers, ...provenancePeers];
