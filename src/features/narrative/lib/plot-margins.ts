import { TIME_PLOT_LEFT, TIME_PLOT_RIGHT } from "@/ui/time-chart";

/** Plot margins of the time chart, shared by the event rail under it, so markers sit under the right day. */
export const PLOT_LEFT = TIME_PLOT_LEFT;
export const PLOT_RIGHT = TIME_PLOT_RIGHT;
