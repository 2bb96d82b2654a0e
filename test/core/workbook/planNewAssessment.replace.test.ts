import { getFramework } from "../../../src/core/framework/registry";
import { NoAssessmentError, WorkbookError } from "../../../src/core/workbook/errors";
import { drawnRecordsFromLists } from "../../../src/core/workbook/keptContent";
import { listsSheet } from "../../../src/core/workbook/layouts/lists";
import { DRAWN_RECORD } from "../../../src/core/workbook/names";
import {
  planNewAssessment,
  planRestartQuestionnaire,
  type ExistingWorkbook,
  REPLACED_BANNER,
} from "../../../src/core/workbook/planNewAssessment";

/*
 * Replacing what a workbook holds, decided once in core for every adapter. New assessment with
 * `replace` keeps the current questionnaire as the user's sheet (renamed, its table renamed so the
 * new table can take the name) and retires our lists sheet, carrying its record of what was drawn
 * to the new one (else typed cells on Results and the rest could be taken for ours). A restart
 * makes a fresh questionnaire for what the workbook records, after its sheet or table was deleted.
 */
const PUBLIC = getFramework("public");
const BUSINESS = getFramework("business");
const DETAILS = { frameworkId: "business", organisation: "Anytown Ltd", date: "2026-03-01" };

const RECORD_ROW = ["svmi.drawn", "results", "A1~k3j9 R1~0abc", "actionPlan", "A1~zzzz", "tracker"];
/** The lists sheet as a public assessment left it, with a record of a drawing. */
function publicLists(): ExistingWorkbook["lists"] {
  const top = listsSheet(PUBLIC).values.slice(0, DRAWN_RECORD.row + 1);
  top[DRAWN_RECORD.row] = RECORD_ROW;
  return { sheet: "SVMI Lists", top };
}

/** A workbook holding a public assessment that has been scored once. */
const holding: ExistingWorkbook = {
  sheetNames: ["Questionnaire", "Budget", "SVMI Lists", "Results", "Action Plan", "Action Tracker"],
  definedNames: [
    "SVMI_Questionnaire",
    "SVMI_Lists",
    "SVMI_Results",
    "SVMI_ActionPlan",
    "SVMI_Tracker",
  ],
  holdsAssessment: true,
  tableNames: ["SVMI_Questions", "SVMI_TrackerTable", "BudgetTable"],
  markers: new Map([
    ["SVMI_Questionnaire", "Questionnaire"],
    ["SVMI_Lists", "SVMI Lists"],
    ["SVMI_Results", "Results"],
    ["SVMI_ActionPlan", "Action Plan"],
    ["SVMI_Tracker", "Action Tracker"],
  ]),
  questionnaireSheet: "Questionnaire",
  lists: publicLists(),
  settings: {
    "svmi.framework": "public",
    "svmi.version": "1.0",
    "svmi.organisation": "Anytown Council",
    "svmi.date": "2025-06-30",
    "svmi.facilitator": "Sam Lee",
  },
};

