/**
 * Tickers that name the same asset. Render's ERC-20 RNDR became RENDER on Solana (1:1); the events list and the older
 * price file use RNDR, the project and the newer file RENDER.
 */
const ALIASES: Record<string, readonly string[]> = {
  RENDER: ["RENDER", "RNDR"],
  RNDR: ["RENDER", "RNDR"],
};

export function sameAssetTickers(ticker: string): readonly string[] {
  return ALIASES[ticker] ?? [ticker];
}
