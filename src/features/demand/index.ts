export { DemandView } from "./components/demand-view";
