import { NS } from "../../../src/xlsx/package/xml";
import { CONTENT_TYPES, REL_TYPES, XlsxPackage } from "../../../src/xlsx/package/xlsxPackage";
import {
  addSheet,
  detachSheetParts,
  dropCalcChain,
  dropDanglingRelationships,
  emptyWorkbook,
  markerFormula,
  removeDefinedName,
  setDefinedName,
  setDefinedNames,
  stylesPath,
} from "../../../src/xlsx/parts/workbookEdits";

/*
 * workbookEdits.ts makes the sheet-level edits of a workbook package: a new workbook, sheets
 * added, defined names set and removed, the parts a redrawn sheet no longer uses cleared, and
 * leftovers other programs wrote (calculation chain, dangling links) dropped.
 */

/** The element names of a part, in document order. */
const elementsOf = (xml: string) => [...xml.matchAll(/<(\w+)[\s/>]/g)].map((m) => m[1]);

/** A workbook with one sheet, and on it a table, a drawing (with a chart) and a cell note. */
function sheetWithParts(): { pkg: XlsxPackage; sheet: string } {
  const pkg = emptyWorkbook();
  const { path: sheet } = addSheet(pkg, "Results", false);
  const link = (from: string, type: string, to: string) => {
    pkg.setText(to, `<x xmlns="${NS.main}"/>`);
    return pkg.addRelationship(from, type, to);
  };
  link(sheet, REL_TYPES.table, "xl/tables/table1.xml");
  link(sheet, REL_TYPES.drawing, "xl/drawings/drawing1.xml");
  link("xl/drawings/drawing1.xml", REL_TYPES.chart, "xl/charts/chart1.xml");
  link(sheet, `${NS.rel}/comments`, "xl/comments1.xml");
  return { pkg, sheet };
}

describe("emptyWorkbook", () => {
  it("is a package with a workbook part and no sheets", () => {
    const pkg = XlsxPackage.open(emptyWorkbook().toBytes());
    expect(pkg.workbookPath).toBe("xl/workbook.xml");
    expect(pkg.sheets()).toEqual([]);
    expect(pkg.contentTypeOf("xl/workbook.xml")).toBe(CONTENT_TYPES.workbook);
  });
});

describe("addSheet", () => {
  it("adds worksheet parts at the end with the next sheet ids, declared and linked", () => {
    const pkg = emptyWorkbook();
    const first = addSheet(pkg, "Questionnaire", false);
    const second = addSheet(pkg, "SVMI Lists", true);
    expect(second).toEqual({
      name: "SVMI Lists",
      sheetId: 2,
      relId: "rId2",
      path: "xl/worksheets/sheet2.xml",
      hidden: true,
    });
    expect(pkg.sheets()).toEqual([first, second]);
    expect(pkg.contentTypeOf(second.path)).toBe(CONTENT_TYPES.worksheet);
    expect(pkg.text(pkg.workbookPath)).toContain(
      '<sheet name="SVMI Lists" sheetId="2" state="hidden" r:id="rId2"/>'
    );
  });

  it("creates <sheets> in its schema place when the workbook has none", () => {
    const pkg = emptyWorkbook();
    pkg.setText(pkg.workbookPath, `<workbook xmlns="${NS.main}"><bookViews/><calcPr/></workbook>`);
    addSheet(pkg, "A", false);
    expect(elementsOf(pkg.text(pkg.workbookPath)!)).toEqual([
      "workbook",
      "bookViews",
      "sheets",
      "sheet",
      "calcPr",
    ]);
    expect(pkg.sheets().map((s) => s.name)).toEqual(["A"]);
  });
});

