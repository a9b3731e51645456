/** Plot margins shared by the chart and the event rail under it, so markers sit under the right day. */
export const PLOT_LEFT = 72;
export const PLOT_RIGHT = 16;
