import { describe, expect, it } from "vitest";
import { DEFAULT_DECK } from "@/state/deck";
import { slideHref } from "./presenter-view";

const here = "http://localhost/?slide=6&presenter=1&tokens=wld.btc";

describe("the presenter's preview links", () => {
  it("show a slide that carries a view with that view (the Sora slide with its event), as the audience window", () => {
    const url = new URL(slideHref(DEFAULT_DECK, 7, here));
    expect(url.searchParams.get("event")).toBe("openai-sora-preview");
    expect(url.searchParams.get("slide")).toBe("7");
    expect(url.searchParams.has("presenter")).toBe(false);
  });

  it("show a slide without a view over the current one, as moving to it would", () => {
    const url = new URL(slideHref(DEFAULT_DECK, 8, here));
    expect(url.searchParams.get("tokens")).toBe("wld.btc");
    expect(url.searchParams.get("slide")).toBe("8");
    expect(url.searchParams.has("presenter")).toBe(false);
  });
});
