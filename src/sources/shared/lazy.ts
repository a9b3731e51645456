import type { SourceRef } from "./http";
import { type Result, fail } from "./result";
import { SourceError } from "./source-error";

/**
 * Runs a call of an adapter loaded on first use (`() => import("./adapter")`), so live-only code stays out of the
 * first load. An adapter that cannot be fetched (offline, or a new deploy replaced its file) is the failure the request
 * itself would have met, "offline", returned as a value like every other source failure, never thrown.
 */
export async function withAdapter<M, T>(
  source: SourceRef,
  load: () => Promise<M>,
  call: (adapter: M) => Promise<Result<T>>,
): Promise<Result<T>> {
  let adapter: M;
  try {
    adapter = await load();
  } catch (error) {
    return fail(new SourceError({ ...source, url: "", kind: "offline", detail: error instanceof Error ? error.message : String(error) }));
  }
  return call(adapter);
}
