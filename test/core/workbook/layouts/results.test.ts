import { exampleAssessment, SURREY } from "../../../../src/core/examples/workedExamples";
import { getFramework } from "../../../../src/core/framework/registry";
import { levelsInUse } from "../../../../src/core/framework/levels";
import type { Framework } from "../../../../src/core/framework/types";
import { scoreAssessment } from "../../../../src/core/scoring/scoreAssessment";
import type { ScoreResult } from "../../../../src/core/scoring/types";
import type { AssessmentDetails } from "../../../../src/core/workbook/details";
import { headerRows, OVERALL_LEVEL_CELLS } from "../../../../src/core/workbook/layouts/header";
import { resultsSheet, type LocatedProblem } from "../../../../src/core/workbook/layouts/results";
import { CHART_NAME, SHEET_NAMES } from "../../../../src/core/workbook/names";
import { area, chartRows, type SheetSpec } from "../../../../src/core/workbook/sheetSpec";
import { medalFramework } from "../../../helpers/medalFramework";

/*
 * The Results sheet: the shared header, a table of themes with their Present and Future levels,
 * the framework's level key, the problems (each linked to its cell), and a radar chart over its
 * own data block to the right.
 */

const TABLE_ROW = 7; // the theme table's header row, below the header and two blank rows
const details: AssessmentDetails = {
  frameworkId: "public",
  organisation: "Surrey County Council",
  date: "2025-03-31",
};

const publicFramework = getFramework("public");
const surrey = scoreAssessment(publicFramework, exampleAssessment(publicFramework, SURREY));
const medal = medalFramework();
/** Medal: People answered (present Bronze, future Gold), Planning's one question unanswered. */
const medalResult = scoreAssessment(medal, {
  answers: [
    { question: "Pe-1", present: "Nothing in place yet", future: "Done everywhere" },
    { question: "Pe-2", present: "Done in some teams", future: "Done everywhere" },
  ],
});

const keyRowOf = (framework: Framework) => TABLE_ROW + framework.themes.length + 2;
const column = (sheet: SheetSpec, c: number, from: number, count: number) =>
  sheet.values.slice(from, from + count).map((row) => row[c]);

