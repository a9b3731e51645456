import { act, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import type { StageId } from "@/content/schema";
import { renderWithClient } from "@/test/render";
import { StageSlide } from "./components/stage-slide";

let show: (stage: StageId) => void = () => undefined;

/** One slot of the deck: the next slide is drawn in the same place, as ArrowRight does. */
function Slot() {
  const [stage, setStage] = useState<StageId>("data");
  show = setStage;
  return <StageSlide stage={stage} />;
}

describe("stage slides", () => {
  it("show the next stage's chart when one stage slide follows another in the same place (the deck's arrow keys)", async () => {
    renderWithClient(<Slot />);
    await screen.findByRole("figure", { name: "Data-stage tokens" });
    for (const [stage, title] of [
      ["compute", "Compute tokens against Nvidia"],
      ["verification", "Bittensor and model-market tokens"],
      ["provenance", "Worldcoin (WLD) and the report's events"],
      ["data", "Data-stage tokens"],
    ] as const) {
      act(() => show(stage));
      await screen.findByRole("figure", { name: title });
      expect(screen.queryByRole("alert")).toBeNull();
    }
  });
});
