import * as React from "react";
import { cellAddress } from "../core/workbook/sheetSpec";
import type { FakeWorkbook, SheetView } from "../testing/fakeExcel";
import { type Area, columnLetters } from "../testing/fakeExcel/address";
import { CellContent, listRules } from "./cellControls";
import { cellStyle } from "./cellStyle";
import { radarFigures } from "./chartData";
import { RadarChart } from "./RadarChart";
import { type Box, chartArea, measure } from "./placement";
import { areaOf, inside } from "./references";

/**
 * One sheet drawn as Excel shows it: column letters and row numbers (unless the sheet hides its
 * headings), every used column at its own width, cell formats, merges, gridlines (unless hidden),
 * the selection outlined, and charts over the cells they cover. Zoom scales it all.
 */

/** An empty sheet still shows a screenful of cells, as Excel does. */
const MIN_ROWS = 20;
const MIN_COLUMNS = 8;
/** Far enough for any sheet of the add-in's; a selection of whole rows or columns is cut here. */
const MAX_ROWS = 2000;
const MAX_COLUMNS = 200;
/** Excel's columnWidth is in points; a screen shows 96 pixels for 72 points. */
const px = (points: number) => Math.round((points * 4) / 3);
const DEFAULT_WIDTH = 48;
/** Excel's default chart: 5 by 3 inches, when one is placed by its top-left cell alone. */
const DEFAULT_CHART = { width: 480, height: 288 };

export interface SheetGridProps {
  book: FakeWorkbook;
  sheet: SheetView;
  selection?: Area;
  /** Changes each time cells are selected, the same ones again included (FakeWorkbook.selectionCount). */
  selected: number;
  zoom: number;
  edit(row: number, column: number, value: string): void;
  go(sheet: string, address: string): void;
  select(address: string): void;
}

export function SheetGrid(props: SheetGridProps) {
  const { book, sheet, selection, selected, zoom, edit, go, select } = props;
  const table = React.useRef<HTMLTableElement>(null);
  const [boxes, setBoxes] = React.useState<{ selection?: Box; charts: (Box | undefined)[] }>({
    charts: [],
  });
  const scrolledTo = React.useRef("");
  const { values } = sheet;
  const charts = sheet.charts.map((chart) => ({ chart, area: chartArea(chart.position) }));
  const ends = [
    ...charts.flatMap((c) => (c.area ? [c.area] : [])),
    ...(selection ? [selection] : []),
  ];
  const fits = (n: number, cap: number) => (n <= cap ? n : 0);
  const rowCount = Math.max(
    MIN_ROWS,
    values.length,
    ...ends.map((a) => fits(a.row + a.rows, MAX_ROWS))
  );
  const columnCount = Math.max(
    MIN_COLUMNS,
    values[0]?.length ?? 0,
    ...ends.map((a) => fits(a.column + a.columns, MAX_COLUMNS))
  );
  const lists = listRules(book, sheet);
  const merges = sheet.merges.flatMap((m) => areaOf(m) ?? []);
  const widths = Array.from({ length: columnCount }, (_, c) =>
    px(sheet.columnWidths[columnLetters(c)] ?? DEFAULT_WIDTH)
  );

  // Fixed widths, so a column is as wide as Excel shows it whatever it holds.
  const heading = sheet.showHeadings ? 40 : 0;
  const selectionKey = `${sheet.name}!${selected}`;
  React.useLayoutEffect(() => {
    const next = {
      selection: selection && measure(table.current, selection),
      charts: charts.map((c) => (c.area ? measure(table.current, c.area) : undefined)),
    };
    if (JSON.stringify(next) !== JSON.stringify(boxes)) setBoxes(next);
    // A selection made is brought into view, as Excel scrolls to it; later redraws leave the scroll
    // alone. Another sheet starts from its top-left corner, then goes to its selection.
    if (selection && scrolledTo.current !== selectionKey) {
      if (!scrolledTo.current.startsWith(`${sheet.name}!`))
        table.current?.closest(".sheet-scroll")?.scrollTo(0, 0);
      scrolledTo.current = selectionKey;
      const cell = table.current?.querySelector(
        `[data-cell="${cellAddress(selection.row, selection.column)}"]`
      );
      cell?.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  });

  const row = (r: number) => {
    const line = values[r] ?? [];
    const cells: React.ReactNode[] = [];
    for (let c = 0; c < columnCount; c++) {
      const merge = merges.find((m) => inside(m, r, c));
      if (merge && (merge.row !== r || merge.column !== c)) continue; // covered by its merge's first cell
      const address = cellAddress(r, c);
      const spills = line[c + 1] === undefined || line[c + 1] === "";
      const format = sheet.displayFormat(address);
      cells.push(
        <td
          key={c}
          data-cell={address}
          rowSpan={merge ? Math.min(merge.rows, rowCount - r) : undefined}
          colSpan={merge ? Math.min(merge.columns, columnCount - c) : undefined}
          style={cellStyle(format, line[c], spills)}
          onClick={() => select(address)}
          onFocus={() => select(address)}
        >
          <CellContent
            sheet={sheet}
            lists={lists}
            row={r}
            column={c}
            address={address}
            edit={(value) => edit(r, c, value)}
            go={go}
          />
        </td>
      );
    }
    return (
      <tr key={r}>
        <th scope="row">{r + 1}</th>
        {cells}
      </tr>
    );
  };

  const classes = [
    "grid",
    sheet.showGridlines ? "" : "no-gridlines",
    sheet.showHeadings ? "" : "no-headings",
  ];
  return (
    <div className="sheet" style={{ zoom: zoom / 100 }}>
      <table
        ref={table}
        className={classes.join(" ").trim()}
        style={{ width: heading + widths.reduce((a, b) => a + b, 0) }}
        aria-label={`Sheet ${sheet.name}`}
      >
        <colgroup>
          <col style={{ width: heading }} />
          {widths.map((w, c) => (
            <col key={c} style={{ width: w }} />
          ))}
        </colgroup>
        <thead aria-hidden={!sheet.showHeadings || undefined}>
          <tr>
            <td className="corner" />
            {widths.map((_, c) => (
              <th key={c} scope="col">
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{Array.from({ length: Math.min(rowCount, MAX_ROWS) }, (_, r) => row(r))}</tbody>
      </table>
      {boxes.selection && (
        <div
          className={
            selection && selection.rows * selection.columns > 1 ? "selection many" : "selection"
          }
          style={boxes.selection}
          aria-hidden
        />
      )}
      {charts.map(({ chart }, i) => {
        // Placed by start and end cell: it covers them. By its start cell alone: Excel's default size.
        const box = boxes.charts[i];
        const frame =
          box && (chart.position?.end ? box : { ...DEFAULT_CHART, left: box.left, top: box.top });
        const { width, height } = frame ?? DEFAULT_CHART;
        return (
          <div key={chart.name} className={frame ? "chart placed" : "chart"} style={frame}>
            {/^radar/i.test(chart.type) ? (
              <RadarChart figures={radarFigures(book, chart)} width={width} height={height} />
            ) : (
              <p>
                {chart.title || chart.name}: a {chart.type} chart, which the preview does not draw.
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
