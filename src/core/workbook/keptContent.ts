import { DRAWN_RECORD } from "./names";
import { cellAddress, type CellValue, type SheetSpec } from "./sheetSpec";

/**
 * What a re-score does with what people typed on the sheets svmi draws (Results, Action Plan,
 * Action Tracker): nothing typed is ever dropped in silence.
 *
 * Each drawing records the cells it wrote and a short hash of each value (in the lists sheet). On
 * the next re-score an old cell is svmi's own, and redrawn, only if the record says svmi wrote that
 * very value there. Anything else is the user's: kept where it is when the new drawing leaves that
 * cell free, otherwise moved to a "Kept by svmi" block below the drawing, and reported.
 */

/** A cell as found on the sheet before redrawing: its value (a formula's cached result) and formula. */
export interface FoundCell {
  row: number;
  column: number;
  value: CellValue;
  formula?: string;
}

export interface KeptCell {
  /** Where the user's cell was. */
  from: FoundCell;
  /** Where it goes: its own place, or a row of the kept block. */
  row: number;
  column: number;
  /**
   * False when the user typed over a cell svmi drew: its formatting was svmi's (a title's large
   * bold type) and does not travel with the text to the kept block.
   */
  ownFormat: boolean;
}

export interface KeepPlan {
  /** The user's cells, at their new places (most stay where they were). */
  cells: KeptCell[];
  /** Labels of the kept block: its title and, per moved cell, where it came from. */
  labels: { row: number; column: number; text: string; title?: boolean }[];
  /** One sentence for the user when something had to move; undefined when nothing did. */
  notice?: string;
}

export const KEPT_TITLE = "Kept by svmi";

/** Excel cells hold at most 32,767 characters: a long record is split over several cells. */
const CELL_LIMIT = 32_000;

/** The cells a drawing writes, with the value each will read back as. */
export function drawnCells(spec: SheetSpec): Map<string, CellValue> {
  // Date formats are few and cover few areas: looked up per cell rather than spread over a map.
  const dateAreas = spec.styles.filter((s) => s.style.numberFormat?.includes("yy"));
  const isDate = (row: number, column: number) =>
    dateAreas.some(
      (a) =>
        row >= a.row && row < a.row + a.rows && column >= a.column && column < a.column + a.columns
    );
  const cells = new Map<string, CellValue>();
  spec.values.forEach((values, row) =>
    values.forEach((value, column) => {
      if (value === null || value === undefined || value === "") return;
      const serial =
        typeof value === "string" && isDate(row, column) ? dateSerial(value) : undefined;
      cells.set(cellAddress(row, column), serial ?? value);
    })
  );
  return cells;
}

/** The record of a drawing: "A1~k3j9 B1~02xz …" (address and hash of each cell drawn). */
export function drawnRecord(spec: SheetSpec): string {
  return [...drawnCells(spec)].map(([address, value]) => `${address}~${hashOf(value)}`).join(" ");
}

/** A record read back; undefined when there is none (a sheet drawn by an earlier svmi: all ours). */
export function parseDrawnRecord(text: unknown): Map<string, string> | undefined {
  if (typeof text !== "string" || text.trim() === "") return undefined;
  const record = new Map<string, string>();
  for (const entry of text.trim().split(/\s+/)) {
    const [address, hash] = entry.split("~");
    if (address && hash) record.set(address, hash);
  }
  return record;
}

/**
 * Decides what happens to each old cell of a sheet about to be redrawn with `spec`. `record` is
 * the previous drawing's record (undefined: a sheet from before records, all svmi's).
 */
