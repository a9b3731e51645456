import { useQueryState } from "nuqs";
import { useId, useRef, useState } from "react";
import { DEFAULT_DECK, type Slide, newSlideId, parseAsDeck, RETURN_TO_KEY } from "@/state/deck";
import { useUiStore } from "@/state/ui-store";
import { deckStore, useMyDeck } from "@/state/use-local-lists";
import { STAGE_IDS } from "@/state/url-schema";
import { useViewState, viewSlice } from "@/state/use-view-state";
import { downloadBlob } from "@/ui/export/csv";
import { deckLinkValue, slideProblem } from "./deck-checks";
import { DeckEditorList } from "./deck-editor-list";
import { exportDeckFile, importDeckFile } from "./deck-file";
import { plural } from "@/ui/plural";

const SLICE = viewSlice(["slide"]);

/**
 * The way into presenting: "Present" opens the default deck (the report's argument); "Your deck" collects views
 * added from the dashboard, with titles, notes and order, and can be presented, shared as a link, exported and imported.
 */
export function PresentControls() {
  const [, setUrl] = useViewState(SLICE);
  const [, setDeck] = useQueryState("deck", parseAsDeck);
  const mine = useMyDeck();
  const notify = useUiStore((s) => s.notify);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const panelId = useId();
  const fileRef = useRef<HTMLInputElement>(null);

  const present = (which: "default" | "mine") => {
    try {
      sessionStorage.setItem(RETURN_TO_KEY, window.location.search);
    } catch {
      // Without session storage, leaving the deck returns to the default view.
    }
    void setDeck(which === "mine" ? { kind: "mine" } : null);
    void setUrl({ slide: 1 });
  };

  const addView = () => {
    const search = new URL(window.location.href).search;
    // The view shown becomes the slide's kind: a stage view a stage slide, the claims view the claims slide, the rest
    // (overview, narrative) the narrative slide with this view's state.
    const params = new URLSearchParams(search);
    const panel = params.get("view") ?? params.get("panel");
    const stage = (STAGE_IDS as readonly (string | null)[]).includes(panel) ? (panel as Slide["stage"] & string) : null;
    const slide: Slide = {
      id: newSlideId(),
      kind: stage ? "stage" : panel === "claims" ? "claims" : "view",
      ...(stage ? { stage } : {}),
      title: `View ${mine.length + 1}`,
      notes: "",
      view: search,
    };
    const problem = slideProblem(slide);
    if (problem) {
      setStatus(problem);
      return;
    }
    deckStore.set([...mine, slide]);
    setStatus(`Added as slide ${mine.length + 1} of your deck.`);
  };

  const share = async () => {
    const link = deckLinkValue(mine.length > 0 ? mine : DEFAULT_DECK);
    if ("problem" in link) {
      setStatus(link.problem);
      return;
    }
    const url = new URL(window.location.origin + window.location.pathname);
    url.searchParams.set("deck", link.value);
    url.searchParams.set("slide", "1");
    try {
      await navigator.clipboard.writeText(url.toString());
      setStatus("Deck link copied.");
    } catch {
      setStatus(`Copy this deck link: ${url.toString()}`);
    }
  };

  return (
    <div className="relative flex items-center gap-2">
      <button
        type="button"
        onClick={() => present("default")}
        className="rounded-md bg-accent px-2.5 py-1 text-xs font-semibold text-accent-ink"
      >
        Present
      </button>
      <button
        type="button"
        onClick={addView}
        className="rounded-md border border-line px-2.5 py-1 text-xs font-medium text-ink-2 hover:bg-surface-2"
      >
        Add this view as a slide
      </button>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="rounded-md border border-line px-2.5 py-1 text-xs font-medium text-ink-2 hover:bg-surface-2"
      >
        Your deck ({mine.length})
      </button>
      <p role="status" className="absolute right-0 top-full mt-1 max-w-md text-right text-xs text-ink-2">
        {status}
      </p>
      {open ? (
        <div
          id={panelId}
          className="absolute right-0 top-full z-30 mt-7 w-[30rem] rounded-lg border border-line bg-surface p-3 text-sm shadow-lg"
        >
          <DeckEditorList slides={mine} onChange={(next) => deckStore.set(next)} />
          <div className="mt-3 flex flex-wrap gap-3 border-t border-line pt-2 text-xs">
            <button
              type="button"
              disabled={mine.length === 0}
              onClick={() => present("mine")}
              className="font-semibold text-accent underline disabled:text-ink-3 disabled:no-underline"
            >
              Present your deck
            </button>
            <button type="button" onClick={() => void share()} className="text-accent underline">
              Share deck as a link
            </button>
            <button
              type="button"
              onClick={() =>
                downloadBlob(
                  new Blob([exportDeckFile(mine)], { type: "application/json" }),
                  `mirage-deck-${new Date().toISOString().slice(0, 10)}.json`,
                )
              }
              className="text-accent underline"
            >
              Export deck (JSON)
            </button>
            <button type="button" onClick={() => fileRef.current?.click()} className="text-accent underline">
              Import deck
            </button>
            <input
              ref={fileRef}
              type="file"
              accept="application/json,.json"
              className="hidden"
              aria-label="Import deck file"
              onChange={async (e) => {
                const f = e.target.files?.[0];
                e.target.value = "";
                if (!f) return;
                const r = importDeckFile(await f.text());
                if (r.error) notify(`Import refused: ${r.error}.`, "warn");
                else {
                  deckStore.set([...mine, ...r.slides]);
                  notify(
                    `Imported ${plural(r.slides.length, "slide")}${r.dropped ? `; ${plural(r.dropped, "damaged slide")} dropped` : ""}.`,
                  );
                }
              }}
            />
          </div>
        </div>
      ) : null}
    </div>
  );
}
