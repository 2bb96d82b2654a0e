import type { Level } from "../framework/levels";
import { levelLabel, type Framework } from "../framework/types";
import type { Comparison } from "./compare";
import type { AssessmentSnapshot } from "./snapshot";

/**
 * The JSON of `svmi progress` and `svmi diff`, and the committee's report of a diff (Markdown or
 * CSV). Levels are numbers, null where there is none.
 */

type Levels = { present: Level | null; future: Level | null };

function assessed(s: Pick<AssessmentSnapshot, "overall" | "themes">) {
  return {
    overall: { present: s.overall.present, future: s.overall.future } as Levels,
    themes: s.themes.map((t) => ({ id: t.id, present: t.present, future: t.future })),
  };
}

/** svmi progress --json: every snapshot, now, and the last snapshot against now. */
export function progressJson(
  snapshots: readonly AssessmentSnapshot[],
  current: AssessmentSnapshot,
  comparison: Comparison | undefined
) {
  const last = snapshots[snapshots.length - 1];
  return {
    snapshots: snapshots.map((s) => ({ label: s.label, date: s.date, ...assessed(s) })),
    current: assessed(current),
    changes: comparison?.changes ?? [],
    promises: (comparison?.promises ?? []).map((p) => ({
      theme: p.theme,
      label: last.label,
      promised: p.promised,
      now: p.now,
      status: p.status,
    })),
  };
}

/** svmi diff --json: the comparison of two workbooks. */
export function diffJson(comparison: Comparison) {
  return {
    themes: comparison.themes,
    overall: comparison.overall,
    changes: comparison.changes,
    promises: comparison.promises,
  };
}

/** The rows of a diff report, as a committee reads it: one table per part, labels not numbers. */
export function diffReportRows(
  framework: Framework,
  comparison: Comparison,
  names: [string, string]
) {
  const name = (level: Level | null) => levelLabel(framework, level) || "—";
  const themeName = new Map(framework.themes.map((t) => [t.id, t.name]));
  const questionText = new Map(
    framework.themes.flatMap((t) => t.questions.map((q) => [q.id, q.text]))
  );
  const promiseOf = new Map(comparison.promises.map((p) => [p.theme, p]));
  const [before, after] = names;
  return {
    themes: [
      ...comparison.themes.map((t) => {
        const promise = promiseOf.get(t.id);
        return [
          `${t.id} ${themeName.get(t.id) ?? ""}`.trim(),
          name(t.present.from),
          name(t.present.to),
          name(t.future.from),
          name(t.future.to),
          promise?.status ?? "—",
        ];
      }),
      [
        "Overall",
        name(comparison.overall.present.from),
        name(comparison.overall.present.to),
        name(comparison.overall.future.from),
        name(comparison.overall.future.to),
        "",
      ],
    ],
    themeHeader: [
      "Theme",
      `Present ${before}`,
      `Present ${after}`,
      `Future ${before}`,
      `Future ${after}`,
      `Aim of ${before}`,
    ],
    changes: comparison.changes.map((c) => [
      c.question,
      questionText.get(c.question) ?? "",
      c.field === "present" ? "Present" : "Future",
      name(c.from),
      name(c.to),
    ]),
    changeHeader: ["Question", "Text", "Timeframe", before, after],
    notComparable: comparison.notComparable,
  };
}

/** The diff as Markdown: what a committee paper pastes in. */
export function diffMarkdown(
  framework: Framework,
  comparison: Comparison,
  names: [string, string]
) {
  const report = diffReportRows(framework, comparison, names);
  // A cell's own pipes and line breaks would break the table.
  const cell = (v: string) => v.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
  const table = (header: string[], rows: string[][]) =>
    [header, header.map(() => "---"), ...rows]
      .map((r) => `| ${r.map(cell).join(" | ")} |`)
      .join("\n");
  const parts = [
    `# ${framework.name}: ${names[0]} against ${names[1]}`,
    "",
    "## Levels by theme",
    "",
    table(report.themeHeader, report.themes),
    "",
    `"Aim of ${names[0]}": its Future against the Present of ${names[1]} (kept, exceeded or not yet).`,
    "",
    `## Answers that changed (${report.changes.length})`,
    "",
    report.changes.length ? table(report.changeHeader, report.changes) : "None.",
  ];
  if (report.notComparable.length)
    parts.push(
      "",
      "## Not comparable",
      "",
      `In one framework version only, so never counted as a change: ${report.notComparable.join(", ")}.`
    );
  return `${parts.join("\n")}\n`;
}

/** The diff as rows for CSV: section, item, field, was, now, status. */
export function diffCsvRows(framework: Framework, comparison: Comparison, names: [string, string]) {
  const report = diffReportRows(framework, comparison, names);
  return [
    ["Section", "Item", "Field", names[0], names[1], "Status"],
    ...report.themes.flatMap(([theme, pFrom, pTo, fFrom, fTo, status]) => [
      ["Theme", theme, "Present", pFrom, pTo, status],
      ["Theme", theme, "Future", fFrom, fTo, ""],
    ]),
    ...report.changes.map(([question, , field, from, to]) => [
      "Answer",
      question,
      field,
      from,
      to,
      "",
    ]),
    ...report.notComparable.map((q) => ["Not comparable", q, "", "", "", ""]),
  ];
}
