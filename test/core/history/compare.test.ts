import { getFramework } from "../../../src/core/framework/registry";
import type { Level } from "../../../src/core/framework/levels";
import {
  answersFromLevels,
  WORKED_EXAMPLES,
  SURREY,
} from "../../../src/core/examples/workedExamples";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import { compareAssessments, promiseStatus } from "../../../src/core/history/compare";
import {
  isIntact,
  takeSnapshot,
  type AssessmentSnapshot,
} from "../../../src/core/history/snapshot";
import { seededRandom } from "../../helpers/seededRandom";

/*
 * Year on year (issue 14), the rules: a snapshot freezes an assessment (its hash shows an edit);
 * comparing two gives levels from → to, the answers that changed, and the promise check (the
 * earlier Future against the later Present). Questions are compared by id: one in a single
 * version of the framework is "not comparable", never a change.
 */
const framework = getFramework("public");

function snapshotOf(levels: Record<string, readonly [Level, Level]>, label = "2025-26") {
  const answers = answersFromLevels(framework, levels);
  const result = scoreAssessment(framework, { answers });
  const typed = new Map(
    answers.map((a) => [a.question, { present: a.present ?? "", future: a.future ?? "" }])
  );
  return takeSnapshot(framework, result, typed, label, "2026-03-31");
}

describe("the promise check", () => {
  it.each([
    [2, 2, "kept"],
    [2, 3, "exceeded"],
    [3, 2, "not yet"],
    [null, 2, null],
    [2, null, null],
  ] as const)("promised %s, now %s: %s", (promised, now, status) => {
    expect(promiseStatus(promised, now)).toBe(status);
  });
});

describe("compareAssessments", () => {
  const earlier = snapshotOf(SURREY.answers, "2024-25");

  it("compares an assessment with itself: no changes; each theme kept exactly where its Present met its Future", () => {
    for (const example of WORKED_EXAMPLES.filter((e) => e.framework === "public")) {
      const one = snapshotOf(example.answers);
      const same = compareAssessments(one, one);
      expect(same.changes).toEqual([]);
      expect(same.notComparable).toEqual([]);
      for (const p of same.promises) {
        const theme = one.themes.find((t) => t.id === p.theme)!;
        expect(p.status).toBe(promiseStatus(theme.future, theme.present));
      }
    }
  });

  it("lists every changed answer with its levels, and the themes from → to", () => {
    const levels = {
      ...SURREY.answers,
      C1: [3, 3] as const, // C1 runs from Follower (1) to Leader (3)
      A1: [SURREY.answers.A1[0], 1] as const,
    };
    const later = snapshotOf(levels, "2025-26");
    const diff = compareAssessments(earlier, later);
    const c1 = SURREY.answers.C1;
    expect(diff.changes).toEqual(
      expect.arrayContaining([
        ...(c1[0] !== 3 ? [{ question: "C1", field: "present", from: c1[0], to: 3 }] : []),
        ...(c1[1] !== 3 ? [{ question: "C1", field: "future", from: c1[1], to: 3 }] : []),
      ])
    );
    const touched = new Set(diff.changes.map((c) => c.question));
    expect([...touched].every((q) => q === "C1" || q === "A1")).toBe(true);
    const c = diff.themes.find((t) => t.id === "C")!;
    expect(c.present.from).toBe(earlier.themes.find((t) => t.id === "C")!.present);
    expect(c.present.to).toBe(later.themes.find((t) => t.id === "C")!.present);
  });

  it("never counts a question added or removed between versions as a change", () => {
    const later = snapshotOf(SURREY.answers);
    const fewer: AssessmentSnapshot = {
      ...later,
      questions: later.questions.filter((q) => q.id !== "A5"),
    };
    const diff = compareAssessments(earlier, fewer);
    expect(diff.notComparable).toEqual(["A5"]);
    expect(diff.changes).toEqual([]);
  });

  it("counts another answer at the same level as a change within a version, not across versions", () => {
    const later = snapshotOf(SURREY.answers);
    const a1 = later.questions.find((q) => q.id === "A1")!;
    const reworded: AssessmentSnapshot = {
      ...later,
      questions: later.questions.map((q) =>
        q.id === "A1"
          ? { ...q, present: { ...a1.present, answer: `${a1.present.answer} (new)` } }
          : q
      ),
    };
    const same = compareAssessments(earlier, reworded);
    expect(same.changes).toEqual([
      { question: "A1", field: "present", from: a1.present.level, to: a1.present.level },
    ]);
    const newer = { ...reworded, framework: { ...reworded.framework, version: "1.1" } };
    expect(compareAssessments(earlier, newer).changes).toEqual([]);
  });

  it("agrees, on random answer sets, with a question-by-question reading of the two", () => {
    const random = seededRandom(14);
    for (let run = 0; run < 100; run++) {
      const pick = () =>
        Object.fromEntries(
          framework.themes.flatMap((t) =>
            t.questions.map((q) => {
              const level = () => random.pick(q.options).level;
              return [q.id, [level(), level()] as const];
            })
          )
        );
      const a = snapshotOf(pick());
      const b = snapshotOf(pick());
      const diff = compareAssessments(a, b);
      const expected = b.questions.flatMap((q) => {
        const old = a.questions.find((o) => o.id === q.id)!;
        return (["present", "future"] as const)
          .filter((f) => old[f].level !== q[f].level)
          .map((field) => ({ question: q.id, field, from: old[field].level, to: q[field].level }));
      });
      expect(diff.changes).toEqual(expected);
      expect(diff.promises.map((p) => p.status)).toEqual(
        b.themes.map((t) => promiseStatus(a.themes.find((o) => o.id === t.id)!.future, t.present))
      );
    }
  });
});

describe("the snapshot's hash", () => {
  it("is the same for the same content, and shows any edit", () => {
    const one = snapshotOf(SURREY.answers);
    expect(isIntact(one)).toBe(true);
    expect(snapshotOf(SURREY.answers).hash).toBe(one.hash);
    const edited = {
      ...one,
      themes: one.themes.map((t, i) => (i === 0 ? { ...t, present: 4 as Level } : t)),
    };
    expect(isIntact(edited)).toBe(false);
    expect(isIntact({ ...one, label: "2026-27" })).toBe(false);
  });
});
