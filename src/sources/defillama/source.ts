/** The source, named in errors and meta; apart from the adapter, which loads only with a live request. */
export const DEFILLAMA = { sourceId: "defillama", sourceName: "DefiLlama coins API" } as const;
