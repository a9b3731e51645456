/**
 * Keeps the audience and presenter windows on the same slide: whichever window gets the key press announces the
 * slide on a BroadcastChannel and the other follows. Same origin only, no server.
 */
export interface DeckMessage {
  type: "goto";
  slide: number;
  /** Which window sent it, so a window ignores its own echo. */
  from: string;
}

const CHANNEL = "mirage-deck";

export function openDeckChannel(onMessage: (m: DeckMessage) => void): { post: (m: DeckMessage) => void; close: () => void } {
  if (typeof BroadcastChannel === "undefined") return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent) => {
    const m = e.data as Partial<DeckMessage> | null;
    if (m && m.type === "goto" && typeof m.slide === "number" && Number.isInteger(m.slide) && typeof m.from === "string")
      onMessage(m as DeckMessage);
  };
  return { post: (m) => channel.postMessage(m), close: () => channel.close() };
}
