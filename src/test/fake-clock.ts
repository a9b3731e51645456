import { vi } from "vitest";

/**
 * Fakes only setTimeout/clearTimeout, the clock a request's deadline runs on (fetchText in sources/shared/http.ts), so
 * a test decides when that deadline passes instead of the machine's speed. MSW still answers through real I/O turns.
 */
export function freezeDeadlines() {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
}

/**
 * Awaits a request started under `freezeDeadlines()`. An answer that comes is awaited however long it takes (the
 * deadline cannot fire first). For an answer that never comes (`hangs`), the fake clock moves in 10 ms steps until
 * the request gives up, so the timeout path is taken on every machine, fast or busy.
 */
export async function awaitRequest<T>(request: Promise<T>, { hangs }: { hangs: boolean }): Promise<T> {
  if (!hangs) return request;
  let settled = false;
  const watched = request.finally(() => {
    settled = true;
  });
  while (!settled) await vi.advanceTimersByTimeAsync(10);
  return watched;
}
