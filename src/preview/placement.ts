import type { Area } from "../testing/fakeExcel/address";
import { areaOf } from "./references";

/**
 * Where things lie over the drawn sheet (the selection's outline, charts), in the table's own
 * pixels: measured from the drawn headings and rows, so wrapped rows and zoom are allowed for.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where an area of cells lies in the drawn table, measured from its headings and rows. */
export function measure(table: HTMLTableElement | null, area: Area): Box | undefined {
  const heads = table?.tHead?.rows[0]?.cells;
  const rows = table?.tBodies[0]?.rows;
  if (!heads || !rows || area.row >= rows.length || area.column >= heads.length - 1)
    return undefined;
  const [first, last] = [
    heads[area.column + 1],
    heads[Math.min(area.column + area.columns, heads.length - 1)],
  ];
  const [top, bottom] = [rows[area.row], rows[Math.min(area.row + area.rows, rows.length) - 1]];
  return {
    left: first.offsetLeft,
    top: top.offsetTop,
    width: last.offsetLeft + last.offsetWidth - first.offsetLeft,
    height: bottom.offsetTop + bottom.offsetHeight - top.offsetTop,
  };
}

/** The cells a chart covers: from its start cell to its end cell (Chart.setPosition). */
export function chartArea(position?: { start: string; end?: string }): Area | undefined {
  const [start, end] = [position && areaOf(position.start), position?.end && areaOf(position.end)];
  if (!start || !end) return start;
  const [row, column] = [Math.min(start.row, end.row), Math.min(start.column, end.column)];
  const rows = Math.max(start.row + start.rows, end.row + end.rows) - row;
  return {
    row,
    column,
    rows,
    columns: Math.max(start.column + start.columns, end.column + end.columns) - column,
  };
}
