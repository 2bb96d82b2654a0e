import * as React from "react";
import { cellAddress } from "../core/workbook/sheetSpec";
import type { FakeWorkbook } from "../testing/fakeExcel";
import { display } from "./cellControls";
import { areaOf } from "./references";
import { SheetGrid } from "./SheetGrid";

/**
 * The simulated workbook of `npm run preview`, as Excel's window shows it: the name box and the
 * selected cell's content, the active sheet (with its selection, zoom, gridlines and headings, as
 * the taskpane left them) and the sheet tabs. Clicking a tab or a cell acts on the fake as a person
 * would (FakeWorkbook.userSelect, userEdit), so the taskpane and the view always agree.
 */
export const SheetView: React.FC<{ book: FakeWorkbook }> = ({ book }) => {
  const [, setTick] = React.useState(0);
  const [problem, setProblem] = React.useState<string>();
  const redraw = () => setTick((t) => t + 1);
  React.useEffect(() => {
    const timer = setInterval(redraw, 300); // the fake has no change feed for views
    return () => clearInterval(timer);
  }, []);
  /** Runs a person's action on the fake; what it refuses (a formula typed, say) is shown, not thrown. */
  const act = (action: () => unknown) => {
    try {
      setProblem(undefined);
      void Promise.resolve(action()).catch((e: unknown) => setProblem(String(e)));
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
    redraw();
  };

  const visible = book.sheetNames.filter((name) => book.sheet(name).visibility === "Visible");
  const current = book.activeSheet;
  const sheet = book.sheet(current);
  const selection = areaOf(book.selection.address);
  const active = selection && cellAddress(selection.row, selection.column);
  const content = active
    ? display(sheet.formulas[active] ?? sheet.value(active), sheet.format(active).numberFormat)
    : "";

  return (
    <div className="workbook">
      <div className="formula-bar">
        <output aria-label="Name box">{active}</output>
        <output aria-label="Formula bar">{content}</output>
      </div>
      <div
        className="sheet-scroll"
        role="tabpanel"
        tabIndex={0}
        aria-labelledby={`sheet-tab-${visible.indexOf(current)}`}
      >
        <SheetGrid
          book={book}
          sheet={sheet}
          selection={selection}
          selected={book.selectionCount}
          zoom={book.zoom}
          edit={(row, column, value) =>
            act(() => book.userEdit(current, cellAddress(row, column), value))
          }
          go={(name, address) => act(() => book.userSelect(name, address))}
          select={(address) =>
            book.selection.address !== address && act(() => book.userSelect(current, address))
          }
        />
      </div>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      <div className="status-bar">
        <div role="tablist" aria-label="Sheets">
          {visible.map((name, i) => (
            <button
              key={name}
              id={`sheet-tab-${i}`}
              role="tab"
              aria-selected={name === current}
              onClick={() => act(() => book.userSelect(name))}
            >
              {name}
            </button>
          ))}
        </div>
        <output aria-label="Zoom">{book.zoom}%</output>
      </div>
    </div>
  );
};
