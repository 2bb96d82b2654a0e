import { connectToExcel, EXCEL_API_FLOOR, HostStartError } from "../../src/office/host";
import { createFakeExcel, FakeWorkbook } from "../../src/testing/fakeExcel";

/** host.ts: the pane's start-up, and what it says when it cannot start. */

function office(host: string | null, supported = true, ready?: Promise<unknown>) {
  const requirements = { isSetSupported: jest.fn(() => supported) };
  return {
    onReady: () => ready ?? Promise.resolve({ host, platform: "PC" }),
    HostType: { Excel: "Excel" },
    context: { requirements },
  } as unknown as typeof Office;
}
const excel = () => createFakeExcel(new FakeWorkbook()) as unknown as typeof Excel;

describe("connectToExcel", () => {
  it("hands over the API once Office.js is ready inside Excel", async () => {
    // detectCapabilities reads the global Office, as in the pane.
    const inExcel = office("Excel");
    (globalThis as { Office?: unknown }).Office = inExcel;
    const { api, missing } = await connectToExcel({ Office: inExcel, Excel: excel() }).finally(
      () => delete (globalThis as { Office?: unknown }).Office
    );
    expect(typeof api.rescore).toBe("function");
    expect(missing).toEqual([]);
  });

  it("says Office.js was blocked when it is not there", async () => {
    await expect(connectToExcel({})).rejects.toThrow(/Office\.js did not load.*appsforoffice/);
  });

  it("says to open it from Excel when the page runs in a browser tab", async () => {
    await expect(connectToExcel({ Office: office(null) })).rejects.toThrow(
      /only works inside Excel.*svmi command line/
    );
  });

  it("names the Excel API floor when the host is too old", async () => {
    const old = office("Excel", false);
    const started = connectToExcel({ Office: old, Excel: excel() });
    await expect(started).rejects.toBeInstanceOf(HostStartError);
    await expect(started).rejects.toThrow(`Excel API ${EXCEL_API_FLOOR}`);
    expect(old.context.requirements.isSetSupported).toHaveBeenCalledWith(
      "ExcelApi",
      EXCEL_API_FLOOR
    );
  });

  it("gives up with a message when Excel never answers", async () => {
    const silent = office("Excel", true, new Promise(() => undefined));
    await expect(connectToExcel({ Office: silent, Excel: excel() }, 20)).rejects.toThrow(
      /did not answer/
    );
  });
});
