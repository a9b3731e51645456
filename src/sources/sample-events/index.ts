export type { AiEvent } from "./adapter";
export { sampleEventsQueries } from "./queries";
export { type EventCategory, EventCategorySchema } from "./schema";
