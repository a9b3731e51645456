import { HttpResponse, delay, http } from "msw";

/**
 * The fault matrix as data: any source URL pattern can be made to fail in each way a real API fails. Tests use these
 * with `server.use(...)`; every kind must produce a message in the panel that depends on it and nowhere else.
 */
export type FaultKind = "http-500" | "rate-limited" | "timeout" | "malformed" | "schema-drift" | "empty";

export const FAULT_KINDS: readonly FaultKind[] = ["http-500", "rate-limited", "timeout", "malformed", "schema-drift", "empty"];

export function fault(url: string, kind: FaultKind, drifted: string = "when,price\n2024-01-01,1\n") {
  return http.get(url, async () => {
    switch (kind) {
      case "http-500":
        return new HttpResponse("upstream failure", { status: 500, statusText: "Internal Server Error" });
      case "rate-limited":
        return new HttpResponse("slow down", { status: 429, headers: { "retry-after": "30" } });
      case "timeout":
        await delay("infinite");
        return new HttpResponse(null);
      case "malformed":
        return new HttpResponse("<html><body>Bad gateway</body></html>", { headers: { "content-type": "text/html" } });
      case "schema-drift":
        return new HttpResponse(drifted, { headers: { "content-type": "text/csv" } });
      case "empty":
        return new HttpResponse("", { status: 200 });
    }
  });
}
