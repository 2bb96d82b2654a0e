import { addExcelDocProps } from "./excel/docProps";
import { shareInlineStrings } from "./excel/sharedStrings";
import { applyStyleHabits } from "./excel/styleHabits";
import { applyTableHabits } from "./excel/tableHabits";
import { applyWorkbookHabits } from "./excel/workbookHabits";
import { applyWorksheetHabits } from "./excel/worksheetHabits";
import { moveCrossSheetListsToX14 } from "./excel/x14Validations";
import { PartsPackage } from "./partsPackage";
import { EXCEL_DECLARATION } from "./xmlDom";

/**
 * Our template re-serialised the way desktop Excel saves a workbook. There is no Excel on the
 * machines the tests run on, so its habits are copied from the Excel-saved files in
 * /work/shared/corpus/real-workbooks (docProps/app.xml names the application of each):
 *
 *   habit                                                  seen in
 *   cell text in xl/sharedStrings.xml, never inline        formulas.xlsx, test-pr-1204.xlsx (no
 *     (t="s"; count / uniqueCount on <sst>)                  Excel file there has t="inlineStr")
 *   worksheet root: xmlns:mc, x14ac, xr, xr2, xr3 and      formulas.xlsx, images.xlsx,
 *     mc:Ignorable="x14ac xr xr2 xr3", xr:uid              test-issue-1842.xlsx
 *   <dimension>, tabSelected on the active sheet           every Excel file
 *   rows with spans="…" and x14ac:dyDescent, and the       fibonacci.xlsx, test-pr-1204.xlsx,
 *     same dyDescent on <sheetFormatPr>                      1904.xlsx
 *   xr:uid on each <dataValidation>                        test-issue-1842.xlsx
 *   list validations drawing on another sheet moved to    no corpus file has one: Excel 2010+
 *     extLst as <x14:dataValidations> (xm:f, xm:sqref),      behaviour documented in [MS-XLSX]
 *     ext uri {CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}         (see excel/x14Validations.ts)
 *   workbook root: mc:Ignorable="x15 xr xr6 xr10 xr2"      formulas.xlsx, images.xlsx,
 *     with those prefixes declared                           test-issue-1842.xlsx
 *   <fileVersion appName="xl" …>                           every Excel file
 *   mc:AlternateContent holding x15ac:absPath (with mc     fibonacci.xlsx, formulas.xlsx,
 *     declared again on it)                                  images.xlsx, test-pr-1204.xlsx
 *   xr:revisionPtr, xr2:uid on <workbookView>              formulas.xlsx, images.xlsx,
 *                                                            test-issue-1842.xlsx
 *   <calcPr calcId>                                        every Excel file
 *   extLst x15:workbookPr chartTrackingRefBase="1"         fibonacci.xlsx, images.xlsx,
 *                                                            test-pr-1204.xlsx
 *   styles root: mc:Ignorable="x14ac x16r2 xr"             formulas.xlsx, images.xlsx,
 *                                                            test-issue-1842.xlsx
 *   table parts: xr:uid, xr3:uid per column                no corpus file has a table (see
 *                                                            excel/tableHabits.ts)
 *   docProps/app.xml (Application, AppVersion 16.0300)     fibonacci.xlsx, images.xlsx
 *     and docProps/core.xml
 *   declaration ending in CRLF before the root             every Excel file
 *
 * Left out: xl/theme/theme1.xml (Excel always writes one; the template's styles refer to theme
 * colours without it, and the theme is long and changes nothing a reader of answers sees) and
 * printer settings.
 */
export function excelStyle(template: Uint8Array): Uint8Array {
  const pkg = PartsPackage.open(template);
  // Validations move before the worksheet habits run, so the ones left in <dataValidations> get
  // their xr:uid there and the moved ones theirs in the extension.
  shareInlineStrings(pkg);
  moveCrossSheetListsToX14(pkg);
  applyWorksheetHabits(pkg);
  applyTableHabits(pkg);
  applyWorkbookHabits(pkg);
  applyStyleHabits(pkg);
  addExcelDocProps(pkg);
  return pkg.toBytes(EXCEL_DECLARATION);
}
