import { HttpResponse, http } from "msw";

/**
 * Serves the recorded-shape excerpts in fixtures/ at the same path the app requests, so tests and `npm run dev` with
 * mocks run the real parser. Fixtures load lazily, one file per request.
 */
const fixtures = import.meta.glob<string>("./fixtures/*.csv", { query: "?raw", import: "default" });

export const samplePricesHandlers = [
  http.get("*/data/prices/:file", async ({ params }) => {
    const load = fixtures[`./fixtures/${String(params.file)}`];
    if (load === undefined) return new HttpResponse("not found", { status: 404 });
    return new HttpResponse(await load(), { headers: { "content-type": "text/csv" } });
  }),
];
