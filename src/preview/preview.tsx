import { createRoot } from "react-dom/client";
import type { FakeWorkbook } from "../testing/fakeExcel";
import { setUpPaneWidth } from "./paneWidth";
import { SheetView } from "./SheetView";

// The workbook half of the preview page and its width picker; the taskpane half is the real
// taskpane bundle.
setUpPaneWidth(window);
const book = (window as unknown as { __svmiWorkbook: FakeWorkbook }).__svmiWorkbook;
const element = document.getElementById("workbook");
if (element) createRoot(element).render(<SheetView book={book} />);
