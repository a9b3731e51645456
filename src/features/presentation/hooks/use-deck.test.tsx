import { renderHook } from "@testing-library/react";
import { NuqsTestingAdapter, type UrlUpdateEvent } from "nuqs/adapters/testing";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import type { Slide } from "@/state/deck";
import { useDeckNavigation } from "./use-deck";

const slides: Slide[] = [
  { id: "s-one1", kind: "title", title: "Title", notes: "" },
  { id: "s-two2", kind: "view", title: "Added in live mode", notes: "", view: "?mode=live&tokens=wld.btc" },
  { id: "s-three3", kind: "view", title: "Added in sample mode", notes: "", view: "?tokens=wld" },
];

function step(search: string, to: number) {
  const updates: UrlUpdateEvent[] = [];
  const wrapper = ({ children }: { children: ReactNode }) => (
    <NuqsTestingAdapter searchParams={search} hasMemory onUrlUpdate={(u) => updates.push(u)}>
      {children}
    </NuqsTestingAdapter>
  );
  const { result } = renderHook(() => useDeckNavigation(slides), { wrapper });
  result.current.goto(to);
  return updates;
}

describe("stepping through a deck", () => {
  it("never lets a slide switch a sample-mode viewer to live data (no API requests by surprise)", async () => {
    const updates = step("?slide=1", 2);
    await expect.poll(() => updates.length).toBeGreaterThan(0);
    const last = updates[updates.length - 1];
    expect(last?.searchParams.get("tokens")).toBe("wld.btc");
    expect(last?.searchParams.get("slide")).toBe("2");
    expect(last?.searchParams.has("mode")).toBe(false);
  });

  it("keeps a live-mode viewer in live mode on a slide added in sample mode", async () => {
    const updates = step("?mode=live&slide=1", 3);
    await expect.poll(() => updates.length).toBeGreaterThan(0);
    expect(updates[updates.length - 1]?.searchParams.get("mode")).toBe("live");
  });
});
