import type { Document, Element } from "@xmldom/xmldom";
import { NS } from "../namespaces";
import type { PartsPackage } from "../partsPackage";
import {
  childElements,
  create,
  declare,
  firstChild,
  insertInOrder,
  setPrefixed,
  textOf,
} from "../xmlDom";
import { officeGuid } from "./officeIds";
import { WORKSHEET_ORDER } from "./worksheetHabits";

/** The extLst entry ([MS-XLSX]) that holds x14 data validations. */
export const X14_VALIDATIONS_URI = "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}";

/**
 * List validations whose source is on another sheet, moved from `<dataValidations>` into the
 * worksheet's extLst as `<x14:dataValidations>`: the first edition of SpreadsheetML did not allow
 * a validation to refer to another sheet, so Excel 2010 and later store those in the x14
 * extension, the formula in `<xm:f>` and the cells in `<xm:sqref>` (openpyxl's "Data Validation
 * extension is not supported" warning is about these). Validations on the sheet itself stay.
 */
export function moveCrossSheetListsToX14(pkg: PartsPackage): void {
  for (const sheet of pkg.sheets()) {
    const root = pkg.root(sheet.path);
    const main = firstChild(root, NS.main, "dataValidations");
    if (!main) continue;
    const moving = childElements(main, NS.main, "dataValidation").filter(
      (v) =>
        v.getAttribute("type") === "list" && refersElsewhere(formulaOf(v, "formula1"), sheet.name)
    );
    if (moving.length === 0) continue;

    const doc = pkg.dom(sheet.path);
    const ext = create(doc, NS.main, "ext", { uri: X14_VALIDATIONS_URI });
    declare(ext, ["x14"]);
    const list = create(doc, NS.x14, "x14:dataValidations", { count: String(moving.length) });
    declare(list, ["xm"]);
    ext.appendChild(list);
    for (const validation of moving) {
      list.appendChild(x14Validation(doc, validation, sheet.path));
      main.removeChild(validation);
    }
    const left = childElements(main, NS.main, "dataValidation").length;
    if (left === 0) root.removeChild(main);
    else main.setAttribute("count", String(left));

    let extLst = firstChild(root, NS.main, "extLst");
    if (!extLst) {
      extLst = create(doc, NS.main, "extLst");
      insertInOrder(root, extLst, WORKSHEET_ORDER);
    }
    extLst.appendChild(ext);
  }
}

function x14Validation(doc: Document, validation: Element, sheetPath: string): Element {
  const sqref = validation.getAttribute("sqref") ?? "";
  const moved = create(doc, NS.x14, "x14:dataValidation");
  for (const attribute of Array.from(validation.attributes)) {
    if (attribute.name !== "sqref") moved.setAttribute(attribute.name, attribute.value);
  }
  setPrefixed(moved, "xr", "uid", officeGuid(`${sheetPath} x14 ${sqref}`));
  for (const which of ["formula1", "formula2"]) {
    const formula = formulaOf(validation, which);
    if (!formula) continue;
    const holder = create(doc, NS.x14, `x14:${which}`);
    const f = create(doc, NS.xm, "xm:f");
    f.appendChild(doc.createTextNode(formula));
    holder.appendChild(f);
    moved.appendChild(holder);
  }
  const cells = create(doc, NS.xm, "xm:sqref");
  cells.appendChild(doc.createTextNode(sqref));
  moved.appendChild(cells);
  return moved;
}

function formulaOf(validation: Element, which: string): string {
  const formula = firstChild(validation, NS.main, which);
  return formula ? textOf(formula) : "";
}

/** True when a formula such as 'SVMI Lists'!$B$5:$F$5 names a sheet other than `own`. */
function refersElsewhere(formula: string, own: string): boolean {
  const bang = formula.lastIndexOf("!");
  if (bang < 0) return false;
  const quoted = formula.slice(0, bang);
  const name = quoted.startsWith("'") ? quoted.slice(1, -1).split("''").join("'") : quoted;
  return name !== own;
}
