import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

/** A stand-in IntersectionObserver the test drives: `enter()` reports every observed element as near. */
class FakeObserver {
  static all: FakeObserver[] = [];
  targets: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(el: Element) {
    this.targets.push(el);
  }
  disconnect() {
    this.targets = [];
  }
  static enter() {
    for (const o of FakeObserver.all)
      o.callback(
        o.targets.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry),
        o as unknown as IntersectionObserver,
      );
  }
}

// The module keeps "everything revealed" for the page's life: each test loads it afresh.
async function load() {
  vi.resetModules();
  return import("./deferred-section");
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.all = [];
});

// Each test imports the module afresh (vi.resetModules): 0.15 s on a quiet 2-CPU machine, 2.3 s with both CPUs busy
// at a load average of 25 (npm run test:stress), so 30 s per test instead of Vitest's 5 s.
describe("DeferredSection", { timeout: 30_000 }, () => {
  it("renders its panel at once where IntersectionObserver is missing", async () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    const { DeferredSection } = await load();
    render(
      <DeferredSection anchor="claims" title="Claims overview" estimatedHeight={900}>
        <p>the panel</p>
      </DeferredSection>,
    );
    expect(screen.getByText("the panel")).toBeInTheDocument();
  });

  it("keeps a titled, anchored placeholder of the given height until the panel comes near", async () => {
    vi.stubGlobal("IntersectionObserver", FakeObserver);
    const { DeferredSection } = await load();
    render(
      <DeferredSection anchor="claims" title="Claims overview" estimatedHeight={900}>
        <p>the panel</p>
      </DeferredSection>,
    );
    const placeholder = screen.getByRole("region", { name: "Claims overview" });
    expect(placeholder).toHaveAttribute("id", "claims");
    expect(placeholder.style.minHeight).toBe("900px");
    expect(screen.queryByText("the panel")).toBeNull();
    act(() => FakeObserver.enter());
    expect(screen.getByText("the panel")).toBeInTheDocument();
  });

  it("mounts every deferred panel from any placeholder's button, and before printing", async () => {
    vi.stubGlobal("IntersectionObserver", FakeObserver);
    const { DeferredSection } = await load();
    render(
      <>
        <DeferredSection anchor="a" title="A" estimatedHeight={100}>
          <p>panel A</p>
        </DeferredSection>
        <DeferredSection anchor="b" title="B" estimatedHeight={100}>
          <p>panel B</p>
        </DeferredSection>
      </>,
    );
    const [first] = screen.getAllByRole("button", { name: "Show all panels now" });
    await userEvent.click(first as HTMLElement);
    expect(screen.getByText("panel A")).toBeInTheDocument();
    expect(screen.getByText("panel B")).toBeInTheDocument();

    const again = await load();
    render(
      <again.DeferredSection anchor="c" title="C" estimatedHeight={100}>
        <p>panel C</p>
      </again.DeferredSection>,
    );
    expect(screen.queryByText("panel C")).toBeNull();
    act(() => {
      window.dispatchEvent(new Event("beforeprint"));
    });
    expect(screen.getByText("panel C")).toBeInTheDocument();
  });

  it("renders an eager panel at once", async () => {
    vi.stubGlobal("IntersectionObserver", FakeObserver);
    const { DeferredSection } = await load();
    render(
      <DeferredSection anchor="d" title="D" estimatedHeight={100} eager>
        <p>panel D</p>
      </DeferredSection>,
    );
    expect(screen.getByText("panel D")).toBeInTheDocument();
  });
});
