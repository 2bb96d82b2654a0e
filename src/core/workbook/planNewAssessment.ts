import type { AssessmentDetails } from "./details";
import type { Framework } from "../framework/types";
import { WorkbookError } from "./errors";
import { drawnRecordsFromLists, drawnRecordsRow } from "./keptContent";
import { NOTES_HEADER } from "./layouts/actionPlan";
import { listsSheet } from "./layouts/lists";
import { questionnaireSheet } from "./layouts/questionnaire";
import {
  DRAWN_RECORD,
  freeSheetName,
  SETTING_KEYS,
  SHEET_MARKERS,
  SHEET_NAMES,
  TABLE_NAME,
  type OwnedSheet,
} from "./names";
import { SETTING_DETAILS } from "./planRescore";
import { frameworkOf, recordFromListsSheet } from "./readers/workbookRecord";
import { cellAddress, type CellValue, type SheetSpec } from "./sheetSpec";
import type { Grid } from "./snapshot";

/**
 * Starting an assessment in a workbook, once for every adapter: the Questionnaire (with its
 * table, dropdowns and level colours) and the hidden lists sheet, under names no sheet of the
 * user's has, and the settings that record what the workbook holds.
 *
 * Two variants replace what a workbook holds, and never lose what the user typed:
 * - New assessment with `replace` (a new start, or another framework, once the user confirmed):
 *   the current questionnaire is kept as the user's own sheet, renamed with its table (so the new
 *   one gets the names), and our lists sheet is retired, its record of what was drawn carried
 *   over to the new one (without it, cells typed on Results, Action Plan and the tracker could be
 *   taken for svmi's and redrawn). Results, Action Plan and Action Tracker stay; the next re-score
 *   redraws them for the new framework, and the tracker keeps its rows.
 * - Restarting the questionnaire (planRestartQuestionnaire) after its sheet or table was deleted,
 *   which Excel cannot undo: a fresh one for the framework and details the workbook records.
 */

export interface NewAssessmentPlan {
  /** Sheets to add, in this order; the Questionnaire first (the add-in shows it first). */
  sheets: NewSheet[];
  /** Document settings to record (the add-in keeps them; a file records the lists sheet's cells). */
  settings: Record<string, string>;
  /** What happens to the assessment the workbook holds, before the new sheets are added. */
  retire?: RetirePlan;
}

export interface NewSheet {
  kind: OwnedSheet;
  spec: SheetSpec;
  /** The sheet's marker name exists (pointing at a retired, deleted or other sheet): replace it. */
  replacesMarker?: boolean;
}

/**
 * The current assessment's sheets, taken out of the way of the new one. Applied in this order:
 * the questionnaire's table renamed, the questionnaire sheet renamed, the lists sheet renamed;
 * then the new sheets are added (each taking its marker name); then the old lists sheet deleted.
 * Until the new lists sheet holds the record, the old one still does.
 */
export interface RetirePlan {
  /** The old questionnaire, kept as a sheet of the user's, without our marker. */
  questionnaire?: {
    sheet: string;
    /** Its new name. */
    name: string;
    /** Its table's new name, freeing TABLE_NAME (absent when the table is gone). */
    table?: { name: string; to: string };
    /**
     * What its title cell (A1) says from now on, so nobody takes it for the live questionnaire.
     * Its dropdowns pointed at the retired lists sheet: they are removed where Excel can.
     */
    banner: string;
  };
  /** The old lists sheet (ours, nothing typed in it): renamed, then deleted. */
  lists?: { sheet: string; name: string };
}

export interface ExistingWorkbook {
  sheetNames: readonly string[];
  /** Defined names already in the workbook (any case). */
  definedNames: readonly string[];
  /** True when the workbook already has the questionnaire table or its marker. */
  holdsAssessment: boolean;
  /** Table names in the workbook: a retired questionnaire's table takes one that is free. */
  tableNames?: readonly string[];
  /** svmi's markers that exist, and the existing sheet each points at (undefined: none). */
  markers?: ReadonlyMap<string, string | undefined>;
  /** The sheet holding the questionnaire table (TABLE_NAME), when there is one. */
  questionnaireSheet?: string;
  /** Our lists sheet (where its marker points), with its first rows: its record. */
  lists?: { sheet: string; top: Grid };
  /** The add-in's document settings by key (for a restart: the details recorded). */
  settings?: Readonly<Record<string, string | undefined>>;
  /** Our Action Plan sheet's cells from A1, when replacing: its Notes, by theme. */
  actionPlan?: Grid;
}

export function planNewAssessment(
  framework: Framework,
  details: AssessmentDetails,
  existing: ExistingWorkbook,
  { replace = false }: { replace?: boolean } = {}
): NewAssessmentPlan {
  if (existing.holdsAssessment && !replace) {
    throw new WorkbookError(
      "This workbook already holds an SVMI assessment: score it, or start a new one in another workbook."
    );
  }
  refuseTableNameClash(existing);
  const names = takenNames(existing);
  // The retired sheets first: the names they free go to the new ones.
  const retire = replace ? retirePlan(existing, names, { keepLists: false }) : undefined;
  const questionnaireName = names.free("questionnaire");
  const listsName = names.free("lists");
  return {
    sheets: [
      newQuestionnaire(framework, details, existing, questionnaireName, listsName),
      newLists(
        framework,
        existing,
        listsName,
        retire?.lists ? carried(framework, existing) : undefined
      ),
    ],
    settings: settingsFor(framework, details),
    ...(retire ? { retire } : {}),
  };
}

