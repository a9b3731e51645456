import { type UseQueryStatesKeysMap, type inferParserType, useQueryStates } from "nuqs";
import { urlKeys, viewParsers } from "./url-schema";

type Keys = keyof typeof viewParsers;

/** The values a slice reads, typed from its parsers. */
export type UrlState<P extends UseQueryStatesKeysMap> = inferParserType<P>;

const OPTIONS = {
  urlKeys,
  history: "push",
  clearOnDefault: true,
  limitUrlUpdates: { method: "throttle", timeMs: 120 },
} as const;

/** Builds a module-level slice of the schema: a component subscribes only to the keys it reads. */
export function viewSlice<const K extends Keys>(keys: readonly K[]): Pick<typeof viewParsers, K> {
  return Object.fromEntries(keys.map((k) => [k, viewParsers[k]])) as Pick<typeof viewParsers, K>;
}

/**
 * The shareable view, read from and written to the URL. Discrete choices push a history entry so Back and Forward
 * step through views; callers pass `{ history: "replace" }` for continuous input such as typing a date.
 * Pass a slice (made once, at module level) so a change to one panel's keys does not re-render the others.
 */
export function useViewState<P extends UseQueryStatesKeysMap = typeof viewParsers>(slice?: P) {
  return useQueryStates((slice ?? viewParsers) as P, { ...OPTIONS, urlKeys: urlKeys as Partial<Record<keyof P, string>> });
}
