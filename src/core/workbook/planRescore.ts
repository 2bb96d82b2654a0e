import type { AssessmentDetails } from "./details";
import type { Framework } from "../framework/types";
import type { ScoreResult } from "../scoring/types";
import { QuestionnaireMissingError, type WorkbookProblem } from "./errors";
import {
  drawnRecord,
  drawnRecordsFromLists,
  drawnRecordsRow,
  planKeptCells,
  withKeptLabels,
  type DrawnSheet,
  type KeptCell,
} from "./keptContent";
import {
  DRAWN_RECORD,
  freeSheetName,
  SETTING_KEYS,
  SHEET_MARKERS,
  SHEET_NAMES,
  TABLE_NAME,
} from "./names";
import { readActionPlanNotes } from "./readers/actionPlanNotes";
import { answersFingerprint } from "./readers/questionnaire";
import { detailsFromCells, frameworkOf, recordFromListsSheet } from "./readers/workbookRecord";
import { changedCells, shapeOf, SHAPE_KEY, type CellChange } from "./changedCells";
import { scoreWorkbook, type WorkbookScore } from "./scoreWorkbook";
import { planConsensus } from "./planConsensus";
import { viewThemeLevels, type Consensus } from "../consensus/consensus";
import { viewsOverlay } from "./layouts/results";
import { progressNoticeSheet } from "./layouts/progress";
import type { HistoryRead } from "./readers/historyTable";
import {
  answersOf,
  lastCycleOverlay,
  planProgress,
  readHistory,
  type ProgressPlan,
} from "./planProgress";
import { readCarried, type CarriedAnswer } from "./carried";
import {
  benchmarkSummary,
  peerMedianOverlay,
  readCarriedBenchmark,
  type BenchmarkSummary,
} from "./carriedBenchmark";
import { benchmarkSheet } from "./layouts/benchmark";
import { benchmarkNoticeSheet } from "./layouts/benchmarkNotice";
import { areaAddress, cellAddress, type SheetSpec } from "./sheetSpec";
import { DETAILS_WINDOW_ROWS, type Grid, type WorkbookSnapshot } from "./snapshot";

/**
 * The re-score use case, once for every adapter: from what a workbook holds (a snapshot) to what
 * must be written (a plan). Which record and which details win, which sheets are svmi's to
 * redraw, where a new one goes and which typed cells must move are all decided here; the adapter
 * reads the snapshot in one go and applies the plan in one go.
 */

/** Document settings the add-in keeps (a file written by another program has none). */
export const SETTING_DETAILS = {
  organisation: "svmi.organisation",
  date: "svmi.date",
  facilitator: "svmi.facilitator",
} as const;

export interface RescorePlan {
  framework: Framework;
  details: AssessmentDetails;
  result: ScoreResult;
  /** Problems in the answers, then what the user should know about this drawing. */
  problems: WorkbookProblem[];
  /** The level columns, answer cells and row addresses of the questionnaire table. */
  score: WorkbookScore;
  questionnaireSheet: string;
  /** The answers' fingerprint as scored (see answersFingerprint). */
  answersFingerprint: string;
  /**
   * True when the level cells on the sheet differ from the levels scored: the answers changed
   * and nobody re-scored (a co-author on a client without the add-in).
   */
  levelsStale: boolean;
  /** Those level cells: row and column within the table's body, and the level to write. */
  levelChanges: CellChange[];
  /** The sheets svmi draws, in this order. */
  draws: SheetDraw[];
  /** The participants' consensus, when the workbook holds their answers (Responses table). */
  consensus?: Consensus;
  /** The last cycle against now, when the History table holds an intact snapshot. */
  progress?: ProgressPlan;
  /** Every snapshot label in the History table (a new snapshot may not reuse one). */
  historyLabels: string[];
  /** The benchmark the lists sheet carries, when it is of this framework (Benchmark drawn). */
  benchmark?: BenchmarkSummary;
  /** Answers carried from the last cycle that nobody has confirmed yet. */
  carried: CarriedAnswer[];
  /**
   * Answer cells to write (row and column within the table body): the agreed answers, when the
   * workbook holds participants' answers. Written before the levels, which are scored from them.
   */
  answerChanges: CellChange[];
  /**
   * Why nothing can be written, when a sheet to write is protected: checked before any write,
   * so a protected sheet never leaves the workbook half redrawn.
   */
  writeBlocked?: string;
  /**
   * Document settings to (re)record: those missing or differing from the cells, e.g. after a
   * New assessment whose settings batch failed, or in a file another program wrote.
   */
  settings: Record<string, string>;
  /** The lists sheet's record of what was drawn (row DRAWN_RECORD.row from column A). */
  listsRecord?: { sheet: string; row: number; values: string[] };
}

