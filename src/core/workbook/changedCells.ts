import { drawnCells, hashOf } from "./keptContent";
import { cellAddress, parseAddress, type CellValue, type SheetSpec } from "./sheetSpec";
import type { Grid } from "./snapshot";

/**
 * Redrawing only what changed. A live re-score after one answer changes a few cells of Results,
 * the Action Plan and the tracker, not their layout: when a sheet's layout (everything in its spec
 * but the values and the chart's cached numbers) is the one drawn last time, the cells whose
 * values differ are all there is to write.
 */

export interface CellChange {
  row: number;
  column: number;
  value: CellValue;
}

/** A short hash of a spec's layout, recorded with the drawing ("shape~…" in its record). */
export function shapeOf(spec: SheetSpec): string {
  const { chart } = spec;
  const chartLayout = chart && { ...chart, categories: undefined, series: chart.series.length };
  // Everything but the values, the sheet's name and the chart's cached numbers.
  const layout = { ...spec, values: undefined, name: undefined, chart: chartLayout };
  // A growable layout (rows added at the end) has the same shape whatever its number of rows.
  const rowCounts = (key: string, value: unknown) =>
    spec.growable && key === "rows" ? undefined : value;
  return hashOf(
    JSON.stringify({ ...layout, rows: spec.growable ? 0 : spec.values.length }, rowCounts)
  );
}

/** The record key the shape is kept under (not a cell address, so no cell is ever taken for it). */
export const SHAPE_KEY = "shape";

/**
 * The cells of `spec` whose values differ from what the sheet holds now (`grid`, from A1), and
 * the cells the sheet holds that `spec` leaves blank; dates compare as Excel holds them.
 */
export function changedCells(spec: SheetSpec, grid: Grid): CellChange[] {
  const drawn = drawnCells(spec);
  const changes: CellChange[] = [];
  const held = (row: number, column: number): unknown => grid[row]?.[column] ?? "";
  for (const [address, value] of drawn) {
    const at = parseAddress(address)!;
    if (!same(held(at.row, at.column), value))
      changes.push({ row: at.row, column: at.column, value: spec.values[at.row][at.column] });
  }
  grid.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === "" || value === null || value === undefined) return;
      if (!drawn.has(cellAddress(r, c))) changes.push({ row: r, column: c, value: "" });
    })
  );
  return changes;
}

function same(held: unknown, value: CellValue): boolean {
  if (held === value) return true;
  // Excel hands numbers back as numbers and booleans as booleans; text typed as a number does too.
  return typeof value === "number" ? Number(held) === value : String(held) === String(value);
}
