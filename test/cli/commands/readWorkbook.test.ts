import type { CliIo } from "../../../src/cli/commands/cliIo";
import { readWorkbook } from "../../../src/cli/commands/readWorkbook";
import { LIMITS, NotAWorkbookError } from "../../../src/xlsx/package/zipFile";

/** Reads an input workbook's bytes; every reason it cannot is a NotAWorkbookError. */

/** An io whose readBytes answers with `read`; the other calls are not used here. */
function ioReading(read: CliIo["readBytes"]): CliIo {
  return { readBytes: jest.fn(read) } as Partial<CliIo> as CliIo;
}
const failing = (error: Error & { code?: string }) =>
  ioReading(async () => {
    throw error;
  });
const withCode = (code: string) => Object.assign(new Error(`${code}: no`), { code });

describe("readWorkbook", () => {
  it("returns the file's bytes, read with the workbook size limit", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    const io = ioReading(async () => bytes);
    await expect(readWorkbook("in/a.xlsx", io)).resolves.toBe(bytes);
    expect(io.readBytes).toHaveBeenCalledWith("in/a.xlsx", LIMITS.fileBytes);
  });

  it.each([
    ["old.xls", "xls"],
    ["data.CSV", "csv"],
    ["sheet.ods", "ods"],
    ["mac.numbers", "numbers"],
  ])("refuses %s without reading it", async (path, kind) => {
    const io = ioReading(async () => new Uint8Array());
    const read = readWorkbook(path, io);
    await expect(read).rejects.toThrow(NotAWorkbookError);
    await expect(read).rejects.toThrow(
      `is a .${kind} file; the SVMI reads .xlsx workbooks (open it in Excel or LibreOffice and save as .xlsx)`
    );
    expect(io.readBytes).not.toHaveBeenCalled();
  });

  it.each([
    ["ENOENT", "does not exist"],
    ["EACCES", "cannot be read (permission denied)"],
  ])("says what %s means", async (code, message) => {
    const read = readWorkbook("a.xlsx", failing(withCode(code)));
    await expect(read).rejects.toThrow(NotAWorkbookError);
    await expect(read).rejects.toThrow(new NotAWorkbookError(message));
  });

  it("passes on any other reason as it was given", async () => {
    const read = readWorkbook(
      "big.xlsx",
      failing(new Error("is 60 MB; files over 50 MB are refused"))
    );
    await expect(read).rejects.toThrow(NotAWorkbookError);
    await expect(read).rejects.toThrow("is 60 MB; files over 50 MB are refused");
  });
});
