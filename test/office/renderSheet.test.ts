import { officeAssessmentApi } from "../../src/office/api";
import { asCellText, renderSheet } from "../../src/office/renderSheet";
import { ALL_CAPABILITIES } from "../../src/office/requirements";
import { SVMI_LEVEL_LABELS } from "../../src/core/framework/builtIn/svmiLevels";
import { getFramework } from "../../src/core/framework/registry";
import { area, styled, type SheetSpec } from "../../src/core/workbook/sheetSpec";
import { ANSWER_ALERT, goToLink, levelRules } from "../../src/core/workbook/sheetRules";
import { makeExcelMock, makeWorksheet, type RecordedRange } from "./mockFactory";

const framework = getFramework("public");

const spec: SheetSpec = {
  name: "Test",
  values: [["Title"], ["=SUM(A1)", 3, "Leader"], []],
  columnWidths: [100, 50],
  styles: [
    styled(area(0, 0), { bold: true, fontSize: 16 }),
    styled(area(1, 0, 1, 3), { fill: "#FFF8DC", wrap: true }),
  ],
  merges: [area(0, 0, 1, 3)],
  freezeRows: 2,
  table: { name: "T", area: area(1, 0, 2, 3) },
  validations: [{ area: area(2, 1, 1, 2), source: "='SVMI Lists'!$B$5:$E$5", alert: ANSWER_ALERT }],
  conditionalRules: levelRules(framework, [area(1, 2, 2, 1)]),
  links: [goToLink(2, 0, "'Questionnaire'!D12")],
  print: { landscape: true, fitToWidth: true, repeatRows: area(1, 0, 1, 3) },
  hidden: true,
};

describe("renderSheet (office-addin-mock)", () => {
  const render = (caps = ALL_CAPABILITIES) => {
    const sheet = makeWorksheet();
    renderSheet(sheet as unknown as Excel.Worksheet, spec, caps);
    return sheet as unknown as ReturnType<typeof makeWorksheet> & {
      ranges: Map<string, RecordedRange>;
    };
  };

  it("writes all values as one block, padded, with formula-like text kept as text", () => {
    const { ranges } = render();
    const block = ranges.get("R0C0x3x3")!;
    expect(block.values).toEqual([
      ["Title", "", ""],
      ["'=SUM(A1)", 3, "Leader"],
      ["", "", ""],
    ]);
    expect([...ranges.keys()].filter((k) => ranges.get(k)!.values)).toEqual(["R0C0x3x3"]);
  });

  it("applies widths, styles, merges, freeze, table, dropdowns, level colours, links and print", () => {
    const sheet = render();
    const { ranges } = sheet;
    expect(ranges.get("R0C0x1x1:column")!.format.columnWidth).toBe(100);
    expect(ranges.get("A1")!.format.font).toMatchObject({ bold: true, size: 16 });
    expect(ranges.get("A2:C2")!.format).toMatchObject({
      fill: { color: "#FFF8DC" },
      wrapText: true,
    });
    expect(ranges.get("A1:C1")!.merged).toBe(true);
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.tables.added).toEqual([{ address: "A2:C3", hasHeaders: true, name: "T" }]);
    expect(ranges.get("B3:C3")!.dataValidation.rule).toEqual({
      list: { inCellDropDown: true, source: "='SVMI Lists'!$B$5:$E$5" },
    });
    expect(ranges.get("B3:C3")!.dataValidation.errorAlert).toEqual({
      showAlert: true,
      style: "Warning",
      title: ANSWER_ALERT.title,
      message: ANSWER_ALERT.message,
    });
    // Excel puts each added format on top, so they are added last rule first.
    const rules = [...ranges.get("C2:C3")!.conditionalFormats.added].reverse();
    expect(rules.map((r) => (r.textComparison.rule as { text: string }).text)).toEqual([
      ...SVMI_LEVEL_LABELS,
    ]);
    expect(
      rules.map((r) => ({
        type: r.type,
        rule: r.textComparison.rule,
        fill: r.textComparison.format.fill.color,
        font: r.textComparison.format.font.color,
      }))
    ).toEqual(
      framework.levels.map((level) => ({
        type: "ContainsText",
        rule: { operator: "BeginsWith", text: level.label },
        fill: level.fill,
        font: level.text,
      }))
    );
    expect(rules.every((r) => r.textComparison.format.fill.color)).toBe(true);
    expect(ranges.get("R2C0x1x1")!.hyperlink).toEqual({
      documentReference: "'Questionnaire'!D12",
      screenTip: spec.links![0].tooltip,
    });
    expect(spec.links![0].tooltip).toBe("Go to 'Questionnaire'!D12");
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", titleRows: "A2:C2:row" });
    expect(sheet.visibility).toBe("Hidden");
  });

  it("leaves out what the host cannot do", () => {
    const sheet = render({ ...ALL_CAPABILITIES, dataValidation: false, pageLayout: false });
    expect(sheet.ranges.get("B3:C3")).toBeUndefined();
    expect(sheet.pageLayout.orientation).toBe("Portrait");
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+44 20", "'+44 20"],
    ["-", "'-"],
    ["@name", "'@name"],
    ["plain", "plain"],
    [null, ""],
    [4, 4],
  ])("stores %j as %j", (value, stored) => {
    expect(asCellText(value)).toBe(stored);
  });
});

describe("select (office-addin-mock)", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const { excel, context, sheets } = makeExcelMock(["Questionnaire"]);
    const sync = jest.spyOn(context, "sync");
    await officeAssessmentApi(excel, ALL_CAPABILITIES).select("Questionnaire", "D12");
    expect(sync).toHaveBeenCalledTimes(1);
    const sheet = sheets.Questionnaire as unknown as {
      activated: boolean;
      ranges: Map<string, RecordedRange>;
    };
    expect(sheet.activated).toBe(true);
    expect(sheet.ranges.get("D12")!.selected).toBe(true);
  });
});
