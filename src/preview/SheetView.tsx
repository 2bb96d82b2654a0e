import * as React from "react";
import { cellAddress, parseAddress } from "../core/workbook/sheetSpec";
import type { FakeWorkbook } from "../testing/fakeExcel";

const MAX_ROWS = 120;
const MAX_COLUMNS = 9;

type Cell = string | number | boolean | null | undefined;

/** Shows a date serial as Excel would under a date format (the fake keeps values, not displays). */
function display(value: Cell, numberFormat: string): string {
  if (typeof value === "number" && /y/.test(numberFormat)) {
    return new Date(Date.UTC(1899, 11, 30) + value * 86_400_000).toISOString().slice(0, 10);
  }
  return String(value ?? "");
}

/** The options a validated cell offers, read from its list source (='SVMI Lists'!$B$5:$F$5). */
function optionsFor(
  book: FakeWorkbook,
  sheet: ReturnType<FakeWorkbook["sheet"]>,
  row: number,
  column: number
): string[] | undefined {
  for (const v of sheet.validations) {
    const area = parseAddress(v.address);
    const source = (v.rule as { list?: { source?: string } }).list?.source;
    if (
      !area ||
      !source ||
      row < area.row ||
      row >= area.row + area.rows ||
      column < area.column ||
      column >= area.column + area.columns
    )
      continue;
    const match = /^=?'?(.+?)'?!(.+)$/.exec(source);
    const list = match && parseAddress(match[2]);
    if (!match || !list) continue;
    const values = book.sheet(match[1].replace(/''/g, "'")).values;
    return (values[list.row] ?? [])
      .slice(list.column, list.column + list.columns)
      .map(String)
      .filter(Boolean);
  }
  return undefined;
}

/**
 * The simulated workbook of `npm run preview`: sheet tabs and cells, with dropdowns where the
 * add-in put them and free text in the notes columns. Edits go through FakeWorkbook.userEdit, so
 * the taskpane hears them exactly as it would hear Excel.
 */
export const SheetView: React.FC<{ book: FakeWorkbook }> = ({ book }) => {
  const [, setTick] = React.useState(0);
  const [active, setActive] = React.useState<string>();
  React.useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), 300); // the fake has no change feed for views
    return () => clearInterval(timer);
  }, []);
  const visible = book.sheetNames.filter((name) => book.sheet(name).visibility === "Visible");
  const current =
    active && visible.includes(active)
      ? active
      : (visible.find((n) => n !== "Sheet1") ?? visible[0]);
  const sheet = book.sheet(current);
  const rows = sheet.values.slice(0, MAX_ROWS);
  const edit = (row: number, column: number, value: string) =>
    void book.userEdit(current, cellAddress(row, column), value);
  const isNotes = (column: number) =>
    rows.some((r) => r[column] === "Evidence/notes" || r[column] === "Notes");

  return (
    <div className="workbook">
      <div role="tablist" aria-label="Sheets">
        {visible.map((name) => (
          <button
            key={name}
            role="tab"
            aria-selected={name === current}
            onClick={() => setActive(name)}
          >
            {name}
          </button>
        ))}
      </div>
      <table aria-label={`Sheet ${current}`}>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              <th scope="row">{r + 1}</th>
              {Array.from({ length: MAX_COLUMNS }, (_, c) => {
                const value: Cell = row[c];
                const options = optionsFor(book, sheet, r, c);
                // Coloured as Excel would show it: by the sheet's own conditional formats.
                const shown = sheet.displayFormat(cellAddress(r, c));
                const coloured = shown.fill !== sheet.format(cellAddress(r, c)).fill;
                const style = coloured
                  ? { background: shown.fill, color: shown.fontColor }
                  : undefined;
                return (
                  <td key={c} style={style}>
                    {options ? (
                      <select
                        aria-label={`${current} ${cellAddress(r, c)}`}
                        value={String(value ?? "")}
                        onChange={(e) => edit(r, c, e.target.value)}
                      >
                        <option value="">(unanswered)</option>
                        {options.map((o) => (
                          <option key={o}>{o}</option>
                        ))}
                      </select>
                    ) : isNotes(c) &&
                      r > 0 &&
                      rows[r - 1] &&
                      value !== "Evidence/notes" &&
                      value !== "Notes" ? (
                      <input
                        aria-label={`${current} ${cellAddress(r, c)}`}
                        defaultValue={String(value ?? "")}
                        onBlur={(e) => edit(r, c, e.target.value)}
                      />
                    ) : (
                      display(value, sheet.format(cellAddress(r, c)).numberFormat)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
