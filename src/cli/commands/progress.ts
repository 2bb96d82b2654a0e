import { levelLabel, type Framework } from "../../core/framework/types";
import { progressJson } from "../../core/history/progressJson";
import { moveMarker, promiseSentence } from "../../core/history/progressWording";
import type { ProgressPlan } from "../../core/workbook/planProgress";
import { currentSnapshot } from "../../core/workbook/planSnapshot";
import { XlsxPackage } from "../../xlsx/package/xlsxPackage";
import { readSnapshot } from "../../xlsx/readSnapshot";
import { UsageError } from "../usageError";
import type { Command } from "./command";
import { EXIT_OK, EXIT_SOME_FAILED } from "./exitCodes";
import { optionsAndFiles } from "./options";
import { readWorkbook } from "./readWorkbook";
import { failureText } from "./scoreWorkbooks";

/** svmi progress: the History's snapshots against the current answers, without writing. */
export const progress: Command = {
  name: "progress",
  summary: [
    {
      usage: "svmi progress FILE.xlsx [--json]",
      does: "past cycles against now: what changed, were the aims reached",
    },
  ],
  help: () => `Usage: svmi progress FILE.xlsx [--json]

Reads the workbook's History (see svmi snapshot) and compares its last snapshot with the current
answers: each theme's levels cycle by cycle, the answers that changed, and whether the last
cycle's aims (its Future) are reached now (kept, exceeded, not yet). Nothing is written.
  --json  print {snapshots:[{label, date, overall:{present, future}, themes:[{id, present, future}]}],
          current:{overall, themes}, changes:[{question, field, from, to}],
          promises:[{theme, label, promised, now, status}]}; levels as numbers, null where none`,
  run: async (args, io) => {
    const { values, positionals } = optionsAndFiles(args, { json: { type: "boolean" } });
    if (positionals.length !== 1) throw new UsageError("progress takes one FILE.xlsx");
    const [input] = positionals;
    try {
      const workbook = readSnapshot(XlsxPackage.open(await readWorkbook(input, io))).snapshot;
      const { plan, snapshot: current } = currentSnapshot(workbook, "Now", "");
      for (const p of plan.problems.filter((p) => /History snapshot/.test(p.message)))
        io.err(`svmi: ${input}: ${p.message}`);
      const snapshots = plan.progress?.snapshots ?? [];
      if (values.json) {
        io.out(JSON.stringify(progressJson(snapshots, current, plan.progress?.comparison)));
      } else {
        io.out(progressText(plan.framework, plan.progress, plan.historyLabels.length));
      }
      return EXIT_OK;
    } catch (error) {
      io.err(`svmi: ${input}${failureText(error)}`);
      return EXIT_SOME_FAILED;
    }
  },
};

function progressText(
  framework: Framework,
  progress: ProgressPlan | undefined,
  inHistory: number
): string {
  if (!progress && inHistory > 0)
    return `None of the ${inHistory} snapshot${inHistory === 1 ? "" : "s"} in the SVMI History can be compared with this assessment (edited after it was taken, or of another framework): nothing to compare.\n`;
  if (!progress)
    return "No snapshot in the History yet: save one with svmi snapshot FILE.xlsx --label 2025-26.\n";
  const { snapshots, comparison, current } = progress;
  const last = snapshots[snapshots.length - 1];
  const name = (level: number | null) => levelLabel(framework, level) || "—";
  const labels = [...snapshots.map((s) => s.label), "Now"];
  const width = Math.max(...framework.themes.map((t) => t.name.length), 7);
  const row = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(width) : c.padEnd(12))).join("  ");
  const move = new Map(comparison.themes.map((t) => [t.id, moveMarker(t.present)]));
  const lines = [
    `Present level, cycle by cycle (${framework.name})`,
    row(["Theme", ...labels, `Since ${last.label}`]),
    ...framework.themes.map((t) =>
      row([
        t.name,
        ...snapshots.map((s) => name(s.themes.find((x) => x.id === t.id)?.present ?? null)),
        name(current.themes.find((x) => x.id === t.id)?.present ?? null),
        move.get(t.id) ?? "",
      ])
    ),
    row([
      "Overall",
      ...snapshots.map((s) => name(s.overall.present)),
      name(current.overall.present),
      moveMarker(comparison.overall.present),
    ]),
    "",
    ...comparison.promises.map((p) =>
      promiseSentence(
        framework,
        last.label,
        framework.themes.find((t) => t.id === p.theme)?.name ?? p.theme,
        p
      )
    ),
    "",
    `Answers changed since ${last.label}: ${comparison.changes.length}`,
    ...comparison.changes.map(
      (c) =>
        `  ${c.question} ${c.field === "present" ? "Present" : "Future"}: ${name(c.from)} → ${name(c.to)}`
    ),
  ];
  return `${lines.join("\n")}\n`;
}
