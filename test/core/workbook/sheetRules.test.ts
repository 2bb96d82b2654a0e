import { getFramework } from "../../../src/core/framework/registry";
import { loadFramework } from "../../../src/core/framework/loadFramework";
import type { Framework } from "../../../src/core/framework/types";
import {
  ANSWER_ALERT,
  DATE_ALERT,
  goToLink,
  goToTooltip,
  levelRules,
  listAlert,
} from "../../../src/core/workbook/sheetRules";
import { area, type ConditionalRule } from "../../../src/core/workbook/sheetSpec";
import { ladder, tinySpec } from "../../helpers/tinyFramework";

/*
 * sheetRules holds the conditional formats, check messages and links every layout puts on its
 * sheets, so all sheets (and both renderers) show the same ones.
 */

const publicFramework = getFramework("public");

/** Levels named Bronze, Gold and Gold plus: "Gold" begins "Gold plus". */
const prefixFramework: Framework = loadFramework({
  ...tinySpec({ A: [ladder("A1", 0, 2)] }),
  id: "prefix-test",
  levels: [
    { label: "Bronze", description: "First." },
    { label: "Gold", description: "Second." },
    { label: "Gold plus", description: "Third." },
  ],
});

/**
 * Levels named Bronze, gold and Gold plus: to Excel and LibreOffice, whose "begins with" ignores
 * case, "gold" begins "Gold plus" as much as "Gold" would.
 */
const casePrefixFramework: Framework = loadFramework({
  ...prefixFramework,
  id: "case-prefix-test",
  levels: [
    { label: "Bronze", description: "First." },
    { label: "gold", description: "Second." },
    { label: "Gold plus", description: "Third." },
  ],
});

/** The rule a cell reading `text` gets, as the spreadsheet programs match: the first, ignoring case. */
const ruleFor = (rules: ConditionalRule[], text: string) =>
  rules.find(
    (r) => "beginsWith" in r.when && text.toLowerCase().startsWith(r.when.beginsWith.toLowerCase())
  );

describe("levelRules", () => {
  const cells = area(7, 5, 60, 2);

  it("gives one rule per level, in level order, coloured with the framework's colours", () => {
    const rules = levelRules(publicFramework, [cells]);
    expect(rules).toEqual(
      publicFramework.levels.map((level) => ({
        area: cells,
        when: { beginsWith: level.label },
        format: { fill: level.fill, fontColor: level.text },
      }))
    );
    expect(rules[0].when).toEqual({ beginsWith: "Incomplete/Non Compliant" });
  });

  it("repeats the set for each area, area by area", () => {
    const other = area(2, 1, 2, 1);
    const rules = levelRules(publicFramework, [cells, other]);
    expect(rules).toHaveLength(2 * publicFramework.levels.length);
    expect(rules.slice(0, 5).every((r) => r.area === cells)).toBe(true);
    expect(rules.slice(5).every((r) => r.area === other)).toBe(true);
    expect(levelRules(publicFramework, [])).toEqual([]);
  });

  it("tests a label that another begins with after the longer one", () => {
    const rules = levelRules(prefixFramework, [cells]);
    const order = rules.map((r) => ("beginsWith" in r.when ? r.when.beginsWith : ""));
    expect(order.indexOf("Gold plus")).toBeLessThan(order.indexOf("Gold"));
    expect([...order].sort()).toEqual(["Bronze", "Gold", "Gold plus"]);
  });

  it("tests it after the longer one when they differ in case, as Excel compares them", () => {
    const rules = levelRules(casePrefixFramework, [cells]);
    const order = rules.map((r) => ("beginsWith" in r.when ? r.when.beginsWith : ""));
    expect(order.indexOf("Gold plus")).toBeLessThan(order.indexOf("gold"));
  });

  test.each([
    ["the public framework", publicFramework],
    ["a framework whose labels begin one another", prefixFramework],
    ["a framework whose labels begin one another ignoring case", casePrefixFramework],
  ])("colours each level's cell with its own level, for %s", (_, framework) => {
    const rules = levelRules(framework, [cells]);
    for (const level of framework.levels) {
      expect(ruleFor(rules, level.label)?.format).toEqual({
        fill: level.fill,
        fontColor: level.text,
      });
    }
  });
});

describe("alerts", () => {
  it("warns, without refusing, on an answer that is not an option", () => {
    expect(ANSWER_ALERT.style).toBe("warning");
    expect(ANSWER_ALERT.message).toMatch(/cannot be scored/);
  });

  it("lists the options a list cell accepts", () => {
    expect(listAlert(["Not started", "In progress", "Done"])).toEqual({
      style: "warning",
      title: "Not one of the options",
      message: "Choose one of: Not started, In progress, Done.",
    });
  });

  it("refuses a due date that is not a date", () => {
    expect(DATE_ALERT.style).toBe("stop");
    expect(DATE_ALERT.message).toContain("2027-03-31");
  });
});

describe("goToLink", () => {
  it("links a cell to its target with svmi's own tooltip", () => {
    expect(goToLink(12, 0, "Questionnaire!D12")).toEqual({
      row: 12,
      column: 0,
      target: "Questionnaire!D12",
      tooltip: "Go to Questionnaire!D12",
    });
    expect(goToTooltip("'Q 1'!E9")).toBe("Go to 'Q 1'!E9");
  });
});
