import { lazyView } from "@/ui/lazy-view";

// The Demand view (its screener, regressions and sources) and its slide load when they are opened, not with the first
// screen.
export const DemandView = lazyView(() => import("./components/demand-view").then((m) => m.DemandView));
export const DemandSlide = lazyView(() => import("./components/demand-slide").then((m) => m.DemandSlide));