export interface SheetDraw {
  kind: DrawnSheet;
  /** The sheet's name: an existing sheet of ours, or a free name for a new one. */
  sheet: string;
  /** True when the sheet is new (never made, deleted, or its marker pointed elsewhere). */
  create: boolean;
  /** A new sheet's marker name exists already (pointing at a deleted or another sheet): replace it. */
  replacesMarker: boolean;
  /** What to draw, with the labels of any kept block. */
  spec: SheetSpec;
  /** Typed cells to write back after drawing (where they were, or moved into the kept block). */
  kept: readonly KeptCell[];
  /**
   * When the sheet's layout is the one drawn last time and no typed cell must move: the only
   * cells to write (an adapter may then skip the full redraw).
   */
  changes?: readonly CellChange[];
  /** With `changes`: the layout grew rows at its end (a growable sheet), so its formats follow. */
  grows?: boolean;
  /** Cells svmi drew, for the record (its own cells are the ones it may redraw next time). */
  record: string;
  /** The sheet's chart must be drawn again: it has other series than last time. */
  chartChanged?: boolean;
}

export function planRescore(snapshot: WorkbookSnapshot): RescorePlan {
  const setting = (key: string) => snapshot.settings[key];
  // The cells are the source of truth: the lists sheet's record, which every program keeps and
  // every copy of the add-in reads alike. Document settings are not shared between a sideloaded,
  // an admin-deployed and a store copy of the add-in: only a fallback when the cells say nothing.
  const inCells = snapshot.lists ? recordFromListsSheet(snapshot.lists.top) : {};
  const framework = frameworkOf(
    inCells.frameworkId !== undefined
      ? inCells
      : { frameworkId: setting(SETTING_KEYS.framework), version: setting(SETTING_KEYS.version) }
  );
  const table = snapshot.questionnaire;
  if (!table) {
    throw new QuestionnaireMissingError(
      `The questionnaire (table ${TABLE_NAME}, or a header row with Question ID, Present and Future) is missing: was the Questionnaire sheet deleted? Start a new assessment to answer again.`
    );
  }
  // Details typed above the table win over the settings recorded when it was made.
  const typed = detailsFromCells(
    framework.id,
    table.above.slice(0, Math.min(table.bodyRow - 1, DETAILS_WINDOW_ROWS))
  );
  const details: AssessmentDetails = {
    frameworkId: framework.id,
    organisation: typed.organisation || (setting(SETTING_DETAILS.organisation) ?? ""),
    date: typed.date || (setting(SETTING_DETAILS.date) ?? ""),
    ...(typed.facilitator || setting(SETTING_DETAILS.facilitator)
      ? { facilitator: typed.facilitator || setting(SETTING_DETAILS.facilitator) }
      : {}),
    ...(typed.participant ? { participant: typed.participant } : {}),
    ...(typed.role ? { role: typed.role } : {}),
  };
  const drawn = ownedSheets(snapshot, table.sheet);
  // Participants' answers, when there are any: the agreed ones are what is scored and written.
  const agreed = planConsensus(
    framework,
    snapshot.responses,
    table,
    drawn.existing.consensus?.grid,
    snapshot.lists?.sheet
  );
  const scored = agreed ? { ...table, body: agreed.body } : table;
  const history = readHistory(framework, snapshot.history);
  // A loaded benchmark of another framework (or a damaged one) is listed, and not drawn.
  const carriedBenchmark = readCarriedBenchmark(framework, snapshot.lists?.top ?? []);
  const benchmark = carriedBenchmark.benchmark;
  // The radar stays readable (three series at most): the participants' spread, or else the last
  // cycle's Present, or else the peers' median.
  const lastCycle = lastCycleOverlay(framework, history);
  const peers = benchmark && peerMedianOverlay(framework, benchmark, carriedBenchmark.segment);
  const overlays = agreed
    ? viewsOverlay({
        lowest: viewThemeLevels(framework, agreed.consensus, "present", "lowest"),
        highest: viewThemeLevels(framework, agreed.consensus, "present", "highest"),
      })
    : lastCycle
      ? [lastCycle]
      : peers
        ? [peers]
        : [];
  const answers = answersOf(scored);
  const carried = readCarried(snapshot.lists?.top ?? [], history.snapshots, answers);
  // Year on year's problems go on the Results sheet too: they say why Progress is missing.
  const yearOnYear = [...history.problems, ...carriedNotice(carried)];
  const onResults = [...yearOnYear, ...carriedBenchmark.problems];
  const score = scoreWorkbook(
    framework,
    details,
    scored,
    readActionPlanNotes(drawn.existing.actionPlan?.grid ?? []),
    drawn.existing.tracker?.grid ?? [],
    overlays,
    onResults
  );
  const progress = planProgress(framework, details, history, score.result, answers);
  const problems = [...score.problems, ...(agreed?.problems ?? []), ...onResults, ...drawn.notices];
  const previous = drawnRecordsFromLists(snapshot.lists?.top ?? []);
  const specs: Partial<Record<DrawnSheet, SheetSpec>> = {
    results: score.results,
    actionPlan: score.actionPlan,
    tracker: score.tracker,
    ...(agreed ? { consensus: agreed.spec } : {}),
    ...(progress
      ? { progress: progress.spec }
      : history.labels.length
        ? { progress: progressNotice(framework, details, score.result, history) }
        : {}),
    ...(benchmark
      ? { benchmark: benchmarkSheet(framework, score.result, benchmark, carriedBenchmark.segment) }
      : carriedBenchmark.problems.length
        ? {
            benchmark: benchmarkNoticeSheet(
              framework,
              details,
              score.result,
              carriedBenchmark.problems.map((p) => p.message)
            ),
          }
        : {}),
  };
  // The Consensus sheet only once there are participants' answers, Progress once the History
  // holds a snapshot, Benchmark once one is loaded (an old one is left alone).
  const kinds = DRAWN_RECORD.sheets.filter((kind) => specs[kind] !== undefined);
  const draws = kinds.map((kind): SheetDraw => {
    const sheet = drawn.names[kind];
    const existing = drawn.existing[kind];
    const spec = { ...specs[kind]!, name: sheet };
    const keep = existing
      ? planKeptCells(existing.cells, previous[kind], spec, sheet)
      : { cells: [], labels: [] };
    if (keep.notice) {
      // The title of the block this drawing made (an earlier block's labels come first).
      const top = [...keep.labels].reverse().find((l) => l.title) ?? keep.labels[0];
      problems.push({ message: keep.notice, sheet, address: cellAddress(top.row, top.column) });
    }
    const drawnSpec = withKeptLabels(spec, keep);
    const shape = shapeOf(drawnSpec);
    const unmoved = keep.cells.every((c) => c.row === c.from.row && c.column === c.from.column);
    const sameLayout =
      existing !== undefined && unmoved && previous[kind]?.get(SHAPE_KEY) === shape;
    return {
      kind,
      sheet,
      create: !existing,
      replacesMarker: !existing && snapshot.markers.has(SHEET_MARKERS[kind]),
      spec: drawnSpec,
      kept: keep.cells,
      ...(sameLayout ? onlyChanges(drawnSpec, existing.grid, keep.cells) : {}),
      ...(chartChanged(spec, existing !== undefined, previous[kind]) ? { chartChanged: true } : {}),
      record: `${drawnRecord(spec)} ${SHAPE_KEY}~${shape}${chartRecord(spec.chart)}`,
    };
  });
  const changedLevels = levelChanges(score, scored.body);
  // A sheet not drawn this time (an old Consensus sheet) keeps the record of its last drawing.
  const undrawn = DRAWN_RECORD.sheets.filter((kind) => !kinds.includes(kind) && previous[kind]);
  const records = Object.fromEntries([
    ...undrawn.map((kind) => [
      kind,
      [...previous[kind]!].map(([address, hash]) => `${address}~${hash}`).join(" "),
    ]),
    ...draws.map((d) => [d.kind, d.record]),
  ]);
  const row = drawnRecordsRow(records);
  // Cells of a longer record from before are emptied, not left to be read as part of this one.
  const width = Math.max(row.length, snapshot.lists?.top[DRAWN_RECORD.row]?.length ?? 0);
  return {
    framework,
    details,
    result: score.result,
    problems,
    score,
    questionnaireSheet: table.sheet,
    answersFingerprint: answersFingerprint(table.header, scored.body),
    levelChanges: changedLevels,
    answerChanges: agreed?.answerChanges ?? [],
    levelsStale: changedLevels.length > 0,
    ...(agreed ? { consensus: agreed.consensus } : {}),
    ...(progress ? { progress } : {}),
    historyLabels: history.labels,
    ...(benchmark ? { benchmark: benchmarkSummary(benchmark, carriedBenchmark.segment) } : {}),
    carried,
    draws,
    ...writeBlockedBy(snapshot, [
      table.sheet,
      ...draws.filter((d) => !d.create).map((d) => d.sheet),
      // The record of what was drawn goes there: a drawing without it would be read as typed.
      ...(snapshot.lists ? [snapshot.lists.sheet] : []),
    ]),
    settings: settingsToRecord(snapshot, framework, details),
    ...(snapshot.lists
      ? {
          listsRecord: {
            sheet: snapshot.lists.sheet,
            row: DRAWN_RECORD.row,
            values: Array.from({ length: width }, (_, i) => row[i] ?? ""),
          },
        }
      : {}),
  };
}

