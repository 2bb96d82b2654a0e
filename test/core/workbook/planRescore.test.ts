import { shapeOf } from "../../../src/core/workbook/changedCells";
import { getFramework } from "../../../src/core/framework/registry";
import { NoAssessmentError, WorkbookError } from "../../../src/core/workbook/errors";
import {
  drawnRecord,
  drawnRecordsRow,
  KEPT_TITLE,
  type DrawnSheet,
  type FoundCell,
} from "../../../src/core/workbook/keptContent";
import { NOTES_HEADER } from "../../../src/core/workbook/layouts/actionPlan";
import { listsSheet } from "../../../src/core/workbook/layouts/lists";
import {
  questionnaireSheet,
  TABLE_HEADER_ROW,
} from "../../../src/core/workbook/layouts/questionnaire";
import { COLUMNS, DRAWN_RECORD, SHEET_MARKERS } from "../../../src/core/workbook/names";
import {
  planRescore,
  type RescorePlan,
  type SheetDraw,
} from "../../../src/core/workbook/planRescore";
import { areaAddress, cellAddress, type CellValue } from "../../../src/core/workbook/sheetSpec";
import {
  DETAILS_WINDOW_ROWS,
  LISTS_HEAD_ROWS,
  type DrawnSheetRead,
  type Grid,
  type WorkbookSnapshot,
} from "../../../src/core/workbook/snapshot";

/*
 * planRescore turns what a workbook holds (a snapshot) into what a re-score writes (a plan). It
 * owns the policy: which record of the framework and which details win, which sheets are svmi's to
 * redraw and which must be made anew under a free name, which typed cells stay or move, and the
 * lists sheet's record of what was drawn.
 */
const PUBLIC = getFramework("public");
const DETAILS = { frameworkId: "public", organisation: "Anytown Council", date: "2026-03-01" };
const option = (id: string, level: number) =>
  PUBLIC.question(id)!.options.find((o) => o.level === level)!.text;

/** The questionnaire as New assessment lays it out, with answers [present, future] typed in. */
function questionnaire(
  answers: Record<string, [string, string]> = {},
  details: typeof DETAILS = DETAILS
): NonNullable<WorkbookSnapshot["questionnaire"]> {
  const values = questionnaireSheet(PUBLIC, details).values;
  const header = values[TABLE_HEADER_ROW];
  const [id, present, future] = [COLUMNS.id, COLUMNS.present, COLUMNS.future].map((c) =>
    header.indexOf(c)
  );
  const body = values.slice(TABLE_HEADER_ROW + 1).map((row) => {
    const typed = answers[String(row[id])];
    return typed
      ? row.map((v, i) => (i === present ? typed[0] : i === future ? typed[1] : v))
      : row;
  });
  return {
    sheet: "Questionnaire",
    header,
    body,
    bodyRow: TABLE_HEADER_ROW + 1,
    bodyColumn: 0,
    above: values.slice(0, TABLE_HEADER_ROW),
  };
}

/** A workbook just made by New assessment (as a file: no settings), with A1 and B1 answered. */
function snapshot(more: Partial<WorkbookSnapshot> = {}): WorkbookSnapshot {
  return {
    sheetNames: ["Questionnaire", "SVMI Lists"],
    markers: new Map([
      [SHEET_MARKERS.questionnaire, "Questionnaire"],
      [SHEET_MARKERS.lists, "SVMI Lists"],
    ]),
    settings: {},
    lists: { sheet: "SVMI Lists", top: listsSheet(PUBLIC).values.slice(0, LISTS_HEAD_ROWS) },
    questionnaire: questionnaire({
      A1: [option("A1", 1), option("A1", 3)],
      B1: [option("B1", 2), option("B1", 4)],
    }),
    drawn: {},
    ...more,
  };
}

/** A drawn sheet as a re-score left it, read back, with cells typed on it since. */
function readBack(draw: SheetDraw, typed: FoundCell[] = []): DrawnSheetRead {
  const grid: CellValue[][] = draw.spec.values.map((row) => [...row]);
  for (const cell of typed) (grid[cell.row] ??= [])[cell.column] = cell.value;
  const cells = grid.flatMap((row, r) =>
    (row ?? []).flatMap((value, c) =>
      value === null || value === undefined || value === "" ? [] : [{ row: r, column: c, value }]
    )
  );
  return { sheet: draw.sheet, grid, cells };
}

