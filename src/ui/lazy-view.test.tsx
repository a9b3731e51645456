import { act, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { describe, expect, it } from "vitest";
import { lazyView } from "./lazy-view";

function Hello({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

const fallback = <p>Loading…</p>;

describe("lazyView", () => {
  it("shows the fallback while the code loads, then the component", async () => {
    let resolve: (c: typeof Hello) => void = () => {};
    const View = lazyView(() => new Promise<typeof Hello>((r) => (resolve = r)));
    render(
      <Suspense fallback={fallback}>
        <View name="there" />
      </Suspense>,
    );
    expect(screen.getByText("Loading…")).toBeTruthy();
    await act(async () => resolve(Hello));
    expect(screen.getByText("Hello there")).toBeTruthy();
  });

  it("renders at once, with no fallback, once preloaded", async () => {
    let loads = 0;
    const View = lazyView(async () => {
      loads++;
      return Hello;
    });
    await View.preload();
    await View.preload();
    render(
      <Suspense fallback={fallback}>
        <View name="again" />
      </Suspense>,
    );
    expect(screen.queryByText("Loading…")).toBeNull();
    expect(screen.getByText("Hello again")).toBeTruthy();
    expect(loads).toBe(1);
  });

  it("loads again after a failed load", async () => {
    let fail = true;
    const View = lazyView(async () => {
      if (fail) throw new Error("chunk missing");
      return Hello;
    });
    await expect(View.preload()).rejects.toThrow("chunk missing");
    fail = false;
    await View.preload();
    render(<View name="retry" />);
    expect(screen.getByText("Hello retry")).toBeTruthy();
  });
});
