import { getFramework, FRAMEWORK_IDS } from "../../../src/core/framework/registry";
import type { Framework } from "../../../src/core/framework/types";
import { compareAssessments } from "../../../src/core/history/compare";
import { takeSnapshot, type AssessmentSnapshot } from "../../../src/core/history/snapshot";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import {
  HISTORY_COLUMNS,
  historyRows,
  readHistoryTable,
} from "../../../src/core/workbook/readers/historyTable";
import type { CellValue } from "../../../src/core/workbook/sheetSpec";
import { seededRandom, type Random } from "../../helpers/seededRandom";

/*
 * The History table (issue 14): a snapshot written as rows any program can read comes back
 * identical; an edit by hand, rows of another framework or a damaged check are reported and the
 * snapshot left out; and comparing an assessment with itself changes nothing.
 */

/** A random assessment: each question answered (or not) at one of its options' levels. */
function randomSnapshot(
  framework: Framework,
  random: Random,
  label: string,
  { reached = false }: { reached?: boolean } = {}
): AssessmentSnapshot {
  const answers = framework.themes.flatMap((t) =>
    t.questions.flatMap((q) => {
      if (random.chance(0.1)) return [];
      const present = random.pick(q.options);
      const future = reached
        ? present
        : random.pick(q.options.filter((o) => o.level >= present.level));
      return [{ question: q.id, present: present.text, future: future.text }];
    })
  );
  const result = scoreAssessment(framework, { answers });
  const typed = new Map(answers.map((a) => [a.question, { present: a.present, future: a.future }]));
  return takeSnapshot(framework, result, typed, label, "2026-03-31");
}

/** Rows as a table body read back, with our header. */
function table(rows: CellValue[][], sheet = "History") {
  return { sheet, header: [...HISTORY_COLUMNS], body: rows, bodyRow: 3, bodyColumn: 0 };
}

const column = (name: (typeof HISTORY_COLUMNS)[number]) => HISTORY_COLUMNS.indexOf(name);

