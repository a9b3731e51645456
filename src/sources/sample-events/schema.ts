import { z } from "@/content/zod";
import { EVENT_CATEGORIES } from "@/content/events";
import { IsoDaySchema } from "@/sources/shared/series";

/** Event categories of data/EVENTS.md, from content's one list; colours live in the palette, keyed by these names. */
export const EventCategorySchema = z.enum(EVENT_CATEGORIES);
export type EventCategory = z.infer<typeof EventCategorySchema>;

/** One entry of events.json as it is on disk (snake_case, as curated). */
export const AiEventRaw = z.lazy(() =>
  z.object({
    id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
    date: IsoDaySchema,
    title: z.string().check(z.minLength(1), z.maxLength(120)),
    summary: z.string().check(z.minLength(1)),
    category: EventCategorySchema,
    entities: z.array(z.string()),
    tokens: z.array(z.string()),
    source: z.object({ publisher: z.string(), title: z.string(), url: z.url() }),
    in_report: z.boolean(),
    verified: z.boolean(),
    evidence: z.string(),
  }),
);
export type AiEventRaw = z.infer<typeof AiEventRaw>;

export const AiEventsRaw = z.lazy(() => z.array(AiEventRaw).check(z.minLength(1, "no events")));
