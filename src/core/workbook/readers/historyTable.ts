import type { Level } from "../../framework/levels";
import { levelByLabel, levelLabel, type Framework } from "../../framework/types";
import { isIntact, type AssessmentSnapshot } from "../../history/snapshot";
import type { WorkbookProblem } from "../errors";
import { cellAddress, type CellValue } from "../sheetSpec";
import type { QuestionnaireTable } from "../snapshot";
import { detailText } from "./workbookRecord";

/**
 * The History table: every snapshot of a past cycle, one row per snapshot and question, then a
 * row per theme and one for the overall levels. Plain columns any program can filter or pivot;
 * the Check column carries the snapshot's content hash, so an edit by hand is found.
 */
export const HISTORY_TABLE = "SVMI_History";
export const HISTORY_COLUMNS = [
  "Snapshot",
  "Date",
  "Framework",
  "Version",
  "Row",
  "Theme",
  "Question ID",
  "Present",
  "Future",
  "Present level",
  "Future level",
  "Check",
] as const;

/** What each row holds: a question's answers and levels, a theme's levels, or the overall ones. */
const ROW_KIND = { question: "question", theme: "theme", overall: "overall" } as const;

/** The rows of one snapshot, for appending to the table (levels as the framework labels them). */
export function historyRows(framework: Framework, snapshot: AssessmentSnapshot): CellValue[][] {
  const label = (level: Level | null) => levelLabel(framework, level);
  const head = [snapshot.label, snapshot.date, snapshot.framework.id, snapshot.framework.version];
  const themeOf = new Map(framework.themes.flatMap((t) => t.questions.map((q) => [q.id, t.id])));
  return [
    ...snapshot.questions.map((q) => [
      ...head,
      ROW_KIND.question,
      themeOf.get(q.id) ?? "",
      q.id,
      q.present.answer,
      q.future.answer,
      label(q.present.level),
      label(q.future.level),
      snapshot.hash,
    ]),
    ...snapshot.themes.map((t) => [
      ...head,
      ROW_KIND.theme,
      t.id,
      "",
      "",
      "",
      label(t.present),
      label(t.future),
      snapshot.hash,
    ]),
    [
      ...head,
      ROW_KIND.overall,
      "",
      "",
      "",
      "",
      label(snapshot.overall.present),
      label(snapshot.overall.future),
      snapshot.hash,
    ],
  ];
}

export interface HistoryRead {
  /**
   * Intact snapshots of this framework, oldest first by their date (a snapshot of last year's
   * workbook, added after this year's, still comes first); on one date, in table order.
   */
  snapshots: AssessmentSnapshot[];
  /** Snapshots of another framework (kept from before a change of framework): never compared. */
  otherFramework: { label: string; framework: string }[];
  /** Every label in the table, intact or not (a new snapshot must not reuse one). */
  labels: string[];
  problems: WorkbookProblem[];
}

/**
 * Reads the History table back into snapshots. One edited by hand (its hash no longer matches)
 * is reported and left out: never used silently. One of another framework is set apart (the
 * workbook changed framework since): not comparable, and not an error to fix.
 */
export function readHistoryTable(framework: Framework, table: QuestionnaireTable): HistoryRead {
  const col = Object.fromEntries(
    HISTORY_COLUMNS.map((name) => [
      name,
      table.header.findIndex(
        (h) =>
          String(h ?? "")
            .trim()
            .toLowerCase() === name.toLowerCase()
      ),
    ])
  ) as Record<(typeof HISTORY_COLUMNS)[number], number>;
  const text = (row: readonly unknown[], name: (typeof HISTORY_COLUMNS)[number]) =>
    col[name] < 0 ? "" : detailText(row[col[name]], name === "Date");
  const groups = new Map<string, { first: number; rows: (readonly unknown[])[] }>();
  table.body.forEach((row, i) => {
    const label = text(row, "Snapshot");
    if (!label) return;
    const group = groups.get(label) ?? { first: i, rows: [] };
    group.rows.push(row);
    groups.set(label, group);
  });
  const snapshots: AssessmentSnapshot[] = [];
  const otherFramework: HistoryRead["otherFramework"] = [];
  const problems: WorkbookProblem[] = [];
  for (const [label, { first, rows }] of groups) {
    const where = {
      sheet: table.sheet,
      address: cellAddress(table.bodyRow + first, table.bodyColumn + Math.max(col.Snapshot, 0)),
    };
    const snapshot = snapshotFromRows(framework, label, rows, text);
    if (snapshot.framework.id !== framework.id) {
      otherFramework.push({ label, framework: snapshot.framework.id });
      continue;
    }
    if (!isIntact(snapshot)) {
      problems.push({
        ...where,
        message: `The History snapshot '${label}' was changed after it was taken (its Check no longer matches), so it is not used. Undo the edit, or delete its rows and take it again.`,
      });
      continue;
    }
    snapshots.push(snapshot);
  }
  // Stable: snapshots of one date keep the table's order.
  snapshots.sort((a, b) => a.date.localeCompare(b.date));
  return { snapshots, otherFramework, labels: [...groups.keys()], problems };
}

function snapshotFromRows(
  framework: Framework,
  label: string,
  rows: readonly (readonly unknown[])[],
  text: (row: readonly unknown[], name: (typeof HISTORY_COLUMNS)[number]) => string
): AssessmentSnapshot {
  // A label the framework does not have reads as no level at all (-1), which the hash catches.
  const level = (value: string): Level | null =>
    value === "" ? null : (levelByLabel(framework, value) ?? (-1 as Level));
  const of = (kind: string) => rows.filter((r) => text(r, "Row") === kind);
  const overall = of(ROW_KIND.overall)[0] ?? [];
  const checks = new Set(rows.map((r) => text(r, "Check")));
  // A program (or a person) may have turned the version "1.0" into the number 1: still 1.0.
  const typedVersion = text(rows[0], "Version");
  const version =
    /^\d+(\.\d+)?$/.test(typedVersion) && Number(typedVersion) === Number(framework.version)
      ? framework.version
      : typedVersion;
  return {
    label,
    date: text(rows[0], "Date"),
    framework: { id: text(rows[0], "Framework"), version },
    questions: of(ROW_KIND.question).map((r) => ({
      id: text(r, "Question ID"),
      present: { answer: text(r, "Present"), level: level(text(r, "Present level")) },
      future: { answer: text(r, "Future"), level: level(text(r, "Future level")) },
    })),
    themes: of(ROW_KIND.theme).map((r) => ({
      id: text(r, "Theme"),
      present: level(text(r, "Present level")),
      future: level(text(r, "Future level")),
    })),
    overall: {
      present: level(text(overall, "Present level")),
      future: level(text(overall, "Future level")),
    },
    // Rows disagreeing on the check are an edit too: no single hash then matches.
    hash: checks.size === 1 ? [...checks][0] : "",
  };
}
