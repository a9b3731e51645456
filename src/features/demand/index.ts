export { DemandView } from "./components/demand-view";
export { DemandSlide } from "./components/demand-slide";