/** The workbook after `first` was applied, with cells typed on the drawn sheets since. */
function afterPlan(
  first: RescorePlan,
  typed: Partial<Record<DrawnSheet, FoundCell[]>> = {}
): WorkbookSnapshot {
  const base = snapshot();
  const top = [...base.lists!.top];
  top[DRAWN_RECORD.row] = first.listsRecord!.values;
  return {
    ...base,
    sheetNames: [...base.sheetNames, ...first.draws.map((d) => d.sheet)],
    markers: new Map([
      ...base.markers,
      ...first.draws.map((d): [string, string] => [SHEET_MARKERS[d.kind], d.sheet]),
    ]),
    lists: { sheet: "SVMI Lists", top },
    drawn: Object.fromEntries(first.draws.map((d) => [d.kind, readBack(d, typed[d.kind])])),
  };
}

const thrown = (snap: WorkbookSnapshot): Error => {
  try {
    planRescore(snap);
  } catch (e) {
    return e as Error;
  }
  throw new Error("planRescore did not throw");
};

describe("planRescore: the framework recorded", () => {
  const businessLists = { sheet: "SVMI Lists", top: listsSheet(getFramework("business")).values };

  it("reads the lists sheet's record when there are no settings", () => {
    expect(planRescore(snapshot()).framework).toBe(PUBLIC);
  });

  it("takes the lists sheet's record over the settings: the cells are the source of truth", () => {
    // Settings are not shared between a sideloaded, an admin-deployed and a store copy of the add-in.
    const settings = { "svmi.framework": "public", "svmi.version": "1.0" };
    expect(planRescore(snapshot({ settings, lists: businessLists })).framework).toBe(
      getFramework("business")
    );
    // With no record in the cells, the settings are the fallback.
    const blank = { sheet: "SVMI Lists", top: [[], [], []] };
    expect(planRescore(snapshot({ settings, lists: blank })).framework).toBe(PUBLIC);
    const stale = { "svmi.framework": "public", "svmi.version": "0.9" };
    const error = thrown(snapshot({ settings: stale, lists: blank }));
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error.message).toContain("version 0.9; this tool knows version 1.0");
  });

  it("records again the settings that are missing or differ from the cells", () => {
    const plan = planRescore(snapshot({ settings: { "svmi.framework": "public" } }));
    expect(plan.settings).toMatchObject({ "svmi.version": "1.0" });
    expect(plan.settings).not.toHaveProperty("svmi.framework");
  });

  it("says there is no assessment when nothing records a framework", () => {
    expect(thrown(snapshot({ lists: undefined }))).toBeInstanceOf(NoAssessmentError);
    const blank = { sheet: "SVMI Lists", top: [[], [], []] };
    expect(thrown(snapshot({ lists: blank }))).toBeInstanceOf(NoAssessmentError);
  });

  it("names the known frameworks when the recorded one is unknown", () => {
    const top = [
      ["svmi.framework", "charity"],
      ["svmi.version", "1.0"],
    ];
    const error = thrown(snapshot({ lists: { sheet: "SVMI Lists", top } }));
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).not.toBeInstanceOf(NoAssessmentError);
    expect(error.message).toMatch(/unknown SVMI framework 'charity' \(known: public, business/);
  });

  it("refuses a workbook whose questionnaire is gone", () => {
    const error = thrown(snapshot({ questionnaire: undefined }));
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).not.toBeInstanceOf(NoAssessmentError);
    expect(error.message).toMatch(/^The questionnaire \(table SVMI_Questions, .*\) is missing/);
  });
});

describe("planRescore: the details", () => {
  const settings = {
    "svmi.framework": "public",
    "svmi.version": "1.0",
    "svmi.organisation": "From settings",
    "svmi.date": "2020-01-01",
    "svmi.facilitator": "Settings facilitator",
  };
  const blank = questionnaire({}, { ...DETAILS, organisation: "", date: "" });

  it("takes the details typed above the table over the settings", () => {
    const plan = planRescore(snapshot({ settings }));
    expect(plan.details).toEqual({ ...DETAILS, facilitator: "Settings facilitator" });
    expect(plan.draws[0].spec.values[1]).toEqual(["Organisation", "Anytown Council"]);
  });

  it("falls back to the settings for details left blank, and leaves out a missing facilitator", () => {
    expect(planRescore(snapshot({ settings, questionnaire: blank })).details).toEqual({
      frameworkId: "public",
      organisation: "From settings",
      date: "2020-01-01",
      facilitator: "Settings facilitator",
    });
    expect(planRescore(snapshot({ questionnaire: blank })).details).toEqual({
      frameworkId: "public",
      organisation: "",
      date: "",
    });
  });

  it("reads only the rows above the table's header", () => {
    // As the add-in reads them: a fixed block from A1 that may run into the table.
    const above: Grid = [["Title"], ["Organisation", "Above"], ["Question ID", "Present"]];
    const table = { ...blank, bodyRow: 3, above };
    expect(planRescore(snapshot({ questionnaire: table })).details.organisation).toBe("Above");
    const inTable = [
      ["Title"],
      [],
      ["Organisation", "In the header row"],
      ["Organisation", "Body"],
    ];
    const low = { ...blank, bodyRow: 3, above: inTable };
    expect(planRescore(snapshot({ settings, questionnaire: low })).details.organisation).toBe(
      "From settings"
    );
  });

  it(`reads only the first ${DETAILS_WINDOW_ROWS} rows of a table moved far down`, () => {
    const withOrganisationAt = (row: number) => {
      const above: Grid = Array.from({ length: 30 }, (_, i) =>
        i === row ? ["Organisation", `Row ${row}`] : []
      );
      return snapshot({ settings, questionnaire: { ...blank, bodyRow: 31, above } });
    };
    const last = DETAILS_WINDOW_ROWS - 1;
    expect(planRescore(withOrganisationAt(last)).details.organisation).toBe(`Row ${last}`);
    expect(planRescore(withOrganisationAt(DETAILS_WINDOW_ROWS)).details.organisation).toBe(
      "From settings"
    );
  });
});

