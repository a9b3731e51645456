import { queryOptions } from "@tanstack/react-query";
import { unwrap } from "@/sources/shared/result";
import { fetchAiEvents } from "./adapter";

export const sampleEventsQueries = {
  all: () => ["sample-events"] as const,
  list: () =>
    queryOptions({
      queryKey: [...sampleEventsQueries.all(), "list"] as const,
      queryFn: async ({ signal }) => unwrap(await fetchAiEvents({ signal })),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};
