import fc from "fast-check";
import type { PlannedAction } from "../../../src/core/scoring/types";
import { exampleAssessment, WALSALL } from "../../../src/core/examples/workedExamples";
import { getFramework } from "../../../src/core/framework/registry";
import type { Level } from "../../../src/core/framework/levels";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import {
  mergeTracker,
  NO_LONGER_REQUIRED,
  suggestYears,
  trackerKey,
  type TrackerRow,
} from "../../../src/core/scoring/trackerMerge";

const action = (
  question: string,
  level: Level,
  text = `${question} to ${level}`
): PlannedAction => ({
  theme: question[0],
  question,
  level,
  text,
});

describe("suggested years", () => {
  it("puts a question's first step in year 1 and spreads the rest to the horizon", () => {
    const years = suggestYears(
      [action("A1", 2), action("A1", 3), action("A1", 4), action("B1", 1)],
      3
    );
    expect([years.get("A1@2"), years.get("A1@3"), years.get("A1@4"), years.get("B1@1")]).toEqual([
      1, 2, 3, 1,
    ]);
    const two = suggestYears([action("C1", 1), action("C1", 2)], 3);
    expect([two.get("C1@1"), two.get("C1@2")]).toEqual([1, 3]);
  });
});

describe("merging the tracker", () => {
  const first = mergeTracker([], [action("A1", 2), action("A1", 3), action("B2", 1)]);

  it("adds one row per action, keyed by question and target level", () => {
    expect(first.map((r) => trackerKey(r.question, r.targetLevel))).toEqual([
      "A1@2",
      "A1@3",
      "B2@1",
    ]);
    expect(first.every((r) => r.status === "Not started" && r.inPlan === "Yes")).toBe(true);
  });

  it("keeps typed data, retires actions no longer planned, and brings them back unchanged", () => {
    const typed = first.map((r, i) => ({
      ...r,
      owner: `Owner ${i}`,
      status: "In progress",
      notes: "n",
    }));
    const retired = mergeTracker(typed, [action("A1", 2), action("C4", 1)]);
    expect(retired.map((r) => [r.question, r.targetLevel, r.inPlan, r.owner])).toEqual([
      ["A1", 2, "Yes", "Owner 0"],
      ["A1", 3, NO_LONGER_REQUIRED, "Owner 1"],
      ["B2", 1, NO_LONGER_REQUIRED, "Owner 2"],
      ["C4", 1, "Yes", ""],
    ]);
    const back = mergeTracker(retired, [action("A1", 3), action("C4", 1)]);
    expect(back[1]).toMatchObject({
      inPlan: "Yes",
      owner: "Owner 1",
      status: "In progress",
      notes: "n",
    });
  });

  it("after a change of framework, a row keeps its owner only for the action it was made for", () => {
    // Public A1 at Leader, typed; then another framework's A1 at Leader, another action.
    const typed = mergeTracker([], [action("A1", 3, "Public: set a policy")]).map((r) => ({
      ...r,
      owner: "Sam",
      status: "In progress",
    }));
    const after = mergeTracker(typed, [action("A1", 3, "Business: go beyond the policy")]);
    expect(after.map((r) => [r.action, r.inPlan, r.owner, r.status])).toEqual([
      ["Public: set a policy", NO_LONGER_REQUIRED, "Sam", "In progress"],
      ["Business: go beyond the policy", "Yes", "", "Not started"],
    ]);
    // And the next score changes nothing.
    expect(mergeTracker(after, [action("A1", 3, "Business: go beyond the policy")])).toEqual(after);
  });

  it("never loses a typed field over many re-scores with edits in between (property)", () => {
    const framework = getFramework("public");
    const walsall = exampleAssessment(framework, WALSALL);
    const options = (id: string) =>
      framework.themes.flatMap((t) => t.questions).find((q) => q.id === id)!.options;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            question: fc.constantFrom(...walsall.answers.map((a) => a.question)),
            future: fc.nat(4),
            owner: fc.string({ maxLength: 8 }),
          }),
          { minLength: 1, maxLength: 12 }
        ),
        (edits) => {
          let answers = walsall.answers.map((a) => ({ ...a }));
          let rows: TrackerRow[] = mergeTracker(
            [],
            scoreAssessment(framework, { answers }).actions
          );
          const typedOwner = new Map<string, string>();
          for (const edit of edits) {
            // The team types an owner on a row, then someone changes a future answer.
            if (rows.length) {
              const row = rows[edit.future % rows.length];
              row.owner = edit.owner;
              typedOwner.set(trackerKey(row.question, row.targetLevel), edit.owner);
            }
            const opts = options(edit.question);
            answers = answers.map((a) =>
              a.question === edit.question
                ? { ...a, future: opts[edit.future % opts.length].text }
                : a
            );
            const result = scoreAssessment(framework, { answers });
            rows = mergeTracker(rows, result.actions);
            const keys = rows.map((r) => trackerKey(r.question, r.targetLevel));
            expect(new Set(keys).size).toBe(keys.length); // one row per key
            const planned = new Set(result.actions.map((a) => trackerKey(a.question, a.level)));
            for (const r of rows) {
              expect(r.inPlan === "Yes").toBe(planned.has(trackerKey(r.question, r.targetLevel)));
            }
            for (const key of planned) expect(keys).toContain(key);
          }
          for (const [key, owner] of typedOwner) {
            expect(rows.find((r) => trackerKey(r.question, r.targetLevel) === key)?.owner).toBe(
              owner
            );
          }
        }
      ),
      { numRuns: 60, seed: 20261122 }
    );
  });
});
