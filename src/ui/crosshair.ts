import { useSyncExternalStore } from "react";

/**
 * The crosshair every time chart shares: one date (ms at 00:00 UTC) for the whole page, so hovering one chart moves
 * the crosshair on every other visible one, and the date survives a change of view. Ephemeral: never in the URL.
 * A tiny external store (ui imports no state library); `source` says which chart set it (that one draws the tooltip).
 */
export interface CrosshairState {
  t: number | null;
  source: string | null;
  /** Pinned by a click or the keyboard: stays when the pointer leaves, and on every time chart of every view. */
  pinned: boolean;
}

let state: CrosshairState = { t: null, source: null, pinned: false };
const listeners = new Set<() => void>();

export function setCrosshair(t: number | null, source: string | null, pinned = false): void {
  if (state.t === t && state.source === source && state.pinned === pinned) return;
  state = { t, source, pinned: t !== null && pinned };
  for (const l of listeners) l();
}

export function getCrosshair(): CrosshairState {
  return state;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCrosshair(): CrosshairState {
  return useSyncExternalStore(subscribe, getCrosshair, getCrosshair);
}
