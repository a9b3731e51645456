export { NarrativePanel } from "./components/narrative-panel";
