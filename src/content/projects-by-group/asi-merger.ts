/** The token-merger caveat shared by FET, AGIX and OCEAN (DIGEST §6b). */
export const ASI_MERGER =
  "ASI merger: Fetch.ai, SingularityNET and Ocean Protocol announced a token merger on 2024-03-27, after the report's date; from mid-2024 AGIX and OCEAN were converted into FET, the designated ASI token (reported rates ~0.433 FET per AGIX or OCEAN, unconfirmed).";