/** Why the History's snapshots cannot be compared (each edited, or of another framework). */
function progressNotice(
  framework: Framework,
  details: AssessmentDetails,
  result: ScoreResult,
  history: HistoryRead
): SheetSpec {
  const usable = new Set([...history.snapshots, ...history.otherFramework].map((s) => s.label));
  return progressNoticeSheet(framework, details, result, {
    edited: history.labels.filter((l) => !usable.has(l)),
    otherFramework: history.otherFramework,
  });
}

/**
 * One line for the answers carried and not re-confirmed. It names no cell: the pane reads a
 * problem in an answer cell as an answer to fix, and a carried answer is a valid one.
 */
function carriedNotice(carried: readonly CarriedAnswer[]): WorkbookProblem[] {
  if (carried.length === 0) return [];
  const n = carried.length;
  return [
    {
      message: `${n} answer${n === 1 ? " was" : "s were"} carried from ${carried[0].from} and ${n === 1 ? "is" : "are"} not re-confirmed yet: choose ${n === 1 ? "it" : "each"} again, or another answer, to confirm ${n === 1 ? "it" : "them"} (facilitator mode marks them).`,
    },
  ];
}

/** The drawn record's entries for how many series the chart was drawn with, and over which block. */
const CHART_KEY = "chart";
const CHART_DATA_KEY = "chartdata";
/** Charts drawn before the record kept it had Present and Future. */
const FIRST_CHART_SERIES = 2;

