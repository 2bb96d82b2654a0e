import { getFramework } from "../../src/core/framework/registry";
import { DRAWN_RECORD, SHEET_MARKERS } from "../../src/core/workbook/names";
import { planNewAssessment } from "../../src/core/workbook/planNewAssessment";
import { planRescore } from "../../src/core/workbook/planRescore";
import { applyNewAssessmentPlan, applyRescorePlan } from "../../src/office/applyPlan";
import { readSnapshot } from "../../src/office/readSnapshot";
import { ALL_CAPABILITIES, type Capabilities } from "../../src/office/requirements";
import { createFakeExcel, FakeWorkbook, type FakeExcel } from "../../src/testing/fakeExcel";
import { medalFramework } from "../helpers/medalFramework";

/*
 * applyPlan: writes a plan made by core into the open workbook in one batch (one context.sync):
 * for a new assessment the Questionnaire and lists sheets, their markers and the settings; for a
 * re-score the level cells, the drawn sheets (marked by defined names) with the team's kept cells,
 * the chart on its first drawing, and the lists sheet's record of what was drawn.
 */

const DETAILS = { frameworkId: "public", organisation: "Anytown Council", date: "2026-11-22" };

async function newAssessment(
  excel: FakeExcel,
  framework = getFramework("public"),
  caps: Capabilities = ALL_CAPABILITIES
) {
  const book = excel.workbook;
  const plan = planNewAssessment(
    framework,
    { ...DETAILS, frameworkId: framework.id },
    { sheetNames: book.sheetNames, definedNames: Object.keys(book.names), holdsAssessment: false }
  );
  const before = book.syncCount;
  await excel.run((ctx) => applyNewAssessmentPlan(ctx, plan, caps));
  return { plan, syncs: book.syncCount - before };
}

/** Reads, plans and applies a re-score; counts the syncs of the apply alone. */
async function applyRescore(excel: FakeExcel) {
  const book = excel.workbook;
  return excel.run(async (ctx) => {
    const { snapshot, handles } = await readSnapshot(ctx);
    const plan = planRescore(snapshot);
    const before = book.syncCount;
    await applyRescorePlan(ctx, plan, handles, ALL_CAPABILITIES);
    return { plan, syncs: book.syncCount - before };
  });
}

async function markerComment(excel: FakeExcel, marker: string) {
  return excel.run(async (ctx) => {
    const name = ctx.workbook.names.getItem(marker).load("comment");
    await ctx.sync();
    return name.comment;
  });
}

describe("applyNewAssessmentPlan", () => {
  it("adds the Questionnaire first and active, the hidden lists sheet and markers in one sync, then the settings in their own", async () => {
    const excel = createFakeExcel(new FakeWorkbook(["Budget", "Evidence"]));
    const book = excel.workbook;
    const { syncs } = await newAssessment(excel, medalFramework());
    expect(syncs).toBe(2);
    expect(book.sheetNames).toEqual(["Questionnaire", "Budget", "Evidence", "SVMI Lists"]);
    expect(book.activeSheet).toBe("Questionnaire");
    expect(book.sheet("SVMI Lists").visibility).toBe("Hidden");
    expect(book.table("SVMI_Questions")?.sheet).toBe("Questionnaire");
    expect(book.names).toEqual({
      [SHEET_MARKERS.questionnaire]: "=Questionnaire!$A$1",
      [SHEET_MARKERS.lists]: "='SVMI Lists'!$A$1",
    });
    expect(await markerComment(excel, SHEET_MARKERS.lists)).toBe(
      "Marks a sheet the SVMI add-in writes"
    );
    expect(book.settings).toEqual({
      "svmi.framework": "medal-test",
      "svmi.version": "0.1",
      "svmi.organisation": "Anytown Council",
      "svmi.date": "2026-11-22",
      "svmi.facilitator": "",
    });
  });

  it("draws with what the host supports: no dropdowns without data validation", async () => {
    const excel = createFakeExcel(new FakeWorkbook());
    await newAssessment(excel, getFramework("business"), {
      ...ALL_CAPABILITIES,
      dataValidation: false,
    });
    expect(excel.workbook.sheet("Questionnaire").validations).toEqual([]);
  });
});

describe("applyRescorePlan", () => {
  it("writes levels, the three drawn sheets with their markers, the chart and the record in one sync", async () => {
    const excel = createFakeExcel(new FakeWorkbook());
    const book = excel.workbook;
    await newAssessment(excel);
    const a1 = getFramework("public").themes[0].questions[0];
    // A1's present answer is D8 (the table's first body row); its level goes to F8.
    await book.userEdit("Questionnaire", "D8", a1.options[1].text);
    const { plan, syncs } = await applyRescore(excel);
    expect(syncs).toBe(1);
    const levelLabel = getFramework("public").levels[a1.options[1].level].label;
    expect(book.sheet("Questionnaire").value("F8")).toBe(levelLabel);
    expect(book.sheetNames).toEqual(
      expect.arrayContaining(["Results", "Action Plan", "Action Tracker"])
    );
    expect(book.names).toMatchObject({
      [SHEET_MARKERS.results]: "=Results!$A$1",
      [SHEET_MARKERS.actionPlan]: "='Action Plan'!$A$1",
      [SHEET_MARKERS.tracker]: "='Action Tracker'!$A$1",
    });
    expect(book.sheet("Results").charts.map((c: { name: string }) => c.name)).toEqual([
      "SVMI_Radar",
    ]);
    expect(book.table("SVMI_TrackerTable")?.sheet).toBe("Action Tracker");
    const record = book.sheet("SVMI Lists").values[DRAWN_RECORD.row];
    expect(record[0]).toBe(DRAWN_RECORD.label);
    expect(record).toEqual(plan.listsRecord!.values);
  });

  it("redraws existing sheets without a second chart or tracker table, and writes kept cells back", async () => {
    const excel = createFakeExcel(new FakeWorkbook());
    const book = excel.workbook;
    await newAssessment(excel);
    await applyRescore(excel);
    const title = book.sheet("Action Plan").value("A1");
    await book.userEdit("Action Plan", "A1", "Our plan, as the board agreed it");
    const { plan, syncs } = await applyRescore(excel);
    expect(syncs).toBe(1);
    expect(plan.draws.every((d) => !d.create)).toBe(true);
    expect(book.sheet("Results").charts).toHaveLength(1);
    expect(book.sheet("Action Tracker").tables).toHaveLength(1);
    // The title is redrawn; the typed text goes where the plan moved it.
    const [kept] = plan.draws.find((d) => d.kind === "actionPlan")!.kept;
    expect(book.sheet("Action Plan").value("A1")).toBe(title);
    expect(book.sheet("Action Plan").values[kept.row][kept.column]).toBe(
      "Our plan, as the board agreed it"
    );
  });

  it("makes a deleted sheet again and points its old marker at the new sheet", async () => {
    const excel = createFakeExcel(new FakeWorkbook());
    const book = excel.workbook;
    await newAssessment(excel);
    await applyRescore(excel);
    book.deleteSheet("Results");
    expect(book.names[SHEET_MARKERS.results]).toBe("=#REF!$A$1");
    const { plan } = await applyRescore(excel);
    expect(plan.draws.find((d) => d.kind === "results")).toMatchObject({
      create: true,
      replacesMarker: true,
    });
    expect(book.names[SHEET_MARKERS.results]).toBe("=Results!$A$1");
    expect(book.sheet("Results").charts).toHaveLength(1);
  });
});
