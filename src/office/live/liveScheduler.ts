/**
 * Turns a burst of edits into one re-score: each edit restarts a short timer, and when it fires a
 * single run is queued. Runs never overlap: an edit that arrives while a run is going schedules
 * exactly one more run after it. Pure logic (timers injected) so it can be tested without Excel.
 */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const DEBOUNCE_MS = 250; // under the 300 ms users still read as "at once"

/** The browser's own timers. */
export const REAL_TIMERS: Timers = {
  set: (cb, ms) => setTimeout(cb, ms),
  clear: (h) => clearTimeout(h as number),
};

/** Waits before the n-th retry of a run that failed for a passing reason: 1 s, 2 s, 4 s… up to 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** attempt);
}

export class LiveScheduler {
  private timer: unknown;
  private running: Promise<void> | undefined;
  private pending = false;

  constructor(
    private readonly run: () => Promise<void>,
    private readonly timers: Timers = REAL_TIMERS,
    private readonly delay = DEBOUNCE_MS
  ) {}

  /** An edit happened: (re)start the quiet period. */
  edited(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => {
      this.timer = undefined;
      this.enqueue();
    }, this.delay);
  }

  /** Runs now (after any run in progress); concurrent requests collapse into one follow-up run. */
  enqueue(): Promise<void> {
    if (this.running) {
      this.pending = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.pending = false;
          await this.run();
        } while (this.pending);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** Drops a waiting timer (e.g. when live mode is switched off). */
  cancel(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
  }

  get idle(): boolean {
    return this.timer === undefined && this.running === undefined;
  }
}