function chartRecord(chart: SheetSpec["chart"]): string {
  if (!chart) return "";
  return ` ${CHART_KEY}~${chart.series.length} ${CHART_DATA_KEY}~${areaAddress(chart.data).replace(":", "-")}`;
}

/**
 * A chart drawn over other data than the spec's: other series (participants' answers came or
 * went) or another block (a new cycle on the Progress line). A chart's source is fixed when it
 * is made, so it is drawn again.
 */
function chartChanged(
  spec: SheetSpec,
  existing: boolean,
  previous: ReadonlyMap<string, string> | undefined
): boolean {
  if (!spec.chart || !existing) return false;
  const drawn = Number(previous?.get(CHART_KEY) ?? FIRST_CHART_SERIES);
  const block = previous?.get(CHART_DATA_KEY);
  const moved = block !== undefined && block !== areaAddress(spec.chart.data).replace(":", "-");
  return drawn !== spec.chart.series.length || moved;
}

/** The cells to write when the layout is the one drawn last time. */
function onlyChanges(
  spec: SheetSpec,
  grid: Grid,
  kept: readonly KeptCell[]
): { changes: CellChange[]; grows: boolean } {
  // The team's own cells stay where they are: only svmi's cells are compared.
  const changes = changedCells(spec, grid).filter(
    (c) => !kept.some((k) => k.row === c.row && k.column === c.column)
  );
  // Any change in a growable table's body (a new row among them) re-applies its formats and
  // resizes the table: cheap, and right whatever stands below the table.
  const area = spec.table?.area;
  const grows =
    spec.growable === true &&
    area !== undefined &&
    changes.some((c) => c.row > area.row && c.row < area.row + area.rows);
  return { changes, grows };
}

