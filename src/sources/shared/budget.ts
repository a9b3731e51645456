/**
 * A request budget per API: at most `limit` calls in any `windowMs`, the rest queued (never dropped) and released in
 * order as the window slides. CoinGecko's public API allows roughly 30 calls a minute (docs: "Rate limit"), so its
 * budget is 20 to leave room for other tabs. `now` and the timer are injectable for tests with fake timers.
 */
export class RequestBudget {
  private readonly sent: number[] = [];
  private readonly queue: (() => void)[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    // A monotonic clock: wall-clock jumps (or a test pinning Date) must not freeze or flush the window.
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Forgets past calls (tests start each case with a full budget). Queued calls are kept. */
  reset() {
    this.sent.length = 0;
    this.drain();
  }

  /** Calls waiting for a slot. */
  get waiting(): number {
    return this.queue.length;
  }

  /** Runs `task` when the budget allows; resolves with its result. */
  schedule<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push(() => {
        task().then(resolve, reject);
      });
      this.drain();
    });
  }

  private drain() {
    const t = this.now();
    while (this.sent.length > 0 && (this.sent[0] ?? 0) <= t - this.windowMs) this.sent.shift();
    while (this.queue.length > 0 && this.sent.length < this.limit) {
      this.sent.push(this.now());
      this.queue.shift()?.();
    }
    if (this.queue.length > 0 && this.timer === undefined) {
      const wait = Math.max(0, (this.sent[0] ?? t) + this.windowMs - t) + 5;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.drain();
      }, wait);
    }
  }
}
