/**
 * What an Excel error means for the user, by its `code` (never by its message, which Excel
 * localises): a plain sentence to show, and whether trying again later can succeed. The code and
 * Excel's debugInfo go to the console for support.
 */

export interface HostProblem {
  /** Shown in the pane. */
  message: string;
  /** True when the same run may succeed a little later (the user is typing, Excel is busy). */
  transient: boolean;
  code?: string;
}

/** Said while a cell is being edited: every batch waits for it or fails. */
export const CELL_EDIT_MESSAGE =
  "Finish editing the cell (press Enter or Esc): scoring will resume.";

/** Excel on the web's 5 MB limit, on the request or on the response. */
const TOO_LARGE = {
  message:
    "The workbook is too large for Excel on the web to send in one go (5 MB). Score it in Excel desktop, or with the svmi command line.",
  transient: false,
};
const BUSY = { message: "Excel is busy; the add-in will try again in a moment.", transient: true };

const BY_CODE: Record<string, Omit<HostProblem, "code">> = {
  InvalidOperationInCellEditMode: { message: CELL_EDIT_MESSAGE, transient: true },
  AccessDenied: {
    message:
      "Excel refused the change: a sheet may be protected, or the file opened read-only. Unprotect it (Review > Unprotect Sheet) or open it for editing, then score again.",
    transient: false,
  },
  ItemNotFound: {
    message:
      "Something the assessment needs was not found (a sheet, table or name was deleted or renamed meanwhile). Score again; if it persists, start a new assessment.",
    transient: false,
  },
  ItemAlreadyExists: {
    message:
      "A sheet, table or name the add-in adds already exists (perhaps made by a co-author a moment ago). Score again.",
    transient: true,
  },
  ApiNotFound: {
    message:
      "This version of Excel lacks a feature the add-in needs. Update Office, or use Excel on the web.",
    transient: false,
  },
  RequestPayloadSizeLimitExceeded: TOO_LARGE,
  ResponsePayloadSizeLimitExceeded: TOO_LARGE,
  ActivityLimitReached: BUSY,
  ServiceNotAvailable: BUSY,
  GeneralException: {
    message: "Excel could not finish the change; the add-in will try again in a moment.",
    transient: true,
  },
  Conflict: {
    message: "A co-author changed the same cells at the same moment; the add-in will try again.",
    transient: true,
  },
};

/** The user's sentence for an error: Excel's by its code, the add-in's own as they are. */
export function describeHostError(error: unknown): HostProblem {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && BY_CODE[code]) {
    logHostError(error, code);
    return { ...BY_CODE[code], code };
  }
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === "string") logHostError(error, code);
  return { message, transient: false, ...(typeof code === "string" ? { code } : {}) };
}

function logHostError(error: unknown, code: string): void {
  const debugInfo = (error as { debugInfo?: unknown }).debugInfo;
  // For support: the code and where Excel says it failed (statement, location), never user data.
  if (typeof console !== "undefined") console.warn("svmi: Excel error", code, debugInfo);
}