/** The level cells whose value differs from the scored level (row and column within the table body). */
function levelChanges(score: WorkbookScore, body: Grid): CellChange[] {
  return score.levelColumns.flatMap(({ column, values }) =>
    values.flatMap((value, row) =>
      String(body[row]?.[column] ?? "") === value ? [] : [{ row, column, value }]
    )
  );
}

function writeBlockedBy(
  snapshot: WorkbookSnapshot,
  written: readonly string[]
): { writeBlocked?: string } {
  const blocked = [...new Set(written)].filter((s) => snapshot.protectedSheets?.includes(s));
  if (blocked.length === 0) return {};
  const names = blocked.map((s) => `'${s}'`).join(", ");
  return {
    writeBlocked: `${names} ${blocked.length === 1 ? "is" : "are"} protected, so the assessment cannot be scored into ${blocked.length === 1 ? "it" : "them"}: unprotect (Review > Unprotect Sheet) and score again. Nothing was changed.`,
  };
}

function settingsToRecord(
  snapshot: WorkbookSnapshot,
  framework: Framework,
  details: AssessmentDetails
): Record<string, string> {
  const wanted: Record<string, string> = {
    [SETTING_KEYS.framework]: framework.id,
    [SETTING_KEYS.version]: framework.version,
    [SETTING_DETAILS.organisation]: details.organisation,
    [SETTING_DETAILS.date]: details.date,
    [SETTING_DETAILS.facilitator]: details.facilitator ?? "",
  };
  return Object.fromEntries(
    Object.entries(wanted).filter(([key, value]) => snapshot.settings[key] !== value)
  );
}

/**
 * Which sheet each drawn kind goes to. A sheet is ours only if our marker points at it and it is
 * not one of our other sheets (a name edited by hand, or by another tool, must not get the
 * Questionnaire drawn over); otherwise a new sheet is made under a free name.
 */
function ownedSheets(snapshot: WorkbookSnapshot, questionnaireSheet: string) {
  const exists = new Set(snapshot.sheetNames.map((n) => n.toLowerCase()));
  const taken = new Set(exists);
  const claimed = new Set(
    [questionnaireSheet, snapshot.lists?.sheet].flatMap((n) => (n ? [n.toLowerCase()] : []))
  );
  const notices: WorkbookProblem[] = [];
  const names = {} as Record<DrawnSheet, string>;
  const existing: WorkbookSnapshot["drawn"] = {};
  for (const kind of DRAWN_RECORD.sheets) {
    const marker = SHEET_MARKERS[kind];
    const marked = snapshot.markers.get(marker);
    const read = snapshot.drawn[kind];
    if (marked && exists.has(marked.toLowerCase()) && !claimed.has(marked.toLowerCase())) {
      claimed.add(marked.toLowerCase());
      names[kind] = marked;
      // A sheet of ours the team emptied is still ours: redrawn, with nothing to keep.
      existing[kind] = read ?? { sheet: marked, grid: [], cells: [] };
      continue;
    }
    if (marked && claimed.has(marked.toLowerCase())) {
      notices.push({
        message: `The name ${marker} pointed at '${marked}', which is not svmi's ${SHEET_NAMES[kind]} sheet; a new one was made.`,
      });
    }
    names[kind] = freeSheetName(SHEET_NAMES[kind], taken);
    taken.add(names[kind].toLowerCase());
  }
  return { names, existing, notices };
}
