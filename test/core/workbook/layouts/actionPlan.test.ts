import { exampleAssessment, SURREY } from "../../../../src/core/examples/workedExamples";
import { getFramework } from "../../../../src/core/framework/registry";
import { scoreAssessment } from "../../../../src/core/scoring/scoreAssessment";
import type { AssessmentDetails } from "../../../../src/core/workbook/details";
import {
  ACTION_PLAN_HEADER_ROW,
  actionPlanSheet,
  NOTES_HEADER,
} from "../../../../src/core/workbook/layouts/actionPlan";
import { headerRows } from "../../../../src/core/workbook/layouts/header";
import { SHEET_NAMES } from "../../../../src/core/workbook/names";
import { area } from "../../../../src/core/workbook/sheetSpec";
import { medalFramework } from "../../../helpers/medalFramework";

/*
 * The Action Plan sheet: the shared header, then one row per theme with one column per level an
 * action can lead to ("To reach '<level>'"), each cell listing that theme's actions as bullets,
 * and a Notes column the team keeps.
 */

const details: AssessmentDetails = {
  frameworkId: "public",
  organisation: "Surrey County Council",
  date: "2025-03-31",
};
const FIRST_ROW = ACTION_PLAN_HEADER_ROW + 1;

describe("actionPlanSheet", () => {
  const medal = medalFramework();
  // Pe-1 Bronze -> Gold, Pe-2 Silver -> Gold, Pl-1 Bronze -> Silver.
  const medalResult = scoreAssessment(medal, {
    answers: [
      { question: "Pe-1", present: "Nothing in place yet", future: "Done everywhere" },
      { question: "Pe-2", present: "Done in some teams", future: "Done everywhere" },
      { question: "Pl-1", present: "Nothing in place yet", future: "Done in some teams" },
    ],
  });

  it("has a column per level above the lowest, between Theme and Notes", () => {
    const sheet = actionPlanSheet(medal, details, medalResult, new Map());
    expect(sheet.name).toBe(SHEET_NAMES.actionPlan);
    expect(sheet.values[ACTION_PLAN_HEADER_ROW]).toEqual([
      "Theme",
      "To reach 'Silver'",
      "To reach 'Gold'",
      NOTES_HEADER,
    ]);
    expect(sheet.columnWidths).toHaveLength(4);

    const publicFramework = getFramework("public");
    const surrey = scoreAssessment(publicFramework, exampleAssessment(publicFramework, SURREY));
    const header = actionPlanSheet(publicFramework, details, surrey, new Map()).values[
      ACTION_PLAN_HEADER_ROW
    ];
    const publicPlan = actionPlanSheet(publicFramework, details, surrey, new Map());
    expect(publicPlan.values[0]).toEqual(["SVMI action plan"]);
    expect(publicPlan.values[ACTION_PLAN_HEADER_ROW - 1]).toEqual([]);
    expect(header).toEqual([
      "Theme",
      "To reach 'Follower'",
      "To reach 'Mature'",
      "To reach 'Leader'",
      "To reach 'Innovator'",
      "Notes",
    ]);
  });

  it("lists each theme's actions as bullets under the level they reach, with its notes", () => {
    const notes = new Map([["Pl.2 Planning", "Ask the planning team"]]);
    const sheet = actionPlanSheet(medal, details, medalResult, notes);
    expect(sheet.values.slice(0, 5)).toEqual(
      headerRows("Medal test framework: action plan", details, medalResult)
    );
    // Between the header and the table: where the framework comes from.
    expect(sheet.values[ACTION_PLAN_HEADER_ROW - 1]).toEqual(["Source", medal.provenance]);
    expect(sheet.values.slice(FIRST_ROW, FIRST_ROW + 2)).toEqual([
      [
        "People People and skills",
        "\u2022 Pe-1: start it in some teams",
        "\u2022 Pe-1: take it to every team\n\u2022 Pe-2: take it to every team",
        "",
      ],
      ["Pl.2 Planning", "\u2022 Pl-1: start it in some teams", "", "Ask the planning team"],
    ]);
  });

  it("places every one of Surrey's actions once, in its theme's row and its level's column", () => {
    const framework = getFramework("public");
    const surrey = scoreAssessment(framework, exampleAssessment(framework, SURREY));
    const sheet = actionPlanSheet(framework, details, surrey, new Map());
    const rows = sheet.values.slice(FIRST_ROW, FIRST_ROW + framework.themes.length);
    expect(rows.map((r) => r[0])).toEqual(framework.themes.map((t) => `${t.id} ${t.name}`));
    expect(surrey.actions.length).toBeGreaterThan(0);
    for (const action of surrey.actions) {
      const row = rows[framework.themes.findIndex((t) => t.id === action.theme)];
      const cell = String(row[framework.targetLevels.indexOf(action.level) + 1]);
      expect(cell.split("\n")).toContain(`\u2022 ${action.text}`);
    }
    const bullets =
      rows
        .flatMap((r) => r.slice(1, -1))
        .join("\n")
        .match(/\u2022 /g) ?? [];
    expect(bullets).toHaveLength(surrey.actions.length);
  });

  it("ends with the footnote merged across the table, and freezes the headings", () => {
    const sheet = actionPlanSheet(medal, details, medalResult, new Map());
    const footRow = FIRST_ROW + medal.themes.length + 1;
    expect(sheet.values).toHaveLength(footRow + 1);
    expect(sheet.values[footRow - 1]).toEqual([]);
    expect(String(sheet.values[footRow][0])).toMatch(/^\* Each action comes from your answer/);
    expect(sheet.merges).toEqual([area(footRow, 0, 1, 4)]);
    expect(sheet.freezeRows).toBe(FIRST_ROW);
    expect(sheet.print?.repeatRows).toEqual(area(ACTION_PLAN_HEADER_ROW, 0, 1, 4));
  });

  it("keeps a theme row, empty, when nothing is planned", () => {
    const unanswered = scoreAssessment(medal, { answers: [] });
    const sheet = actionPlanSheet(medal, details, unanswered, new Map());
    expect(sheet.values.slice(FIRST_ROW, FIRST_ROW + 2)).toEqual([
      ["People People and skills", "", "", ""],
      ["Pl.2 Planning", "", "", ""],
    ]);
  });
});
