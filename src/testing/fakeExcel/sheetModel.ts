/**
 * One sheet of the fake document: sparse cells keyed by position, per-cell formats and links,
 * merges, validation, conditional formats, charts and onChanged handlers; plus the records these
 * hold. The workbook (workbookModel.ts) owns the sheets and changes them through this.
 */
import {
  type Area,
  type CellValue,
  MAX_COLUMNS,
  NotModelledError,
  cellCount,
  clone,
  contains,
} from "./address";

export type ChangeSource = "Local" | "Remote";
/**
 * Format operations (a format property set on a range, a conditional format or a check added),
 * counted for the bench and the tests of what a re-score writes.
 */
export const formatOperations = { count: 0 };

export interface WorksheetChangedArgs {
  type: "WorksheetChanged";
  address: string;
  source: ChangeSource;
  changeType: string;
  worksheetId: string;
  triggerSource: "ThisLocalAddin" | "Unknown";
}
export type ChangedHandler = (args: WorksheetChangedArgs) => unknown;

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  numberFormat?: string;
}
/** What Excel reports for a cell nobody formatted (fill "#FFFFFF" stands for "no fill"). */
export const DEFAULT_FORMAT: Required<CellFormat> = {
  bold: false,
  italic: false,
  size: 11,
  fontColor: "#000000",
  fill: "#FFFFFF",
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  numberFormat: "General",
};
export const DEFAULT_COLUMN_WIDTH = 48;

export interface Hyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}
export interface Ref {
  sheet: SheetModel;
  area: Area;
}
export interface Validation {
  area: Area;
  rule?: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
}
export interface ConditionalFormat {
  area: Area;
  type: string;
  rule?: { operator: string; text: string };
  /** A "Custom" rule's formula, e.g. =$H7="Done". */
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  strikethrough?: boolean;
}
export interface SeriesModel {
  name: string;
  values?: Ref;
  xAxis?: Ref;
  lineColor?: string;
  markerBackgroundColor?: string;
  markerForegroundColor?: string;
  /** A bar's fill (ChartFill.setSolidColor). */
  fillColor?: string;
}
export interface ChartModel {
  sheet: SheetModel;
  name: string;
  type: string;
  title: string;
  legend: { position: string; visible: boolean };
  series: SeriesModel[];
  valueAxis: { minimum?: number; maximum?: number; majorUnit?: number };
  categoryAxis?: { reversePlotOrder: boolean };
  position?: { start: string; end?: string };
  deleted?: boolean;
}

export const key = (row: number, column: number) => row * MAX_COLUMNS + column;
export const rowOf = (k: number) => Math.floor(k / MAX_COLUMNS);
export const colOf = (k: number) => k % MAX_COLUMNS;
const inArea = (k: number, a: Area) =>
  rowOf(k) >= a.row &&
  rowOf(k) < a.row + a.rows &&
  colOf(k) >= a.column &&
  colOf(k) < a.column + a.columns;
/** The keys of `map` inside `area`, without walking a whole-sheet area cell by cell. */
export function keysIn<V>(map: Map<number, V>, area: Area): number[] {
  if (cellCount(area) > map.size) return [...map.keys()].filter((k) => inArea(k, area));
  const keys: number[] = [];
  for (let r = area.row; r < area.row + area.rows; r++)
    for (let c = area.column; c < area.column + area.columns; c++)
      if (map.has(key(r, c))) keys.push(key(r, c));
  return keys;
}