describe("planNewAssessment with replace", () => {
  const plan = planNewAssessment(BUSINESS, DETAILS, holding, { replace: true });

  it("keeps the old questionnaire as the user's sheet: renamed, its table renamed to a free name", () => {
    expect(plan.retire?.questionnaire).toEqual({
      sheet: "Questionnaire",
      name: "Questionnaire (replaced)",
      table: { name: "SVMI_Questions", to: "SVMI_Questions_replaced" },
      // Its title says what it is now: nobody takes it for the live questionnaire.
      banner: REPLACED_BANNER,
    });
  });

  it("gives the new sheets the freed names, each taking its marker over", () => {
    expect(plan.sheets.map((s) => [s.kind, s.spec.name, s.replacesMarker])).toEqual([
      ["questionnaire", "Questionnaire", true],
      ["lists", "SVMI Lists", true],
    ]);
    expect(plan.sheets[0].spec.table?.name).toBe("SVMI_Questions");
    const source = plan.sheets[0].spec.validations?.[0];
    expect(source && "source" in source && source.source).toMatch(/^='SVMI Lists'!\$B\$/);
  });

  it("retires our lists sheet, and the new one carries its record of what was drawn", () => {
    expect(plan.retire?.lists).toEqual({ sheet: "SVMI Lists", name: "SVMI Lists (replaced)" });
    const lists = plan.sheets[1].spec;
    expect(lists.values[DRAWN_RECORD.row]).toEqual(RECORD_ROW);
    expect(drawnRecordsFromLists(lists.values)).toEqual(drawnRecordsFromLists(holding.lists!.top));
    // Everything else is the new framework's lists sheet.
    expect(lists.values[0]).toEqual(listsSheet(BUSINESS).values[0]);
    expect(lists.values.slice(DRAWN_RECORD.row + 1)).toEqual(
      listsSheet(BUSINESS).values.slice(DRAWN_RECORD.row + 1)
    );
  });

  it("leaves out of the carried record the Action Plan notes of themes the new framework lacks", () => {
    const actionPlan = [
      ["SVMI action plan"],
      [],
      ["Theme", "To reach 'Follower'", "Notes"],
      ["A Policy & Scope", "", "ours, theme A exists in both"],
      ["J Governance and Accountability", "", "the team's note on J"],
    ];
    const top = publicLists()!.top.map((r) => [...r]);
    top[DRAWN_RECORD.row] = [
      "svmi.drawn",
      "results",
      "A1~k3j9",
      "actionPlan",
      "A1~zzzz C4~aaaa C5~bbbb shape~cccc",
      "tracker",
    ];
    const withNotes = planNewAssessment(
      BUSINESS,
      DETAILS,
      { ...holding, lists: { sheet: "SVMI Lists", top }, actionPlan },
      { replace: true }
    );
    const carried = drawnRecordsFromLists(withNotes.sheets[1].spec.values);
    expect([...carried.actionPlan!.keys()]).toEqual(["A1", "C4", "shape"]);
    expect(carried.results).toEqual(new Map([["A1", "k3j9"]]));
    // To a framework that has theme J, the record goes over as it was.
    const same = planNewAssessment(
      PUBLIC,
      { ...DETAILS, frameworkId: "public" },
      { ...holding, lists: { sheet: "SVMI Lists", top }, actionPlan },
      { replace: true }
    );
    expect(same.sheets[1].spec.values[DRAWN_RECORD.row]).toEqual(top[DRAWN_RECORD.row]);
  });

  it("records the new framework and details; Results, Action Plan and Tracker are left alone", () => {
    expect(plan.settings).toMatchObject({ "svmi.framework": "business", "svmi.facilitator": "" });
    const touched = [
      plan.retire?.questionnaire?.sheet,
      plan.retire?.lists?.sheet,
      ...plan.sheets.map((s) => s.spec.name),
    ];
    for (const sheet of ["Results", "Action Plan", "Action Tracker", "Budget"])
      expect(touched).not.toContain(sheet);
  });

  it("takes names nobody has, after earlier replacements and beside the user's tables and names", () => {
    const again = planNewAssessment(
      PUBLIC,
      { ...DETAILS, frameworkId: "public" },
      {
        ...holding,
        sheetNames: [
          ...holding.sheetNames,
          "Questionnaire (replaced)",
          "questionnaire (REPLACED 2)",
        ],
        tableNames: [...holding.tableNames!, "SVMI_Questions_replaced"],
        definedNames: [...holding.definedNames, "svmi_questions_replaced2"],
      },
      { replace: true }
    );
    expect(again.retire?.questionnaire).toMatchObject({
      name: "Questionnaire (replaced 3)",
      table: { to: "SVMI_Questions_replaced3" },
    });
    expect(again.sheets[0].spec.name).toBe("Questionnaire");
  });

  it("keeps a questionnaire the user renamed, under a retired name, and follows the table", () => {
    const renamed = planNewAssessment(
      BUSINESS,
      DETAILS,
      {
        ...holding,
        sheetNames: ["Our answers", "SVMI Lists", "Results"],
        questionnaireSheet: "Our answers",
        markers: new Map([
          ["SVMI_Questionnaire", "Our answers"],
          ["SVMI_Lists", "SVMI Lists"],
        ]),
      },
      { replace: true }
    );
    expect(renamed.retire?.questionnaire).toMatchObject({
      sheet: "Our answers",
      name: "Questionnaire (replaced)",
    });
    expect(renamed.sheets[0].spec.name).toBe("Questionnaire");
  });

  it("with the questionnaire sheet deleted: only the lists sheet is retired, the stale marker replaced", () => {
    const gone = planNewAssessment(
      BUSINESS,
      DETAILS,
      {
        ...holding,
        sheetNames: holding.sheetNames.filter((s) => s !== "Questionnaire"),
        tableNames: ["SVMI_TrackerTable"],
        questionnaireSheet: undefined,
        markers: new Map([...holding.markers!, ["SVMI_Questionnaire", undefined]]),
      },
      { replace: true }
    );
    expect(gone.retire?.questionnaire).toBeUndefined();
    expect(gone.retire?.lists).toBeDefined();
    expect(gone.sheets[0]).toMatchObject({ replacesMarker: true, spec: { name: "Questionnaire" } });
  });

  it("never renames a sheet of ours that the questionnaire marker was pointed at by hand", () => {
    const misplaced = planNewAssessment(
      BUSINESS,
      DETAILS,
      {
        ...holding,
        questionnaireSheet: undefined,
        tableNames: [],
        markers: new Map([...holding.markers!, ["SVMI_Questionnaire", "Results"]]),
      },
      { replace: true }
    );
    expect(misplaced.retire?.questionnaire).toBeUndefined();
  });

  it("on a workbook without an assessment, is a plain New assessment", () => {
    const plain = planNewAssessment(
      BUSINESS,
      DETAILS,
      { sheetNames: ["Sheet1"], definedNames: [], holdsAssessment: false },
      { replace: true }
    );
    expect(plain.retire).toBeUndefined();
    expect(plain.sheets.map((s) => s.spec.name)).toEqual(["Questionnaire", "SVMI Lists"]);
  });

  it("without replace, still refuses a workbook holding one", () => {
    expect(() => planNewAssessment(BUSINESS, DETAILS, holding)).toThrow(
      "This workbook already holds an SVMI assessment"
    );
  });
});

