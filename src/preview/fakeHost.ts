import { createFakeExcel, FakeWorkbook } from "../testing/fakeExcel";

/**
 * Loaded before the taskpane in the browser test and the preview: a simulated workbook in place of
 * Excel. `window.__svmiWorkbook` lets the test (or the preview's sheet view) read and edit it.
 */
const workbook = new FakeWorkbook();
const host = window as unknown as { Excel: unknown; __svmiWorkbook: FakeWorkbook };
host.Excel = createFakeExcel(workbook);
host.__svmiWorkbook = workbook;
