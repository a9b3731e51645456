import type { z } from "@/content/zod";

/**
 * Part of a source's query cache that is kept on this device for an offline start: the queries whose key begins with
 * `key`, and the schema their data must pass when read back (what fails is dropped, with a notice). A source declares
 * these beside its query keys; the registry collects them, so nothing in the app lists sources or their shapes.
 */
export interface PersistedQueries {
  /** The leading elements of the query keys it covers: `["coingecko", "supply"]` covers every supply answer. */
  key: readonly string[];
  /** The shape the source's own answer has: the schema it validates a fresh answer with, or the one its type comes from. */
  schema: z.ZodMiniType;
}

/** Whether `queryKey` begins with `prefix`. */
export const keyStartsWith = (queryKey: readonly unknown[], prefix: readonly string[]) => prefix.every((k, i) => queryKey[i] === k);