describe("planRestartQuestionnaire", () => {
  const gone: ExistingWorkbook = {
    ...holding,
    sheetNames: holding.sheetNames.filter((s) => s !== "Questionnaire"),
    tableNames: ["SVMI_TrackerTable", "BudgetTable"],
    questionnaireSheet: undefined,
    markers: new Map([...holding.markers!, ["SVMI_Questionnaire", undefined]]),
  };

  it("makes a fresh Questionnaire for the recorded framework and details, keeping the lists sheet", () => {
    const plan = planRestartQuestionnaire(gone);
    expect(plan.retire).toBeUndefined();
    expect(plan.sheets).toHaveLength(1);
    const [questionnaire] = plan.sheets;
    expect(questionnaire).toMatchObject({
      kind: "questionnaire",
      replacesMarker: true,
      spec: { name: "Questionnaire", table: { name: "SVMI_Questions" } },
    });
    expect(questionnaire.spec.values.slice(1, 4)).toEqual([
      ["Organisation", "Anytown Council"],
      ["Assessment date", "2025-06-30"],
      ["Facilitator", "Sam Lee"],
    ]);
    const rows = questionnaire.spec.values.filter((r) => /^[A-J]\d+$/.test(String(r[1])));
    expect(rows).toHaveLength(PUBLIC.questionCount);
    // Nothing to record again: the settings already say all this.
    expect(plan.settings).toEqual({});
  });

  it("takes the framework from the lists sheet's cells over the document settings", () => {
    const plan = planRestartQuestionnaire({
      ...gone,
      settings: { ...gone.settings, "svmi.framework": "business" },
    });
    expect(plan.sheets[0].spec.values[4]).toEqual([
      "Framework",
      `${PUBLIC.name}, version ${PUBLIC.version}`,
    ]);
    expect(plan.settings).toEqual({ "svmi.framework": "public" });
  });

  it("makes the lists sheet again when it is gone too, from the settings", () => {
    const plan = planRestartQuestionnaire({
      ...gone,
      sheetNames: gone.sheetNames.filter((s) => s !== "SVMI Lists"),
      lists: undefined,
      markers: new Map([...gone.markers!, ["SVMI_Lists", undefined]]),
      settings: { ...gone.settings, "svmi.framework": "business" },
    });
    expect(plan.sheets.map((s) => [s.kind, s.spec.name, s.replacesMarker])).toEqual([
      ["questionnaire", "Questionnaire", true],
      ["lists", "SVMI Lists", true],
    ]);
    expect(plan.sheets[1].spec.values[0].slice(0, 2)).toEqual(["svmi.framework", "business"]);
  });

  it("keeps a questionnaire sheet whose table alone was deleted, renamed, as the user's", () => {
    const plan = planRestartQuestionnaire({
      ...gone,
      sheetNames: holding.sheetNames,
      markers: holding.markers,
    });
    expect(plan.retire).toEqual({
      questionnaire: {
        sheet: "Questionnaire",
        name: "Questionnaire (replaced)",
        banner: REPLACED_BANNER,
      },
    });
    expect(plan.sheets[0].spec.name).toBe("Questionnaire");
  });

  it("refuses a workbook whose questionnaire is there, and one that records no assessment", () => {
    expect(() => planRestartQuestionnaire(holding)).toThrow(WorkbookError);
    expect(() => planRestartQuestionnaire(holding)).toThrow("is still there");
    expect(() =>
      planRestartQuestionnaire({
        sheetNames: ["Sheet1"],
        definedNames: [],
        holdsAssessment: false,
        settings: {},
      })
    ).toThrow(NoAssessmentError);
  });
});
