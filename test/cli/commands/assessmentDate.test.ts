import { today } from "../../../src/cli/commands/assessmentDate";

/** The date a new assessment carries unless told otherwise: today in UTC, as yyyy-mm-dd. */

describe("today", () => {
  afterEach(() => jest.useRealTimers());

  it.each([
    ["2026-11-22T09:15:00Z", "2026-11-22"],
    ["2026-11-22T23:30:00-05:00", "2026-11-23"], // already the 23rd in UTC
    ["2027-01-01T00:30:00+01:00", "2026-12-31"],
  ])("at %s is %s", (now, expected) => {
    jest.useFakeTimers({ now: new Date(now) });
    expect(today()).toBe(expected);
  });
});