describe("planRescore: the sheets drawn", () => {
  const first = planRescore(snapshot());

  it("draws Results, Action Plan and Action Tracker, in that order, as new sheets", () => {
    expect(first.questionnaireSheet).toBe("Questionnaire");
    expect(first.draws.map((d) => [d.kind, d.sheet, d.create, d.replacesMarker])).toEqual([
      ["results", "Results", true, false],
      ["actionPlan", "Action Plan", true, false],
      ["tracker", "Action Tracker", true, false],
    ]);
    const specs = [first.score.results, first.score.actionPlan, first.score.tracker];
    first.draws.forEach((draw, i) => {
      expect(draw.spec).toEqual({ ...specs[i], name: draw.sheet });
      expect(draw.kept).toEqual([]);
      // The chart's series count is recorded with it (a change of series redraws the chart).
      const chart = draw.spec.chart
        ? ` chart~${draw.spec.chart.series.length} chartdata~${areaAddress(draw.spec.chart.data).replace(":", "-")}`
        : "";
      expect(draw.record).toBe(`${drawnRecord(draw.spec)} shape~${shapeOf(draw.spec)}${chart}`);
    });
    expect(first.problems).toEqual(first.score.problems);
  });

  it("records what was drawn on the lists sheet", () => {
    const records = Object.fromEntries(first.draws.map((d) => [d.kind, d.record]));
    expect(first.listsRecord).toEqual({
      sheet: "SVMI Lists",
      row: DRAWN_RECORD.row,
      values: drawnRecordsRow(records),
    });
    // Without a lists sheet (settings only) there is nowhere to record it.
    const settings = { "svmi.framework": "public", "svmi.version": "1.0" };
    expect(planRescore(snapshot({ settings, lists: undefined })).listsRecord).toBeUndefined();
  });

  it("pads the record with blanks to clear a longer one from before", () => {
    const top = [...snapshot().lists!.top];
    const old = ["svmi.drawn", ...Array.from({ length: 40 }, (_, i) => `old ${i}`)];
    top[DRAWN_RECORD.row] = old;
    const plan = planRescore(snapshot({ lists: { sheet: "SVMI Lists", top } }));
    const row = drawnRecordsRow(Object.fromEntries(plan.draws.map((d) => [d.kind, d.record])));
    expect(row.length).toBeLessThan(old.length);
    expect(plan.listsRecord!.values).toEqual([
      ...row,
      ...Array<string>(old.length - row.length).fill(""),
    ]);
  });

  it("makes new sheets under free names beside the user's", () => {
    const plan = planRescore(
      snapshot({ sheetNames: ["Questionnaire", "SVMI Lists", "results", "Action Plan"] })
    );
    expect(plan.draws.map((d) => d.sheet)).toEqual([
      "Results (SVMI 2)",
      "Action Plan (SVMI 2)",
      "Action Tracker",
    ]);
  });

  it("does not draw over the questionnaire or lists sheet a marker points at", () => {
    const markers = new Map([
      ...snapshot().markers,
      [SHEET_MARKERS.results, "Questionnaire"],
      [SHEET_MARKERS.actionPlan, "svmi lists"],
    ]);
    const drawn = { results: { sheet: "Questionnaire", grid: [], cells: [] } };
    const plan = planRescore(
      snapshot({
        markers,
        drawn,
        questionnaire: questionnaire({ A1: ["Not an option", ""] }),
      })
    );
    expect(plan.draws.map((d) => [d.sheet, d.create, d.replacesMarker])).toEqual([
      ["Results", true, true],
      ["Action Plan", true, true],
      ["Action Tracker", true, false],
    ]);
    // Problems in the answers come first, then what the user should know about the drawing.
    expect(plan.problems).toEqual([
      {
        message: "A1 present: 'Not an option' is not one of the options",
        sheet: "Questionnaire",
        address: "D8",
      },
      {
        message:
          "The name SVMI_Results pointed at 'Questionnaire', which is not svmi's Results sheet; a new one was made.",
      },
      {
        message:
          "The name SVMI_ActionPlan pointed at 'svmi lists', which is not svmi's Action Plan sheet; a new one was made.",
      },
    ]);
  });

  it("makes a new sheet, replacing its marker, when the marked sheet was deleted", () => {
    const markers = new Map([
      ...snapshot().markers,
      [SHEET_MARKERS.results, undefined], // #REF!
      [SHEET_MARKERS.tracker, "Old tracker"],
    ]);
    const plan = planRescore(snapshot({ markers }));
    expect(plan.draws.map((d) => [d.sheet, d.create, d.replacesMarker])).toEqual([
      ["Results", true, true],
      ["Action Plan", true, false],
      ["Action Tracker", true, true],
    ]);
    expect(plan.problems).toEqual(plan.score.problems);
  });

  it("redraws its own sheets in place, keeping untouched drawings as they are", () => {
    const again = planRescore(afterPlan(first));
    expect(again.draws.map((d) => [d.sheet, d.create, d.replacesMarker, d.kept])).toEqual([
      ["Results", false, false, []],
      ["Action Plan", false, false, []],
      ["Action Tracker", false, false, []],
    ]);
    expect(again.draws.map((d) => d.spec)).toEqual(first.draws.map((d) => d.spec));
    expect(again.problems).toEqual(first.problems);
  });

  it("keeps what was typed on a drawn sheet, moving what is in the way", () => {
    const plan = first.draws[1].spec.values;
    const header = plan.findIndex((row) => row[0] === "Theme");
    const notes = plan[header].indexOf(NOTES_HEADER);
    const typed = [
      { row: 0, column: 0, value: "Our action plan" }, // over svmi's title
      { row: 1, column: notes + 3, value: "our comment" }, // right of the drawing
      { row: header + 1, column: notes, value: "Agreed by the board" }, // theme A's note
    ];
    const again = planRescore(afterPlan(first, { actionPlan: typed }));
    const draw = again.draws[1];
    expect([draw.sheet, draw.create]).toEqual(["Action Plan", false]);
    // The note is part of the new drawing, not a kept cell.
    expect(draw.spec.values[header + 1][notes]).toBe("Agreed by the board");
    const block = draw.spec.values.findIndex((row) => String(row[0] ?? "").startsWith(KEPT_TITLE));
    expect(block).toBeGreaterThan(header);
    expect(draw.spec.values[block + 1]).toEqual(["From A1"]);
    expect(draw.kept).toEqual([
      { from: typed[1], row: 1, column: notes + 3, ownFormat: true },
      { from: typed[0], row: block + 1, column: 1, ownFormat: false },
    ]);
    expect(again.problems.at(-1)).toEqual({
      message: `Action Plan: 1 cell you typed where the new layout writes (A1) moved to ${cellAddress(block, 0)} ("${KEPT_TITLE}").`,
      sheet: "Action Plan",
      address: cellAddress(block, 0),
    });
    expect(again.draws[0].kept).toEqual([]);
    expect(again.draws[2].kept).toEqual([]);
  });

  it("points its notice at the new kept block when an earlier one stays (found in review)", () => {
    const typedOver = { row: 0, column: 0, value: "Our action plan" };
    const second = planRescore(afterPlan(first, { actionPlan: [typedOver] }));
    const oldBlock = second.draws[1].spec.values.findIndex((row) =>
      String(row[0] ?? "").startsWith(KEPT_TITLE)
    );
    // The team types over the title again; the first kept cell is still in its block.
    const third = planRescore(
      afterPlan(second, {
        actionPlan: [
          { row: oldBlock + 1, column: 1, value: "Our action plan" },
          { row: 0, column: 0, value: "Our plan, take two" },
        ],
      })
    );
    const values = third.draws[1].spec.values;
    const blocks = values.flatMap((row, i) =>
      String(row[0] ?? "").startsWith(KEPT_TITLE) ? [i] : []
    );
    expect(blocks).toHaveLength(2);
    expect(third.problems.at(-1)).toMatchObject({
      sheet: "Action Plan",
      address: cellAddress(blocks[1], 0),
    });
  });
});
