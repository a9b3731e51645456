import { useEffect, useRef } from "react";
import { commandForKey, targetSlide } from "../lib/keys";
import { openDeckChannel } from "../lib/sync";

interface DeckKeysOptions {
  current: number;
  count: number;
  goto: (n: number, options?: { history?: "push" | "replace" }) => void;
  exit: () => void;
  /** Off in a preview frame: it neither answers keys nor follows the other windows. */
  enabled?: boolean;
}

/** Keys for the deck, in whichever window has them, and the channel that keeps the other window in step. */
export function useDeckKeys({ current, count, goto, exit, enabled = true }: DeckKeysOptions) {
  const id = useRef(Math.random().toString(36).slice(2));
  const latest = useRef({ current, count, goto, exit });
  latest.current = { current, count, goto, exit };
  const channel = useRef<ReturnType<typeof openDeckChannel> | null>(null);

  useEffect(() => {
    if (!enabled) return;
    channel.current = openDeckChannel((m) => {
      if (m.from !== id.current && m.slide !== latest.current.current) latest.current.goto(m.slide, { history: "replace" });
    });
    return () => channel.current?.close();
  }, [enabled]);

  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      // Typing in a field (a note, a window bound) is not a slide change.
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      const cmd = commandForKey(e);
      if (!cmd) return;
      e.preventDefault();
      const { current: now, count: n, goto: go, exit: leave } = latest.current;
      if (cmd.type === "exit") {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        leave();
        return;
      }
      if (cmd.type === "fullscreen") {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
        return;
      }
      const next = targetSlide(cmd, now, n);
      if (next === null || next === now) return;
      go(next);
      channel.current?.post({ type: "goto", slide: next, from: id.current });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);

  return {
    announce: (slide: number) => channel.current?.post({ type: "goto", slide, from: id.current }),
  };
}
