import { HttpResponse, http } from "msw";
import { DEFILLAMA_FEES_API_BASE } from "./adapter";

/**
 * DefiLlama's real fees URL answered from the shape fixtures (fixtures/summary-fees.<slug>.json, ILLUSTRATIVE numbers:
 * see fixtures/README.md). A slug without a fixture gets the API's own 400 text for an unknown listing.
 */
const fixtures = import.meta.glob<string>("./fixtures/summary-fees.*.json", { query: "?raw", import: "default" });

export const DEFILLAMA_FEES_URL = `${DEFILLAMA_FEES_API_BASE}/summary/fees/:slug`;

export const defillamaFeesHandlers = [
  http.get(DEFILLAMA_FEES_URL, async ({ params }) => {
    const slug = String(params.slug);
    const load = fixtures[`./fixtures/summary-fees.${slug}.json`];
    if (load === undefined) return new HttpResponse(`Fees for ${slug} not found`, { status: 400 });
    return new HttpResponse(await load(), { headers: { "content-type": "application/json" } });
  }),
];
