export { PresentControls } from "./present-controls";
