export { type AiEvent, type AiEventList, SAMPLE_EVENTS, eventsUrl, fetchAiEvents } from "./adapter";
export { sampleEventsQueries } from "./queries";
export { type EventCategory, EventCategorySchema } from "./schema";