describe("the History table", () => {
  it.each(FRAMEWORK_IDS)("gives back each %s snapshot exactly as it was taken", (id) => {
    const framework = getFramework(id);
    const random = seededRandom(14);
    const taken = [
      randomSnapshot(framework, random, "2024-25"),
      randomSnapshot(framework, random, "2025-26"),
    ];
    const read = readHistoryTable(
      framework,
      table(taken.flatMap((s) => historyRows(framework, s)))
    );
    expect(read.problems).toEqual([]);
    expect(read.labels).toEqual(["2024-25", "2025-26"]);
    expect(read.snapshots).toEqual(taken);
  });

  it("has one row per question, then one per theme and one overall, each with the check", () => {
    const framework = getFramework("public");
    const snapshot = randomSnapshot(framework, seededRandom(1), "2025-26");
    const rows = historyRows(framework, snapshot);
    expect(rows).toHaveLength(framework.questionCount + framework.themes.length + 1);
    expect(new Set(rows.map((r) => r[column("Check")]))).toEqual(new Set([snapshot.hash]));
    expect(rows.map((r) => r[column("Row")])).toEqual([
      ...Array(framework.questionCount).fill("question"),
      ...Array(framework.themes.length).fill("theme"),
      "overall",
    ]);
  });

  it("reads a date another program turned into a date serial as the date", () => {
    const framework = getFramework("public");
    const snapshot = randomSnapshot(framework, seededRandom(2), "2025-26");
    const rows = historyRows(framework, snapshot).map((r) => {
      const copy = [...r];
      copy[column("Date")] = 46112; // 2026-03-31 as Excel stores it
      return copy;
    });
    expect(readHistoryTable(framework, table(rows)).snapshots).toEqual([snapshot]);
  });

  it.each<[string, (typeof HISTORY_COLUMNS)[number], string]>([
    ["an answer", "Present", "Something else entirely"],
    ["a level", "Future level", "Innovator"],
    ["the label", "Snapshot", "2025-26 (copy)"],
    ["the check", "Check", "0000000000000000"],
  ])("reports a snapshot whose %s was edited, and leaves it out", (_what, name, value) => {
    const framework = getFramework("public");
    const random = seededRandom(3);
    const kept = randomSnapshot(framework, random, "2024-25");
    const edited = randomSnapshot(framework, random, "2025-26");
    const rows = historyRows(framework, edited);
    // The first question row, or (for a level) a row whose value differs from the new one.
    const at = rows.findIndex((r) => r[column(name)] !== value);
    rows[at] = rows[at].map((cell, i) => (i === column(name) ? value : cell));
    const read = readHistoryTable(framework, table([...historyRows(framework, kept), ...rows]));
    expect(read.snapshots.map((s) => s.label)).toEqual(["2024-25"]);
    // A relabelled row is a snapshot of its own, as broken as the one it left.
    expect(read.problems.length).toBe(name === "Snapshot" ? 2 : 1);
    for (const problem of read.problems) {
      expect(problem.message).toMatch(/was changed after it was taken/);
      expect(problem.sheet).toBe("History");
    }
  });

  it("finds its columns by their headers, wherever they are", () => {
    const framework = getFramework("business");
    const snapshot = randomSnapshot(framework, seededRandom(4), "2025");
    const order = [...HISTORY_COLUMNS].reverse();
    const rows = historyRows(framework, snapshot).map((r) =>
      order.map((name) => r[HISTORY_COLUMNS.indexOf(name)])
    );
    const read = readHistoryTable(framework, { ...table(rows), header: [...order, "Our note"] });
    expect(read.snapshots).toEqual([snapshot]);
  });

  it("sets a snapshot of another framework apart: not compared, and no error to fix", () => {
    const business = getFramework("business");
    const snapshot = randomSnapshot(business, seededRandom(5), "2025");
    const read = readHistoryTable(getFramework("public"), table(historyRows(business, snapshot)));
    expect(read.snapshots).toEqual([]);
    expect(read.labels).toEqual(["2025"]);
    expect(read.otherFramework).toEqual([{ label: "2025", framework: "business" }]);
    expect(read.problems).toEqual([]);
  });

  it("orders snapshots by their date, whatever order they were added in", () => {
    const framework = getFramework("public");
    const random = seededRandom(6);
    const later = { ...randomSnapshot(framework, random, "2025-26") };
    const earlier = randomSnapshot(framework, random, "2023-24");
    const dated = (s: AssessmentSnapshot, date: string) =>
      takeSnapshot(
        framework,
        scoreAssessment(framework, {
          answers: s.questions.map((q) => ({
            question: q.id,
            present: q.present.answer || null,
            future: q.future.answer || null,
          })),
        }),
        new Map(
          s.questions.map((q) => [q.id, { present: q.present.answer, future: q.future.answer }])
        ),
        s.label,
        date
      );
    const rows = [
      ...historyRows(framework, dated(later, "2026-03-31")),
      ...historyRows(framework, dated(earlier, "2024-03-31")),
    ];
    const read = readHistoryTable(framework, table(rows));
    expect(read.snapshots.map((s) => s.label)).toEqual(["2023-24", "2025-26"]);
    expect(read.labels).toEqual(["2025-26", "2023-24"]);
  });
});

describe("comparing an assessment with itself (property, 200 seeded cases per framework)", () => {
  it.each(FRAMEWORK_IDS)(
    "%s: no changes, and every scored theme kept where it reached its aim",
    (id) => {
      const framework = getFramework(id);
      for (let seed = 0; seed < 200; seed++) {
        const random = seededRandom(seed);
        // An assessment whose Future is its Present: it has reached what it aims for.
        const one = randomSnapshot(framework, random, "2025-26", { reached: true });
        const same = compareAssessments(one, one);
        expect(same.changes).toEqual([]);
        expect(same.notComparable).toEqual([]);
        for (const p of same.promises) {
          const theme = one.themes.find((t) => t.id === p.theme)!;
          expect(p.status).toBe(theme.present === null ? null : "kept");
        }
        expect(same.themes.every((t) => t.present.from === t.present.to)).toBe(true);
      }
    }
  );
});