describe("resultsSheet", () => {
  it("starts with the shared header rows, then the theme table", () => {
    const sheet = resultsSheet(publicFramework, details, surrey, []);
    expect(sheet.name).toBe(SHEET_NAMES.results);
    expect(sheet.values.slice(0, 5)).toEqual(headerRows("SVMI results", details, surrey));
    expect(sheet.values[TABLE_ROW].slice(0, 4)).toEqual(["", "Theme", "Present", "Future"]);
    surrey.themes.forEach((theme, i) => {
      expect(sheet.values[TABLE_ROW + 1 + i].slice(0, 4)).toEqual([
        theme.id,
        theme.name,
        theme.present.label,
        theme.future.label,
      ]);
    });
    expect(column(sheet, 0, TABLE_ROW + 1, 10)).toEqual([..."ABCDEFGHIJ"]);
    // The SVMI has no provenance: the rows between the header and the table stay blank.
    expect(sheet.values.slice(5, TABLE_ROW)).toEqual([[], []]);
  });

  it("names another framework in its title and says, under the header, where it comes from", () => {
    const sheet = resultsSheet(medal, details, medalResult, []);
    expect(sheet.values[0]).toEqual(["Medal test framework: results"]);
    expect(sheet.values[5]).toEqual(["Source", "made up for svmi's tests"]);
    expect(sheet.values[6]).toEqual([]);
    expect(sheet.values[TABLE_ROW].slice(0, 4)).toEqual(["", "Theme", "Present", "Future"]);
    expect(sheet.styles).toContainEqual(
      expect.objectContaining({ row: 5, column: 1, style: expect.objectContaining({ wrap: true }) })
    );
  });

  it("says how many answers a theme without a level still lacks", () => {
    const sheet = resultsSheet(medal, details, medalResult, []);
    expect(sheet.values[TABLE_ROW + 1].slice(0, 4)).toEqual([
      "People",
      "People and skills",
      "Bronze",
      "Gold",
    ]);
    expect(sheet.values[TABLE_ROW + 2].slice(0, 4)).toEqual([
      "Pl.2",
      "Planning",
      "1 to answer",
      "1 to answer",
    ]);
  });

  it("shows answers that are not options apart from those still to answer", () => {
    const result = scoreAssessment(medal, {
      answers: [
        { question: "Pe-1", present: "Maybe", future: "Done everywhere" },
        { question: "Pl-1", present: "Perhaps", future: "" },
      ],
    });
    const sheet = resultsSheet(medal, details, result, []);
    expect(column(sheet, 2, TABLE_ROW + 1, 2)).toEqual(["1 to answer, 1 to fix", "1 to fix"]);
    expect(column(sheet, 3, TABLE_ROW + 1, 2)).toEqual(["1 to answer", "1 to answer"]);
  });

  test.each([
    ["public", publicFramework, surrey],
    ["medal", medal, medalResult],
  ] as [string, Framework, ScoreResult][])(
    "lists every %s level in the key, coloured by its own rule",
    (_, framework, result) => {
      const sheet = resultsSheet(framework, details, result, []);
      const keyRow = keyRowOf(framework);
      const count = framework.levels.length;
      expect(levelsInUse(framework)).toHaveLength(count); // both use all their levels
      expect(sheet.values[keyRow]).toEqual(["Level key (chart scale)"]);
      expect(sheet.values.slice(keyRow + 1, keyRow + 1 + count)).toEqual(
        framework.levels.map((l) => [l.level, l.label])
      );
      const keyRules = sheet.conditionalRules!.filter((r) => r.area.row === keyRow + 1);
      expect(keyRules.map((r) => r.area)).toEqual(
        keyRules.map(() => area(keyRow + 1, 1, count, 1))
      );
      expect(keyRules.map((r) => r.when)).toEqual(
        framework.levels.map((l) => ({ beginsWith: l.label }))
      );
    }
  );

  it("leaves out of the key, and of the chart's title, a level no option carries", () => {
    // The business framework has no option at level 0 (Incomplete/Non Compliant).
    const business = getFramework("business");
    const result = scoreAssessment(business, { answers: [] });
    const problems: LocatedProblem[] = [{ message: "A problem" }];
    const sheet = resultsSheet(business, details, result, problems);
    const keyRow = keyRowOf(business);
    expect(sheet.values.slice(keyRow + 1, keyRow + 6)).toEqual([
      [1, "Follower"],
      [2, "Mature"],
      [3, "Leader"],
      [4, "Innovator"],
      [],
    ]);
    expect(sheet.values[keyRow + 6]).toEqual(["Problems (1)"]);
    const keyRules = sheet.conditionalRules!.filter((r) => r.area.row === keyRow + 1);
    expect(keyRules.map((r) => r.area.rows)).toEqual(business.levels.map(() => 4));
    const chart = sheet.chart!;
    expect(chart.title).toBe("Present and future by theme (1 Follower to 4 Innovator)");
    // The scale still starts at 0, so a Follower theme sits on the first ring, not the centre.
    expect([chart.minimum, chart.maximum]).toEqual([0, 4]);
  });

  it("colours the theme levels and the two overall levels", () => {
    const sheet = resultsSheet(medal, details, medalResult, []);
    const areas = sheet.conditionalRules!.map((r) => r.area);
    expect(areas).toContainEqual(area(TABLE_ROW + 1, 2, 2, 2));
    expect(areas).toContainEqual(OVERALL_LEVEL_CELLS);
    expect(sheet.conditionalRules).toHaveLength(3 * medal.levels.length);
  });

  it("lists problems below the key, linking those that name a cell", () => {
    const problems: LocatedProblem[] = [
      { message: "A1 present: not one of the options", target: "Questionnaire!D8" },
      { message: "The framework's version differs" },
    ];
    const sheet = resultsSheet(medal, details, medalResult, problems);
    const problemRow = keyRowOf(medal) + medal.levels.length + 2;
    expect(sheet.values.slice(problemRow)).toEqual([
      ["Problems (2)"],
      ["Go to cell", "A1 present: not one of the options"],
      ["", "The framework's version differs"],
    ]);
    expect(sheet.links).toEqual([
      {
        row: problemRow + 1,
        column: 0,
        target: "Questionnaire!D8",
        tooltip: "Go to Questionnaire!D8",
      },
    ]);

    const none = resultsSheet(medal, details, medalResult, []);
    expect(none.values[problemRow]).toEqual(["Problems: none"]);
    expect(none.links).toEqual([]);
  });

  test.each([
    ["public", publicFramework, surrey],
    ["medal", medal, medalResult],
  ] as [string, Framework, ScoreResult][])(
    "draws the %s radar over a data block that holds its categories and series",
    (_, framework, result) => {
      const sheet = resultsSheet(framework, details, result, []);
      const chart = sheet.chart!;
      expect(chart.name).toBe(CHART_NAME);
      expect(chart.categories).toEqual(result.themes.map((t) => t.name));
      expect(chart.series.map((s) => [s.name, s.values])).toEqual([
        ["Present", result.themes.map((t) => t.present.level)],
        ["Future", result.themes.map((t) => t.future.level)],
      ]);
      // The block in the values is exactly chartRows, at chart.data.
      const { row, column: col, rows, columns } = chart.data;
      expect(rows).toBe(result.themes.length + 1);
      const block = sheet.values.slice(row, row + rows).map((r) => r.slice(col, col + columns));
      expect(block).toEqual(chartRows(chart));
      expect(sheet.values.slice(row, row + rows).every((r) => r.length === col + columns)).toBe(
        true
      );
      // The scale runs over the framework's levels, one ring each.
      const [lowest, top] = [framework.levels[0], framework.levels[framework.topLevel]];
      expect([chart.minimum, chart.maximum, chart.majorUnit]).toEqual([0, framework.topLevel, 1]);
      expect(chart.title).toContain(`0 ${lowest.label}`);
      expect(chart.title).toContain(`${top.level} ${top.label}`);
      // Printed without the data block, which sits right of the chart.
      const printed = sheet.print!.area!;
      expect(printed.column + printed.columns).toBeLessThanOrEqual(col);
      expect(chart.anchor.column + chart.anchor.columns).toBeLessThanOrEqual(col);
      expect(printed.rows).toBe(sheet.values.length);
    }
  );

  it("ends the medal chart's scale at Gold and leaves an unscored theme without a point", () => {
    const chart = resultsSheet(medal, details, medalResult, []).chart!;
    expect(chart.maximum).toBe(2);
    expect(chart.title).toBe("Present and future by theme (0 Bronze to 2 Gold)");
    expect(chart.series[0].values).toEqual([0, null]);
  });
});
