import { extname } from "node:path";
import { LIMITS, NotAWorkbookError } from "../../xlsx/package/zipFile";
import type { CliIo } from "./cliIo";

/**
 * Reads an input workbook's bytes for a command; every reason it cannot (not an .xlsx, missing,
 * unreadable, too large) is a NotAWorkbookError whose message follows the file's name.
 */
export async function readWorkbook(path: string, io: CliIo): Promise<Uint8Array> {
  if (/\.(xls|csv|ods|numbers)$/i.test(path)) {
    const kind = extname(path).slice(1).toLowerCase();
    throw new NotAWorkbookError(
      `is a .${kind} file; the SVMI reads .xlsx workbooks (open it in Excel or LibreOffice and save as .xlsx)`
    );
  }
  try {
    return await io.readBytes(path, LIMITS.fileBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new NotAWorkbookError("does not exist");
    if (code === "EACCES") throw new NotAWorkbookError("cannot be read (permission denied)");
    throw new NotAWorkbookError((error as Error).message);
  }
}
