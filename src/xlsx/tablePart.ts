import { areaAddress, type Area } from "../core/sheets/sheetSpec";
import { attrs, NS, XML_DECLARATION } from "./xml";

/** An Excel table part (xl/tables/tableN.xml) over an area whose first row holds the headers. */
export function tableXml(id: number, name: string, target: Area, headers: string[]): string {
  const ref = areaAddress(target);
  const columns = headers.map((header, i) => `<tableColumn${attrs({ id: i + 1, name: header })}/>`);
  return (
    XML_DECLARATION +
    `<table${attrs({ xmlns: NS.main, id, name, displayName: name, ref, totalsRowShown: 0 })}>` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${headers.length}">${columns.join("")}</tableColumns>` +
    // The style Excel gives a new table (as the add-in's tables.add does).
    `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}

/** Table ids are unique across the workbook. */
export function nextTableId(tableXmls: string[]): number {
  const ids = tableXmls.map((xml) =>
    Number(/<(?:\w+:)?table\b[^>]*?\sid="(\d+)"/.exec(xml)?.[1] ?? 0)
  );
  return Math.max(0, ...ids) + 1;
}
