import { HttpResponse, http } from "msw";
import { AKASH_API_BASE } from "./adapter";

/**
 * The Console API's two graph routes on their real URLs, answering from the shape fixtures in fixtures/ (named
 * `<route>.<dataName>.json`). Unknown names get the API's own 404 texts (graph-data.router.ts,
 * provider-graph-data.router.ts in akash-network/console).
 */
const fixtures = import.meta.glob<string>("./fixtures/*.json", { query: "?raw", import: "default" });

function fromFixture(route: "graph-data" | "provider-graph-data", notFound: (dataName: string) => string) {
  return async ({ params }: { params: Record<string, string | readonly string[] | undefined> }) => {
    const dataName = String(params.dataName);
    const load = fixtures[`./fixtures/${route}.${dataName}.json`];
    if (load === undefined) return new HttpResponse(notFound(dataName), { status: 404 });
    return new HttpResponse(await load(), { headers: { "content-type": "application/json" } });
  };
}

export const akashHandlers = [
  http.get(
    `${AKASH_API_BASE}/graph-data/:dataName`,
    fromFixture("graph-data", (name) => `Invalid graph data type: ${name}`),
  ),
  http.get(
    `${AKASH_API_BASE}/provider-graph-data/:dataName`,
    fromFixture("provider-graph-data", () => "Graph data not found"),
  ),
];
