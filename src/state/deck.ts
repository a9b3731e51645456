import { createParser } from "nuqs";
import { z } from "@/content/zod";
import { StageIdSchema } from "@/content/schema";
import { loadList, saveList } from "./local-store";
import { newNoteId } from "./notes";

/**
 * A deck is a list of slides; each shows one panel (or a saved view) at projector scale, with a title and speaker
 * notes. The default deck walks the report's argument; the analyst's own deck lives in local storage and can be shared
 * as a link (`deck=` base64url JSON), both read through the same schema.
 */
export const SLIDE_KINDS = ["title", "stage", "narrative", "study", "claims", "closing", "view", "demand"] as const;

/** The longest view a slide keeps: a query string as Copy link writes it. */
export const MAX_SLIDE_VIEW = 1500;

export const SlideSchema = z.lazy(() =>
  z.object({
    id: z.string().check(z.regex(/^[a-z0-9-]{4,24}$/)),
    kind: z.enum(SLIDE_KINDS),
    stage: z.optional(StageIdSchema),
    title: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
    notes: z._default(z.string().check(z.maxLength(1000)), ""),
    /** The view the slide applies when shown: a query string as Copy link writes it. */
    view: z.optional(z.string().check(z.maxLength(MAX_SLIDE_VIEW), z.regex(/^(\?.*)?$/))),
  }),
);
export type Slide = z.infer<typeof SlideSchema>;

export const MAX_SLIDES = 30;
export const DeckSchema = z.lazy(() => z.array(SlideSchema).check(z.minLength(1), z.maxLength(MAX_SLIDES)));

const STAGE_TITLES = { data: "Data", compute: "Compute", verification: "Verification", provenance: "Provenance & identity" } as const;

/** The report's argument, in order: title, the four stages, the narrative, the event study, the claim checks, close. */
export const DEFAULT_DECK: readonly Slide[] = [
  {
    id: "d-title",
    kind: "title",
    title: "Crypto's AI Mirage, checked against data",
    notes:
      "Coinbase Institutional's report (David Han, early March 2024): four stages of the AI pipeline, and a trading narrative. We check each claim against data.",
  },
  ...(["data", "compute", "verification", "provenance"] as const).map(
    (stage): Slide => ({
      id: `d-${stage}`,
      kind: "stage",
      stage,
      title: STAGE_TITLES[stage],
      notes: `The report's case for the ${STAGE_TITLES[stage].toLowerCase()} stage, its projects' prices over the report's window, and how its claims fare.`,
    }),
  ),
  {
    id: "d-narrative",
    kind: "narrative",
    title: "AI tokens against BTC, ETH and AI stocks",
    notes:
      "From Q4 2023 to publication, the AI tokens ran ahead of BTC, ETH, Nvidia and Microsoft: the narrative trade the report describes.",
    view: "?tokens=wld.fet.rndr.fil.ar.btc.eth.nvda.msft",
  },
  {
    id: "d-study",
    kind: "study",
    title: "Returns around OpenAI's Sora",
    notes: "WLD rose on OpenAI news with no Worldcoin news of its own. Raw, benchmark and abnormal returns around 2024-02-15.",
    view: "?event=openai-sora-preview&tokens=wld.fet.rndr.fil.ar.btc.eth.nvda.msft",
  },
  {
    id: "d-claims",
    kind: "claims",
    title: "Do the claims hold?",
    notes: "Each testable claim, as the report saw it and on the latest data.",
  },
  { id: "d-closing", kind: "closing", title: "What to take away", notes: "Feasible but far from parity; trade the narrative knowingly." },
];

export const DECK_KEY = "mirage:deck";
/** Session storage: the dashboard's query string before Present, restored by Escape. */
export const RETURN_TO_KEY = "mirage:return-to";
export const loadDeck = (store?: Pick<Storage, "getItem">) => loadList(DECK_KEY, SlideSchema, store);
export const storeDeck = (slides: readonly Slide[], store?: Pick<Storage, "setItem">) => saveList(DECK_KEY, slides, store);

export function newSlideId(): string {
  return `s-${newNoteId()}`;
}

function toBase64Url(text: string): string {
  let bin = "";
  for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** A shared deck link: `mine` (this device's deck), or the slides themselves, base64url JSON, at most 6,000 characters. */
export const MAX_DECK_PARAM = 6000;

export function encodeDeck(slides: readonly Slide[]): string {
  return toBase64Url(JSON.stringify(slides));
}

export function decodeDeck(value: string): Slide[] | null {
  if (value.length > MAX_DECK_PARAM || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    const bin = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
    const parsed = DeckSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type DeckRef = { kind: "mine" } | { kind: "shared"; slides: Slide[] };

/** The `deck` key: absent for the default deck. Kept out of the view schema: a deck link is its own kind of link. */
export const parseAsDeck = createParser<DeckRef>({
  parse: (v) => {
    if (v === "mine") return { kind: "mine" };
    const slides = decodeDeck(v);
    return slides ? { kind: "shared", slides } : null;
  },
  serialize: (d) => (d.kind === "mine" ? "mine" : encodeDeck(d.slides)),
  eq: (a, b) => JSON.stringify(a) === JSON.stringify(b),
});
