import { useQueryState } from "nuqs";
import { useState } from "react";
import { DEFAULT_DECK, type Slide, newSlideId, parseAsDeck, RETURN_TO_KEY } from "@/state/deck";
import { useUiStore } from "@/state/ui-store";
import { deckStore, useMyDeck } from "@/state/use-local-lists";
import { STAGE_IDS } from "@/state/url-schema";
import { useViewState, viewSlice } from "@/state/use-view-state";
import { downloadBlob } from "@/ui/export/csv";
import { deckLinkValue, slideProblem } from "./deck-checks";
import { DeckEditorList } from "./deck-editor-list";
import { exportDeckFile, importDeckFile } from "./deck-file";
import { slideTitleFor } from "./slide-title";
import { plural } from "@/ui/plural";
import { Button, ImportJsonButton } from "@/ui/button";
import { Menu, MenuActions } from "@/ui/menu";

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
  const [status, setStatus] = useState<string | null>(null);

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
    // The view shown becomes the slide's kind: a stage view a stage slide, the claims view the claims slide, the Demand
    // view the demand slide, the rest (overview, narrative) the narrative slide with this view's state.
    const params = new URLSearchParams(search);
    const panel = params.get("view") ?? params.get("panel");
    const stage = (STAGE_IDS as readonly (string | null)[]).includes(panel) ? (panel as Slide["stage"] & string) : null;
    const slide: Slide = {
      id: newSlideId(),
      kind: stage ? "stage" : panel === "claims" ? "claims" : panel === "demand" ? "demand" : "view",
      ...(stage ? { stage } : {}),
      title: slideTitleFor(search),
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

  const importText = (text: string) => {
    const r = importDeckFile(text);
    if (r.error) notify(`Import refused: ${r.error}.`, "warn");
    else {
      deckStore.set([...mine, ...r.slides]);
      notify(`Imported ${plural(r.slides.length, "slide")}${r.dropped ? `; ${plural(r.dropped, "damaged slide")} dropped` : ""}.`);
    }
  };

  return (
    <div className="relative flex items-center gap-2">
      <Button tone="primary" onClick={() => present("default")}>
        Present
      </Button>
      <Button onClick={addView}>Add this view as a slide</Button>
      <Menu label={`Your deck (${mine.length})`} status={status} width="w-[30rem]">
        {() => (
          <>
            <DeckEditorList slides={mine} onChange={(next) => deckStore.set(next)} />
            <MenuActions>
              <Button tone="link" className="font-semibold" disabled={mine.length === 0} onClick={() => present("mine")}>
                Present your deck
              </Button>
              <Button tone="link" onClick={() => void share()}>
                Share deck as a link
              </Button>
              <Button
                tone="link"
                onClick={() =>
                  downloadBlob(
                    new Blob([exportDeckFile(mine)], { type: "application/json" }),
                    `mirage-deck-${new Date().toISOString().slice(0, 10)}.json`,
                  )
                }
              >
                Export deck (JSON)
              </Button>
              <ImportJsonButton label="Import deck" fileLabel="Import deck file" onText={importText} />
            </MenuActions>
          </>
        )}
      </Menu>
    </div>
  );
}
