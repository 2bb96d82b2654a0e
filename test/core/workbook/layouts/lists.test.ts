import { FRAMEWORK_IDS, getFramework } from "../../../../src/core/framework/registry";
import type { Framework } from "../../../../src/core/framework/types";
import {
  LIST_FIRST_OPTION_COLUMN,
  LISTS_FIRST_QUESTION_ROW,
  listsSheet,
} from "../../../../src/core/workbook/layouts/lists";
import { SETTING_KEYS, SHEET_NAMES } from "../../../../src/core/workbook/names";
import { medalFramework } from "../../../helpers/medalFramework";

/*
 * The hidden lists sheet records which framework (and version) the workbook holds, and gives each
 * question a row of its options: the source of that question's dropdown on the Questionnaire.
 */

describe("listsSheet", () => {
  const medal = medalFramework();

  it("is hidden and records the framework's id and version", () => {
    const sheet = listsSheet(medal);
    expect(sheet.name).toBe(SHEET_NAMES.lists);
    expect(sheet.hidden).toBe(true);
    expect(sheet.values[0].slice(0, 2)).toEqual([SETTING_KEYS.framework, "medal-test"]);
    expect(sheet.values[1]).toEqual([SETTING_KEYS.version, "0.1"]);
    expect(sheet.values[2]).toEqual([]);
  });

  it("lists each question's options, lowest first, from its own row", () => {
    const sheet = listsSheet(medal);
    expect(sheet.values.slice(LISTS_FIRST_QUESTION_ROW - 1)).toEqual([
      ["Question ID", "Options (lowest level first)"],
      ["Pe-1", "Nothing in place yet", "Done in some teams", "Done everywhere"],
      ["Pe-2", "Done in some teams", "Done everywhere"], // starts at Silver
      ["Pl-1", "Nothing in place yet", "Done in some teams", "Done everywhere"],
    ]);
  });

  test.each(FRAMEWORK_IDS)("has a row per %s question, in framework order", (id) => {
    const framework: Framework = getFramework(id);
    const sheet = listsSheet(framework);
    const questions = framework.themes.flatMap((t) => t.questions);
    expect(sheet.values).toHaveLength(LISTS_FIRST_QUESTION_ROW + framework.questionCount);
    questions.forEach((q) => {
      const row = sheet.values[LISTS_FIRST_QUESTION_ROW + q.position];
      expect(row[0]).toBe(q.id);
      expect(row.slice(LIST_FIRST_OPTION_COLUMN)).toEqual(q.options.map((o) => o.text));
    });
    // Wide enough for the question with the most options.
    const widest = Math.max(...questions.map((q) => q.options.length));
    expect(sheet.columnWidths.length).toBeGreaterThanOrEqual(LIST_FIRST_OPTION_COLUMN + widest);
  });
});
