/** What a key does in the deck. Clickers send PageUp/PageDown; keyboards add arrows, Space, Home/End and digits. */
export type DeckCommand =
  | { type: "next" }
  | { type: "prev" }
  | { type: "first" }
  | { type: "last" }
  | { type: "goto"; slide: number }
  | { type: "fullscreen" }
  | { type: "exit" };

export function commandForKey(e: Pick<KeyboardEvent, "key" | "shiftKey" | "altKey" | "ctrlKey" | "metaKey">): DeckCommand | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  switch (e.key) {
    case "ArrowRight":
    case "PageDown":
    case " ":
      return e.shiftKey && e.key === " " ? { type: "prev" } : { type: "next" };
    case "ArrowLeft":
    case "PageUp":
      return { type: "prev" };
    case "Home":
      return { type: "first" };
    case "End":
      return { type: "last" };
    case "f":
    case "F":
      return { type: "fullscreen" };
    case "Escape":
      return { type: "exit" };
    default:
      return /^[1-9]$/.test(e.key) ? { type: "goto", slide: Number(e.key) } : null;
  }
}

/** The slide a command leads to, within 1..count. */
export function targetSlide(cmd: DeckCommand, current: number, count: number): number | null {
  const clamp = (n: number) => Math.min(count, Math.max(1, n));
  switch (cmd.type) {
    case "next":
      return clamp(current + 1);
    case "prev":
      return clamp(current - 1);
    case "first":
      return 1;
    case "last":
      return count;
    case "goto":
      return cmd.slide <= count ? cmd.slide : null;
    default:
      return null;
  }
}
