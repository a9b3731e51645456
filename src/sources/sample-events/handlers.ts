import { HttpResponse, http } from "msw";

/** Serves the recorded excerpt of events.json (Q4 2023 to mid-2024) at the path the app requests. */
export const sampleEventsHandlers = [
  http.get("*/data/events.json", async () => {
    const { default: events } = await import("./fixtures/events.json");
    return HttpResponse.json(events);
  }),
];
