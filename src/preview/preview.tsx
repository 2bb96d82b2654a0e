import { createRoot } from "react-dom/client";
import type { FakeWorkbook } from "../testing/fakeExcel";
import { SheetView } from "./SheetView";

// The workbook half of the preview page; the taskpane half is the real taskpane bundle.
const book = (window as unknown as { __svmiWorkbook: FakeWorkbook }).__svmiWorkbook;
const element = document.getElementById("workbook");
if (element) createRoot(element).render(<SheetView book={book} />);
