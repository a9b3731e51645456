import { type ProjectSummary, projectIndex } from "@/content/project-index";
import { sameAssetTickers } from "@/content/tickers";
import type { ShownEvent } from "../lib/shown-events";
import type { Series } from "@/sources/price-series";
import { useViewState, viewSlice } from "@/state/use-view-state";

const SLICE = viewSlice(["project"]);

export type Emphasis = "normal" | "focus" | "dim";

/** Does an event concern a project: its token among the event's tickers, or the project among its entities? */
export function eventConcerns(event: ShownEvent, project: ProjectSummary): boolean {
  const tickers = project.ticker ? sameAssetTickers(project.ticker) : [];
  return event.tokens.some((t) => tickers.includes(t)) || event.entities.some((e) => e.toLowerCase().includes(project.name.toLowerCase()));
}

/**
 * What the other panels ask of the narrative through the URL: a selected project narrows the events and puts its
 * token in front; a selected event puts the tokens it names in front.
 */
export function useCrossFilter(selectedEvent: ShownEvent | undefined) {
  const [url, setUrl] = useViewState(SLICE);
  const project = url.project ? projectIndex.find((p) => p.id === url.project) : undefined;
  const focusTickers = project?.ticker ? sameAssetTickers(project.ticker) : [];
  const eventTickers = selectedEvent?.tokens ?? [];

  const emphasis = (s: Series): Emphasis => {
    const front = focusTickers.length > 0 ? focusTickers : eventTickers;
    if (front.length === 0) return "normal";
    return front.includes(s.ticker) ? "focus" : "dim";
  };

  const focusOn = (ticker: string | null) => {
    const next = ticker ? projectIndex.find((p) => p.ticker && sameAssetTickers(p.ticker).includes(ticker)) : undefined;
    void setUrl({ project: next?.id ?? null });
  };

  return {
    project,
    namedByEvent: (ticker: string) => eventTickers.includes(ticker),
    emphasis,
    focusOn,
    clearProject: () => void setUrl({ project: null }),
  };
}
