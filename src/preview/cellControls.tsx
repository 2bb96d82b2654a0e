import * as React from "react";
import { INPUT_FILL } from "../core/workbook/palette";
import type { FakeWorkbook, SheetView } from "../testing/fakeExcel";
import { type Area, splitReference } from "../testing/fakeExcel/address";
import { type Cell, areaOf, inside, readReference } from "./references";

/**
 * What each cell of the sheet view offers a person: a dropdown where the sheet has list
 * validation, a text box in the cells the add-in fills as inputs, a link where it put one, plain
 * text elsewhere. Edits go to FakeWorkbook.userEdit, so the taskpane hears them as it would hear Excel.
 */

export interface ListRule {
  area: Area;
  options: string[];
}

/**
 * The options of every list rule on the sheet, resolved once per drawing. A source is a reference
 * (='SVMI Lists'!$B$5:$F$5, or a defined name) or, as the add-in writes short lists, the items
 * themselves ("Not started,In progress,Done").
 */
export function listRules(book: FakeWorkbook, sheet: SheetView): ListRule[] {
  return sheet.validations.flatMap((v) => {
    const source = (v.rule as { list?: { source?: unknown } } | undefined)?.list?.source;
    const area = areaOf(v.address);
    if (typeof source !== "string" || !area) return [];
    const cells = readReference(book, source, source.startsWith("=") ? sheet.name : undefined);
    const items = cells
      ? cells.flat().map((c) => String(c ?? ""))
      : source.startsWith("=")
        ? [] // a reference to nowhere (#REF!): Excel offers nothing either
        : source.split(",");
    return [{ area, options: items.map((o) => o.trim()).filter(Boolean) }];
  });
}

/** Shows a value as Excel would under its number format (the fake keeps values, not displays). */
export function display(value: Cell, numberFormat: string): string {
  if (typeof value === "number" && /y/.test(numberFormat))
    return new Date(Date.UTC(1899, 11, 30) + value * 86_400_000).toISOString().slice(0, 10);
  if (typeof value === "number" && /%$/.test(numberFormat)) return `${Math.round(value * 100)}%`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value ?? "");
}

export interface CellProps {
  sheet: SheetView;
  lists: ListRule[];
  row: number;
  column: number;
  address: string;
  /** Sends a typed value or a pick to the workbook. */
  edit(value: string): void;
  /** Follows a link to a place in the workbook. */
  go(sheet: string, address: string): void;
}

/** The control for one cell, by what the add-in made of it. */
export function CellContent({ sheet, lists, row, column, address, edit, go }: CellProps) {
  const label = `${sheet.name} ${address}`;
  const format = sheet.format(address);
  const shown = display(sheet.value(address), format.numberFormat);
  const list = lists.find((l) => inside(l.area, row, column));
  if (list) {
    // A value typed over the list (Excel allows it when the alert is off) is still shown.
    const options =
      list.options.includes(shown) || !shown ? list.options : [shown, ...list.options];
    return (
      <select aria-label={label} value={shown} onChange={(e) => edit(e.target.value)}>
        <option value="">(blank)</option>
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    );
  }
  const link = sheet.hyperlinks[address];
  if (link?.documentReference || link?.address) {
    const follow = (e: React.MouseEvent) => {
      if (!link.documentReference) return;
      e.preventDefault(); // a place in the workbook: go there, as Excel does
      const { sheet: target = sheet.name, address: cell } = splitReference(link.documentReference);
      go(target, cell);
    };
    return (
      <a
        href={link.address ?? "#"}
        title={link.screenTip}
        onClick={follow}
        target="_blank"
        rel="noreferrer"
      >
        {shown}
      </a>
    );
  }
  const isInput =
    format.fill.toUpperCase() === INPUT_FILL.toUpperCase() && !sheet.formulas[address];
  if (isInput)
    return <TextCell key={`${label}=${shown}`} label={label} value={shown} commit={edit} />;
  return <>{shown}</>;
}

/** A cell to type in: the value goes to the workbook on Enter or leaving the cell, Esc undoes. */
function TextCell({
  label,
  value,
  commit,
}: {
  label: string;
  value: string;
  commit(v: string): void;
}) {
  return (
    <input
      aria-label={label}
      defaultValue={value}
      onKeyDown={(e) => {
        if (e.key === "Escape") e.currentTarget.value = value;
        if (e.key === "Enter" || e.key === "Escape") e.currentTarget.blur();
      }}
      // Only a change is sent: an unchanged cell left behind must not look like an edit (a re-score).
      onBlur={(e) => e.currentTarget.value !== value && commit(e.currentTarget.value)}
    />
  );
}