describe("setDefinedNames and removeDefinedName", () => {
  function book() {
    const pkg = emptyWorkbook();
    addSheet(pkg, "Action Plan", false);
    return pkg;
  }

  it("adds <definedNames> after <sheets>, before <calcPr>", () => {
    const pkg = book();
    pkg.setText(
      pkg.workbookPath,
      pkg.text(pkg.workbookPath)!.replace("</workbook>", "<calcPr/></workbook>")
    );
    setDefinedName(pkg, "SVMI_ActionPlan", markerFormula("Action Plan"));
    expect(elementsOf(pkg.text(pkg.workbookPath)!).slice(-4)).toEqual([
      "sheet",
      "definedNames",
      "definedName",
      "calcPr",
    ]);
    expect(pkg.definedNames()).toEqual([
      { name: "SVMI_ActionPlan", formula: "'Action Plan'!$A$1" },
    ]);
  });

  it("replaces a name in place, matching case-insensitively, and drops its duplicates", () => {
    const pkg = book();
    setDefinedNames(pkg, [
      { name: "First", formula: "1" },
      { name: "svmi_results", formula: "old" },
      { name: "Last", formula: "3" },
    ]);
    pkg.setText(
      pkg.workbookPath,
      pkg
        .text(pkg.workbookPath)!
        .replace(
          "</definedNames>",
          '<definedName name="SVMI_RESULTS">dup</definedName></definedNames>'
        )
    );
    setDefinedName(pkg, "SVMI_Results", "new");
    expect(pkg.definedNames()).toEqual([
      { name: "First", formula: "1" },
      { name: "SVMI_Results", formula: "new" },
      { name: "Last", formula: "3" },
    ]);
  });

  it("keeps a sheet-scoped name apart from a workbook one of the same name", () => {
    const pkg = book();
    setDefinedName(pkg, "_xlnm.Print_Area", "'Action Plan'!$A$1:$B$2", 0);
    setDefinedName(pkg, "_xlnm.Print_Area", "'Action Plan'!$A$1:$C$3", 0);
    setDefinedName(pkg, "_xlnm.Print_Area", "Other!$A$1");
    expect(pkg.definedNames()).toEqual([
      { name: "_xlnm.Print_Area", formula: "'Action Plan'!$A$1:$C$3", localSheetId: 0 },
      { name: "_xlnm.Print_Area", formula: "Other!$A$1" },
    ]);
    removeDefinedName(pkg, "_xlnm.Print_Area", 0);
    expect(pkg.definedNames()).toEqual([{ name: "_xlnm.Print_Area", formula: "Other!$A$1" }]);
    removeDefinedName(pkg, "_XLNM.PRINT_AREA");
    expect(pkg.text(pkg.workbookPath)).not.toContain("definedNames"); // the emptied block goes
  });

  it("leaves workbook.xml untouched when a name already has its formula", () => {
    const pkg = book();
    setDefinedName(pkg, "SVMI_ActionPlan", "'Action Plan'!$A$1");
    const before = pkg.bytes(pkg.workbookPath);
    setDefinedName(pkg, "SVMI_ActionPlan", "'Action Plan'!$A$1");
    setDefinedNames(pkg, []);
    expect(pkg.bytes(pkg.workbookPath)).toBe(before);
  });

  it("refuses a name Excel would refuse, saying why", () => {
    expect(() => setDefinedName(book(), "Two words", "1")).toThrow(
      "svmi tried to write the defined name 'Two words': A name cannot contain spaces."
    );
    expect(() => setDefinedName(book(), "A1", "1")).toThrow(/'A1': "A1" is a cell reference/);
  });
});

describe("markerFormula", () => {
  it("points at the sheet's A1, quoting a name that needs it", () => {
    expect(markerFormula("Results")).toBe("Results!$A$1");
    expect(markerFormula("Action Plan")).toBe("'Action Plan'!$A$1");
    expect(markerFormula("O'Brien")).toBe("'O''Brien'!$A$1");
  });
});

