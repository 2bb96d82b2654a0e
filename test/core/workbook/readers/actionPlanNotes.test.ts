import { getFramework } from "../../../../src/core/framework/registry";
import { scoreAssessment } from "../../../../src/core/scoring/scoreAssessment";
import { actionPlanSheet, NOTES_HEADER } from "../../../../src/core/workbook/layouts/actionPlan";
import { readActionPlanNotes } from "../../../../src/core/workbook/readers/actionPlanNotes";

/*
 * readActionPlanNotes reads the Notes a team typed on the Action Plan sheet, by theme cell, so a
 * re-score writes them back. The header row is found by its "Theme" and Notes cells and each row
 * by its theme cell ("A Policy & Scope"), so moved rows and columns do not lose a note.
 */
describe("readActionPlanNotes", () => {
  it("reads back the notes the Action Plan sheet was drawn with", () => {
    const framework = getFramework("public");
    const details = { frameworkId: "public", organisation: "Anytown", date: "2026-03-01" };
    const result = scoreAssessment(framework, { answers: [] });
    const notes = new Map([
      ["A Policy & Scope", "Agreed at the March board"],
      ["J Governance and Accountability", "Owner: Sam\nReview in May"],
    ]);
    const sheet = actionPlanSheet(framework, details, result, notes);
    expect(readActionPlanNotes(sheet.values)).toEqual(notes);
  });

  it("finds the header and the Notes column wherever they are, and keys rows by theme cell", () => {
    const values = [
      ["SVMI action plan"],
      [],
      ["Theme", NOTES_HEADER, "To reach 'Follower'"],
      ["B Strategy", "  ", "• step"],
      ["C Procurement", "Ask finance", "• step"],
      ["Untitled", "no theme id before a space"],
      [null, "no theme cell"],
      ["A Policy", "First"],
    ];
    expect(readActionPlanNotes(values)).toEqual(
      new Map([
        ["C Procurement", "Ask finance"],
        ["Untitled", "no theme id before a space"],
        ["A Policy", "First"],
      ])
    );
  });

  it("reads nothing without a header row holding both Theme and Notes", () => {
    expect(readActionPlanNotes([])).toEqual(new Map());
    expect(
      readActionPlanNotes([
        ["Theme", "Comments"],
        ["A Policy", "x"],
      ])
    ).toEqual(new Map());
    expect(
      readActionPlanNotes([
        ["Themes", NOTES_HEADER],
        ["A Policy", "x"],
      ])
    ).toEqual(new Map());
  });
});
