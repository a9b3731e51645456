import { lazyView } from "@/ui/lazy-view";

// The Demand view (its screener, regressions and sources) loads when it is opened, not with the first screen.
export const DemandView = lazyView(() => import("./components/demand-view").then((m) => m.DemandView));