describe("detachSheetParts", () => {
  it("drops the sheet's links and the parts only it used, down to the chart; notes stay", () => {
    const { pkg, sheet } = sheetWithParts();
    detachSheetParts(pkg, sheet);
    expect(pkg.relationships(sheet).map((r) => r.target)).toEqual(["xl/comments1.xml"]);
    for (const gone of ["xl/tables/table1.xml", "xl/drawings/drawing1.xml", "xl/charts/chart1.xml"])
      expect([gone, pkg.has(gone)]).toEqual([gone, false]);
  });

  it("keeps relationships asked for, and a part another part still uses", () => {
    const { pkg, sheet } = sheetWithParts();
    const other = addSheet(pkg, "Other", false).path;
    pkg.addRelationship(other, REL_TYPES.table, "xl/tables/table1.xml");
    const drawing = pkg.relationships(sheet).find((r) => r.type === REL_TYPES.drawing)!;
    detachSheetParts(pkg, sheet, new Set([drawing.id]));
    expect(pkg.relationships(sheet).map((r) => r.target)).toEqual([
      "xl/drawings/drawing1.xml",
      "xl/comments1.xml",
    ]);
    expect(pkg.has("xl/tables/table1.xml")).toBe(true);
    expect(pkg.has("xl/charts/chart1.xml")).toBe(true);
  });

  it("removes an emptied relationships part rather than leave it empty", () => {
    const pkg = emptyWorkbook();
    const { path } = addSheet(pkg, "S", false);
    pkg.setText("xl/tables/table1.xml", "<table/>");
    pkg.addRelationship(path, REL_TYPES.table, "xl/tables/table1.xml");
    detachSheetParts(pkg, path);
    expect(pkg.has("xl/worksheets/_rels/sheet1.xml.rels")).toBe(false);
  });
});

describe("dropCalcChain", () => {
  it("removes the calculation chain and its link; a workbook without one is left alone", () => {
    const pkg = emptyWorkbook();
    pkg.setText("xl/calcChain.xml", "<calcChain/>");
    pkg.addRelationship(pkg.workbookPath, REL_TYPES.calcChain, "xl/calcChain.xml");
    dropCalcChain(pkg);
    expect(pkg.has("xl/calcChain.xml")).toBe(false);
    expect(pkg.relationships(pkg.workbookPath)).toEqual([]);
    expect(() => dropCalcChain(pkg)).not.toThrow();
  });
});

describe("stylesPath", () => {
  it("links and declares xl/styles.xml when the workbook has no styles, else gives its part", () => {
    const pkg = emptyWorkbook();
    expect(stylesPath(pkg)).toEqual({ path: "xl/styles.xml", exists: false });
    expect(pkg.relationships(pkg.workbookPath).map((r) => [r.type, r.target])).toEqual([
      [REL_TYPES.styles, "xl/styles.xml"],
    ]);
    expect(pkg.contentTypeOf("xl/styles.xml")).toBe(CONTENT_TYPES.styles);
    pkg.setText("xl/styles.xml", "<styleSheet/>");
    expect(stylesPath(pkg)).toEqual({ path: "xl/styles.xml", exists: true });
    expect(pkg.relationships(pkg.workbookPath)).toHaveLength(1);
  });
});

describe("dropDanglingRelationships", () => {
  it("drops links to missing parts unless the part refers to them by id, one sentence each", () => {
    const pkg = emptyWorkbook();
    const { path } = addSheet(pkg, "S", false);
    const unused = pkg.addRelationship(path, `${NS.rel}/theme`, "xl/theme/theme1.xml");
    const used = pkg.addRelationship(path, REL_TYPES.drawing, "xl/drawings/drawing9.xml");
    pkg.setText(
      path,
      `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}"><sheetData/><drawing r:id="${used}"/></worksheet>`
    );
    expect(dropDanglingRelationships(pkg, [path, pkg.workbookPath])).toEqual([
      "dropped a link from xl/worksheets/sheet1.xml to the missing part xl/theme/theme1.xml",
    ]);
    expect(pkg.relationships(path).map((r) => r.id)).toEqual([used]);
    expect(unused).not.toBe(used);
  });
});
