import { escapeXstring, tableColumnNames } from "../../core/workbook/excelNames";
import { areaAddress, type Area } from "../../core/workbook/sheetSpec";
import { attrs, NS, XML_DECLARATION } from "../package/xml";
import { attributeOf, type XmlElement } from "../package/xmlPart";

/** An Excel table part (xl/tables/tableN.xml) over an area whose first row holds the headers. */
export function tableXml(id: number, name: string, target: Area, headers: string[]): string {
  const ref = areaAddress(target);
  // Column names as Excel makes them: unique ignoring case, control characters as _xHHHH_.
  const columns = tableColumnNames(headers).names.map(
    (header, i) => `<tableColumn${attrs({ id: i + 1, name: escapeXstring(header) })}/>`
  );
  return (
    XML_DECLARATION +
    // headerRowCount is 1 by default, but ExcelJS reads a table without it as headerless.
    `<table${attrs({ xmlns: NS.main, id, name, displayName: name, ref, headerRowCount: 1, totalsRowShown: 0 })}>` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${headers.length}">${columns.join("")}</tableColumns>` +
    // The style Excel gives a new table (as the add-in's tables.add does).
    `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}

/** Table ids are unique across the workbook (given the root element of every table part). */
export function nextTableId(tables: XmlElement[]): number {
  const ids = tables.map((root) => Number(attributeOf(root, "id") ?? 0) || 0);
  return Math.max(0, ...ids) + 1;
}