/**
 * A fresh Questionnaire for a workbook whose questionnaire sheet or table was deleted: for the
 * framework the workbook records (the lists sheet's cells win over the document settings, as in
 * planRescore) and the details recorded in the settings. Results, Action Plan, Action Tracker and
 * the lists sheet stay; a lists sheet that is gone too is made again. A questionnaire sheet whose
 * table alone was deleted is kept as the user's, renamed, as with a replacing New assessment.
 */
export function planRestartQuestionnaire(existing: ExistingWorkbook): NewAssessmentPlan {
  const settings = existing.settings ?? {};
  const inCells = existing.lists ? recordFromListsSheet(existing.lists.top) : {};
  const framework = frameworkOf(
    inCells.frameworkId !== undefined
      ? inCells
      : {
          frameworkId: settings[SETTING_KEYS.framework],
          version: settings[SETTING_KEYS.version],
        }
  );
  if (existing.questionnaireSheet !== undefined) {
    throw new WorkbookError(
      `The questionnaire (table ${TABLE_NAME} on '${existing.questionnaireSheet}') is still there: score it, or start a new assessment to replace it.`
    );
  }
  refuseTableNameClash(existing);
  const facilitator = settings[SETTING_DETAILS.facilitator];
  const details: AssessmentDetails = {
    frameworkId: framework.id,
    organisation: settings[SETTING_DETAILS.organisation] ?? "",
    date: settings[SETTING_DETAILS.date] ?? "",
    ...(facilitator ? { facilitator } : {}),
  };
  const names = takenNames(existing);
  const retire = retirePlan(existing, names, { keepLists: true });
  const questionnaireName = names.free("questionnaire");
  const listsName = existing.lists?.sheet ?? names.free("lists");
  const questionnaire = newQuestionnaire(
    framework,
    details,
    existing,
    questionnaireName,
    listsName
  );
  const wanted = settingsFor(framework, details);
  return {
    sheets: existing.lists
      ? [questionnaire]
      : [questionnaire, newLists(framework, existing, listsName, undefined)],
    // Only what is missing or differs: the settings are the details' only record here.
    settings: Object.fromEntries(
      Object.entries(wanted).filter(([key, value]) => settings[key] !== value)
    ),
    ...(retire ? { retire } : {}),
  };
}

/** The questionnaire table's name would clash with a defined name (Excel repairs such a file). */
function refuseTableNameClash(existing: ExistingWorkbook): void {
  if (existing.definedNames.some((n) => n.toLowerCase() === TABLE_NAME.toLowerCase())) {
    throw new WorkbookError(
      `This workbook has a defined name ${TABLE_NAME}, the name of the questionnaire table; rename it first.`
    );
  }
}

/** Sheet names in use, as the plan renames and adds sheets. */
function takenNames(existing: ExistingWorkbook) {
  const taken = new Set(existing.sheetNames.map((n) => n.toLowerCase()));
  const take = (name: string) => (taken.add(name.toLowerCase()), name);
  return {
    /** A free name for a new sheet of ours. */
    free: (kind: OwnedSheet) => take(freeSheetName(SHEET_NAMES[kind], taken)),
    /** A free name for a retired sheet ("Questionnaire (replaced)", "… (replaced 2)"). */
    retired: (kind: OwnedSheet) => {
      for (let n = 1; ; n++) {
        const name = `${SHEET_NAMES[kind]} (replaced${n === 1 ? "" : ` ${n}`})`;
        if (!taken.has(name.toLowerCase())) return take(name);
      }
    },
    /** A retired sheet's old name is free again for the new sheets. */
    release: (name: string) => taken.delete(name.toLowerCase()),
  };
}

/**
 * What to take out of the new assessment's way: the questionnaire sheet (the table's, or the one
 * our marker points at when only the table is gone) and, unless kept, our lists sheet.
 */
/** The title of a replaced questionnaire: what it is now, and that it is not scored. */
export const REPLACED_BANNER =
  "Replaced: not scored. Kept for its answers and notes; the Questionnaire sheet holds the assessment.";

function retirePlan(
  existing: ExistingWorkbook,
  names: ReturnType<typeof takenNames>,
  { keepLists }: { keepLists: boolean }
): RetirePlan | undefined {
  const retire: RetirePlan = {};
  const sheet = existing.questionnaireSheet ?? markedQuestionnaire(existing);
  if (sheet !== undefined) {
    const table =
      existing.questionnaireSheet !== undefined
        ? { name: TABLE_NAME, to: freeTableName(existing) }
        : undefined;
    names.release(sheet);
    retire.questionnaire = {
      sheet,
      name: names.retired("questionnaire"),
      ...(table && { table }),
      banner: REPLACED_BANNER,
    };
  }
  if (existing.lists && !keepLists) {
    names.release(existing.lists.sheet);
    retire.lists = { sheet: existing.lists.sheet, name: names.retired("lists") };
  }
  return retire.questionnaire || retire.lists ? retire : undefined;
}