export function planKeptCells(
  found: readonly FoundCell[],
  record: Map<string, string> | undefined,
  spec: SheetSpec,
  sheetName: string
): KeepPlan {
  const drawn = drawnCells(spec);
  const blocked = blockedCells(spec);
  const earlier = earlierKeptBlocks(found);
  const stay: KeptCell[] = [];
  const move: FoundCell[] = [];
  for (const cell of found) {
    if (isBlank(cell) || earlier.labels.has(cell)) continue;
    const address = cellAddress(cell.row, cell.column);
    const redrawn = drawn.get(address);
    const same = redrawn !== undefined && sameValue(redrawn, cell.value);
    // Redrawn as it was: only a formula behind the value is the user's to keep.
    if (same) {
      if (cell.formula !== undefined)
        stay.push({ from: cell, row: cell.row, column: cell.column, ownFormat: true });
      continue;
    }
    const ours =
      cell.formula === undefined &&
      (record === undefined || record.get(address) === hashOf(cell.value));
    if (ours) continue;
    if (redrawn === undefined && !blocked.has(address))
      stay.push({ from: cell, row: cell.row, column: cell.column, ownFormat: true });
    else move.push(cell);
  }
  // An earlier kept block whose cells stay keeps its title and labels (they are redrawn).
  const free = (row: number, column: number) =>
    !drawn.has(cellAddress(row, column)) && !blocked.has(cellAddress(row, column));
  const labels: KeepPlan["labels"] = [];
  const stayingRows = new Set(stay.map((c) => c.row));
  for (const block of earlier.blocks) {
    const kept = block.entries.filter((e) => stayingRows.has(e.row) && free(e.row, 0));
    if (kept.length > 0 && free(block.titleRow, 0))
      labels.push({ row: block.titleRow, column: 0, text: block.title, title: true });
    for (const e of kept) labels.push({ row: e.row, column: 0, text: `From ${e.origin}` });
  }
  if (move.length === 0) return { cells: stay, labels };
  const lastRow = Math.max(
    spec.values.length - 1,
    ...stay.map((c) => c.row),
    ...labels.map((l) => l.row),
    ...[...blocked].map(rowOf)
  );
  const top = lastRow + 2;
  // A cell that was already in a kept block is labelled with where it first came from.
  const origin = (cell: FoundCell) =>
    earlier.origins.get(cell) ?? cellAddress(cell.row, cell.column);
  labels.push(
    {
      row: top,
      column: 0,
      text: `${KEPT_TITLE}: what was typed in cells this re-score needed, moved here so nothing is lost`,
      title: true,
    },
    ...move.map((cell, i) => ({ row: top + 1 + i, column: 0, text: `From ${origin(cell)}` }))
  );
  const drewThere = (cell: FoundCell) => record?.has(cellAddress(cell.row, cell.column)) ?? false;
  const moved = move.map((cell, i) => ({
    from: cell,
    row: top + 1 + i,
    column: 1,
    ownFormat: !drewThere(cell),
  }));
  const addresses = move.map(origin);
  const shown =
    addresses.length > 6 ? `${addresses.slice(0, 6).join(", ")}…` : addresses.join(", ");
  return {
    cells: [...stay, ...moved],
    labels,
    notice: `${sheetName}: ${move.length} cell${move.length === 1 ? "" : "s"} you typed where the new layout writes (${shown}) moved to ${cellAddress(top, 0)} ("${KEPT_TITLE}").`,
  };
}

const FROM_LABEL = /^From ([A-Z]{1,3}\d+)$/;

/**
 * Kept blocks an earlier re-score wrote: each title (column A, "Kept by svmi: …"), the "From X"
 * labels below it, and the cells beside them with where they first came from. The titles and
 * labels are svmi's, not the user's; the cells are the user's.
 */
function earlierKeptBlocks(found: readonly FoundCell[]): {
  labels: Set<FoundCell>;
  origins: Map<FoundCell, string>;
  blocks: { titleRow: number; title: string; entries: { row: number; origin: string }[] }[];
} {
  const labels = new Set<FoundCell>();
  const origins = new Map<FoundCell, string>();
  const blocks: { titleRow: number; title: string; entries: { row: number; origin: string }[] }[] =
    [];
  const at = new Map(found.map((c) => [`${c.row},${c.column}`, c]));
  const titles = found
    .filter((c) => c.column === 0 && String(c.value ?? "").startsWith(KEPT_TITLE))
    .sort((a, b) => a.row - b.row);
  for (const title of titles) {
    labels.add(title);
    const block = {
      titleRow: title.row,
      title: String(title.value),
      entries: [] as { row: number; origin: string }[],
    };
    for (let row = title.row + 1; ; row++) {
      const label = at.get(`${row},0`);
      const match =
        label && label.formula === undefined && FROM_LABEL.exec(String(label.value ?? ""));
      if (!label || !match) break;
      labels.add(label);
      const cell = at.get(`${row},1`);
      if (cell) origins.set(cell, match[1]);
      block.entries.push({ row, origin: match[1] });
    }
    blocks.push(block);
  }
  return { labels, origins, blocks };
}

