/**
 * The categories of AI news events (public/data/EVENTS.md): the one list the events schema, the URL schema, the
 * narrative's filters and the URL notice's wording are built from. Colours and letters live with the palette.
 */
export const EVENT_CATEGORIES = [
  "model-release",
  "product",
  "company",
  "chips-earnings",
  "funding-valuation",
  "policy",
  "crypto-ai",
  "people",
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];