export class SheetModel {
  cells = new Map<number, CellValue>();
  /**
   * Formulas written, by cell. Not calculated: such a cell's value is the formula's text. A cell
   * whose value no longer is that text (cleared, typed over, moved) has no formula any more.
   */
  formulas = new Map<number, string>();
  formula(row: number, column: number): CellValue {
    const k = key(row, column);
    const text = this.formulas.get(k);
    const value = this.cells.get(k) ?? "";
    return text !== undefined && value === text ? text : value;
  }
  formats = new Map<number, CellFormat>();
  links = new Map<number, Hyperlink>();
  columnWidths = new Map<number, number>();
  merges: Area[] = [];
  validations: Validation[] = [];
  /** Highest priority first (Office.js adds new rules at the top). */
  conditionalFormats: ConditionalFormat[] = [];
  charts: ChartModel[] = [];
  freezeRows = 0;
  pageLayout: {
    orientation: string;
    zoom: Record<string, unknown>;
    printTitleRows?: string;
    printArea?: string;
  } = {
    orientation: "Portrait",
    zoom: { scale: 100 },
  };
  showGridlines = true;
  /** Review > Protect Sheet: the fake only reports it (WorksheetProtection.protected). */
  protected = false;
  showHeadings = true;
  visibility = "Visible";
  handlers = new Set<ChangedHandler>();
  selection: Area = { row: 0, column: 0, rows: 1, columns: 1 };
  deleted = false;
  constructor(
    public name: string,
    readonly id: string
  ) {}

  value(row: number, column: number): CellValue {
    return this.cells.get(key(row, column)) ?? "";
  }
  values(area: Area): CellValue[][] {
    return Array.from({ length: area.rows }, (_, r) =>
      Array.from({ length: area.columns }, (_, c) => this.value(area.row + r, area.column + c))
    );
  }
  format(row: number, column: number): Required<CellFormat> {
    return { ...DEFAULT_FORMAT, ...this.formats.get(key(row, column)) };
  }
  columnWidth(column: number): number {
    return this.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }
  link(row: number, column: number): Hyperlink | undefined {
    return this.links.get(key(row, column));
  }
  setFormat(area: Area, patch: CellFormat): void {
    formatOperations.count += 1;
    if (cellCount(area) > 2_000_000)
      throw new NotModelledError("formatting more than 2,000,000 cells at once");
    for (let r = area.row; r < area.row + area.rows; r++)
      for (let c = area.column; c < area.column + area.columns; c++)
        this.formats.set(key(r, c), { ...this.formats.get(key(r, c)), ...patch });
  }
  setLink(area: Area, link: Hyperlink | undefined): void {
    for (let r = area.row; r < area.row + area.rows; r++)
      for (let c = area.column; c < area.column + area.columns; c++) {
        if (!link) {
          this.links.delete(key(r, c));
          continue;
        }
        this.links.set(key(r, c), clone(link));
        const shown =
          link.textToDisplay ??
          (this.value(r, c) === "" ? (link.documentReference ?? link.address) : undefined);
        if (shown !== undefined) this.cells.set(key(r, c), shown);
      }
  }
  /** The bounding box of cells with values (and, unless valuesOnly, with formats or links). */
  used(valuesOnly: boolean): Area | undefined {
    const keys = [
      ...this.cells.keys(),
      ...(valuesOnly ? [] : [...this.formats.keys(), ...this.links.keys()]),
    ];
    if (keys.length === 0) return undefined;
    const rows = keys.map(rowOf);
    const cols = keys.map(colOf);
    const [r1, c1] = [Math.min(...rows), Math.min(...cols)];
    return {
      row: r1,
      column: c1,
      rows: Math.max(...rows) - r1 + 1,
      columns: Math.max(...cols) - c1 + 1,
    };
  }
  /** The sheet's fill and font colour for a cell once conditional formats apply (for the preview). */
  displayFormat(row: number, column: number): Required<CellFormat> {
    const shown = this.format(row, column);
    const text = String(this.value(row, column)).toLowerCase();
    let [fill, font] = [false, false];
    for (const cf of this.conditionalFormats) {
      if (!cf.rule || !contains(cf.area, { row, column, rows: 1, columns: 1 })) continue;
      const wanted = cf.rule.text.toLowerCase();
      const hit = {
        BeginsWith: text.startsWith(wanted),
        EndsWith: text.endsWith(wanted),
        Contains: text.includes(wanted),
        NotContains: !text.includes(wanted),
      }[cf.rule.operator];
      if (!hit) continue;
      if (cf.fill && !fill) [shown.fill, fill] = [cf.fill, true];
      if (cf.fontColor && !font) [shown.fontColor, font] = [cf.fontColor, true];
    }
    return shown;
  }
}