/**
 * The existing sheet our questionnaire marker points at, if no other marker of ours points there
 * too (a name edited by hand must not get Results renamed as a retired questionnaire).
 */
function markedQuestionnaire(existing: ExistingWorkbook): string | undefined {
  const markers = existing.markers ?? new Map<string, string | undefined>();
  const sheet = markers.get(SHEET_MARKERS.questionnaire);
  if (sheet === undefined || !existing.sheetNames.includes(sheet)) return undefined;
  const others = [...markers].filter(([marker]) => marker !== SHEET_MARKERS.questionnaire);
  return others.some(([, s]) => s?.toLowerCase() === sheet.toLowerCase()) ? undefined : sheet;
}

/** A table name no table or defined name has: SVMI_Questions_replaced, …_replaced2. */
function freeTableName(existing: ExistingWorkbook): string {
  const taken = new Set(
    [...(existing.tableNames ?? []), ...existing.definedNames].map((n) => n.toLowerCase())
  );
  for (let n = 1; ; n++) {
    const name = `${TABLE_NAME}_replaced${n === 1 ? "" : n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

const hasMarker = (existing: ExistingWorkbook, kind: OwnedSheet) =>
  existing.definedNames.some((n) => n.toLowerCase() === SHEET_MARKERS[kind].toLowerCase());

function newQuestionnaire(
  framework: Framework,
  details: AssessmentDetails,
  existing: ExistingWorkbook,
  name: string,
  listsName: string
): NewSheet {
  return {
    kind: "questionnaire",
    // The dropdowns point at the name the lists sheet actually has.
    spec: { ...questionnaireSheet(framework, details, listsName), name },
    ...(hasMarker(existing, "questionnaire") ? { replacesMarker: true } : {}),
  };
}

/** A new lists sheet; with `record`, the retired lists sheet's record of what was drawn. */
function newLists(
  framework: Framework,
  existing: ExistingWorkbook,
  name: string,
  record: CellValue[] | undefined
): NewSheet {
  const spec = { ...listsSheet(framework), name };
  if (record) {
    const values = spec.values.map((row) => [...row]);
    values[DRAWN_RECORD.row] = record;
    spec.values = values;
  }
  return {
    kind: "lists",
    spec,
    ...(hasMarker(existing, "lists") ? { replacesMarker: true } : {}),
  };
}

/**
 * The record the new lists sheet carries: the retired one's row as it stands, except that Action
 * Plan notes of themes the new framework lacks leave it. The next re-score carries notes over by
 * theme; one whose theme is gone would be read as svmi's drawing and dropped, and is kept as typed
 * instead (where it is, or in the "Kept by svmi" block).
 */
function carried(framework: Framework, existing: ExistingWorkbook): CellValue[] | undefined {
  const top = existing.lists?.top ?? [];
  const row = top.find((r) => String(r[0] ?? "").trim() === DRAWN_RECORD.label);
  if (!row) return undefined;
  const orphans = orphanNotes(existing.actionPlan ?? [], framework);
  const records = drawnRecordsFromLists(top);
  if (orphans.length === 0 || !records.actionPlan) {
    const cells = row.map((c) => (c === null || c === undefined ? "" : String(c)));
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    return cells;
  }
  for (const address of orphans) records.actionPlan.delete(address);
  const texts = Object.fromEntries(
    Object.entries(records).map(([sheet, record]) => [
      sheet,
      [...record].map(([address, hash]) => `${address}~${hash}`).join(" "),
    ])
  );
  return drawnRecordsRow(texts);
}

/** Addresses of the Action Plan's note cells whose theme (the id its row starts with) `framework` lacks. */
function orphanNotes(grid: Grid, framework: Framework): string[] {
  const header = grid.findIndex(
    (row) => String(row[0] ?? "") === "Theme" && row.includes(NOTES_HEADER)
  );
  if (header < 0) return [];
  const column = grid[header].indexOf(NOTES_HEADER);
  const themes = new Set(framework.themes.map((t) => t.id));
  return grid.flatMap((row, r) => {
    const theme = /^(\S+)\s/.exec(String(row[0] ?? ""))?.[1];
    const note = String(row[column] ?? "").trim();
    return r > header && theme && note && !themes.has(theme) ? [cellAddress(r, column)] : [];
  });
}

function settingsFor(framework: Framework, details: AssessmentDetails): Record<string, string> {
  return {
    [SETTING_KEYS.framework]: framework.id,
    [SETTING_KEYS.version]: framework.version,
    [SETTING_DETAILS.organisation]: details.organisation,
    [SETTING_DETAILS.date]: details.date,
    [SETTING_DETAILS.facilitator]: details.facilitator ?? "",
  };
}
