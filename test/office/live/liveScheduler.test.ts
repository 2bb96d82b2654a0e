import { classifyChange } from "../../../src/office/live/changeFilter";
import { LiveScheduler, type Timers } from "../../../src/office/live/liveScheduler";

/** Manual clock: timers fire only when the test advances time. */
function manualTimers() {
  let now = 0;
  const pending = new Map<number, { at: number; callback: () => void }>();
  let next = 1;
  const timers: Timers = {
    set: (callback, ms) => {
      pending.set(next, { at: now + ms, callback });
      return next++;
    },
    clear: (handle) => pending.delete(handle as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...pending]) {
      if (timer.at <= now) {
        pending.delete(id);
        timer.callback();
      }
    }
  };
  return { timers, advance };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe("LiveScheduler", () => {
  it("turns one edit into exactly one run, after the quiet period", async () => {
    const clock = manualTimers();
    const run = jest.fn(async () => undefined);
    const scheduler = new LiveScheduler(run, clock.timers, 250);
    scheduler.edited();
    clock.advance(249);
    expect(run).not.toHaveBeenCalled();
    clock.advance(1);
    await flush();
    expect(run).toHaveBeenCalledTimes(1);
    clock.advance(10_000);
    await flush();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("coalesces a burst of edits into one run", async () => {
    const clock = manualTimers();
    const run = jest.fn(async () => undefined);
    const scheduler = new LiveScheduler(run, clock.timers, 250);
    for (let i = 0; i < 10; i++) {
      scheduler.edited();
      clock.advance(100);
    }
    clock.advance(250);
    await flush();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("never overlaps runs: an edit during a run queues exactly one more", async () => {
    let active = 0;
    let maxActive = 0;
    const releases: (() => void)[] = [];
    const run = jest.fn(async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise<void>((resolve) => releases.push(resolve));
      active--;
    });
    const scheduler = new LiveScheduler(run);
    void scheduler.enqueue();
    void scheduler.enqueue();
    void scheduler.enqueue();
    await flush();
    expect(run).toHaveBeenCalledTimes(1);
    releases.shift()!();
    await flush();
    expect(run).toHaveBeenCalledTimes(2);
    releases.shift()!();
    await flush();
    expect(run).toHaveBeenCalledTimes(2);
    expect(maxActive).toBe(1);
    expect(scheduler.idle).toBe(true);
  });

  it("keeps going after a failed run", async () => {
    const run = jest.fn().mockRejectedValueOnce(new Error("boom")).mockResolvedValue(undefined);
    const scheduler = new LiveScheduler(run);
    await expect(scheduler.enqueue()).rejects.toThrow("boom");
    await scheduler.enqueue();
    expect(run).toHaveBeenCalledTimes(2);
  });
});

describe("classifyChange", () => {
  const answers = [3, 4]; // columns D and E

  it.each([
    [{ address: "D9", source: "Local" }, "rescore"],
    [{ address: "C9:F9", source: "Local" }, "rescore"],
    [{ address: "E12", source: "Remote" }, "refresh"],
    [{ address: "F9:G70", source: "Local" }, "ignore"], // the add-in's own level columns
    [{ address: "H9", source: "Local" }, "ignore"], // notes
    [{ address: "D9", source: "Local", triggerSource: "ThisLocalAddin" }, "ignore"],
    [{ address: "Questionnaire!E3", source: "Local" }, "rescore"],
  ])("%j -> %s", (event, verdict) => {
    expect(classifyChange(event, answers)).toBe(verdict);
  });
});