/** Cells the drawing needs free even when it writes no value there: merges and table headers. */
function blockedCells(spec: SheetSpec): Set<string> {
  const blocked = new Set<string>();
  for (const m of spec.merges ?? []) {
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.column; c < m.column + m.columns; c++) blocked.add(cellAddress(r, c));
  }
  if (spec.table) {
    const { row, column, columns } = spec.table.area;
    for (let c = column; c < column + columns; c++) blocked.add(cellAddress(row, c));
  }
  return blocked;
}

function rowOf(address: string): number {
  return Number(/\d+$/.exec(address)?.[0] ?? 1) - 1;
}

function isBlank(cell: FoundCell): boolean {
  return cell.formula === undefined && (cell.value === null || cell.value === "");
}

function sameValue(a: CellValue, b: CellValue): boolean {
  return a === b || String(a) === String(b);
}

/** A short hash of a value as text (FNV-1a, four base-36 digits): enough to tell an edit. */
export function hashOf(value: CellValue): string {
  const text = String(value ?? "");
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 1_679_616).toString(36).padStart(4, "0");
}

/** An ISO date (yyyy-mm-dd) as Excel's day number, as a date-formatted cell stores it. */
export function dateSerial(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Date.UTC rolls 2026-02-30 over into March: a date that does not come back as typed is none.
  if (new Date(time).toISOString().slice(0, 10) !== text) return undefined;
  return Math.round((time - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export type DrawnSheet = (typeof DRAWN_RECORD.sheets)[number];

/**
 * The records of the last drawing, from the lists sheet's values: the record row holds, after its
 * label, each sheet's name ("results"…) followed by the cells its record is split over.
 */
export function drawnRecordsFromLists(
  values: readonly (readonly unknown[])[]
): Partial<Record<DrawnSheet, Map<string, string>>> {
  const row = values.find((r) => String(r[0] ?? "").trim() === DRAWN_RECORD.label);
  if (!row) return {};
  const texts: Partial<Record<DrawnSheet, string[]>> = {};
  let current: DrawnSheet | undefined;
  for (const cell of row.slice(1)) {
    const text = String(cell ?? "");
    const sheet = DRAWN_RECORD.sheets.find((s) => s === text);
    if (sheet) texts[(current = sheet)] ??= [];
    else if (current && text) texts[current]!.push(text);
  }
  const records: Partial<Record<DrawnSheet, Map<string, string>>> = {};
  for (const sheet of DRAWN_RECORD.sheets) {
    const record = parseDrawnRecord(texts[sheet]?.join(" "));
    if (record) records[sheet] = record;
  }
  return records;
}

/** The lists sheet row to write after a drawing: each record split into cells Excel can hold. */
export function drawnRecordsRow(records: Partial<Record<DrawnSheet, string>>): string[] {
  const row = [DRAWN_RECORD.label];
  for (const sheet of DRAWN_RECORD.sheets) {
    row.push(sheet);
    let chunk = "";
    for (const entry of (records[sheet] ?? "").split(" ").filter(Boolean)) {
      if (chunk.length + entry.length + 1 > CELL_LIMIT) {
        row.push(chunk);
        chunk = "";
      }
      chunk = chunk ? `${chunk} ${entry}` : entry;
    }
    if (chunk) row.push(chunk);
  }
  return row;
}

/** The drawing with the kept block's labels added (titles bold); they are not in its record. */
export function withKeptLabels(spec: SheetSpec, plan: KeepPlan): SheetSpec {
  if (plan.labels.length === 0) return spec;
  const values = spec.values.map((row) => [...row]);
  for (const { row, column, text } of plan.labels) (values[row] ??= [])[column] = text;
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  const titles = plan.labels
    .filter((l) => l.title)
    .map((l) => ({ row: l.row, column: l.column, rows: 1, columns: 1, style: { bold: true } }));
  return { ...spec, values, styles: [...spec.styles, ...titles] };
}
