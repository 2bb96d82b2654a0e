import { officeAssessmentApi, type AssessmentApi } from "./api";
import { detectCapabilities, EXCEL_API_FLOOR, missingFeatures } from "./requirements";

/**
 * Waits for Office.js, then hands the taskpane what it needs: the API and what this Excel lacks.
 * When the pane cannot work (office.js blocked, the page opened outside Excel, an Excel too old,
 * no answer from the host) it says what to do instead, rather than staying blank.
 */

export { EXCEL_API_FLOOR };
const READY_TIMEOUT_MS = 20_000;

export class HostStartError extends Error {}

export async function connectToExcel(
  env: { Office?: typeof Office; Excel?: typeof Excel } = globalThis as never,
  timeoutMs = READY_TIMEOUT_MS
): Promise<{ api: AssessmentApi; missing: string[] }> {
  const office = env.Office;
  if (!office || typeof office.onReady !== "function") {
    throw new HostStartError(
      "Office.js did not load, so the add-in cannot talk to Excel. Your network may block appsforoffice.microsoft.com: ask IT to allow it, then close and reopen the add-in."
    );
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new HostStartError(
            "Excel did not answer the add-in. Close the task pane and open it again from Home > Add-ins."
          )
        ),
      timeoutMs
    );
  });
  const info = await Promise.race([office.onReady(), timeout]).finally(() => clearTimeout(timer));
  if (info.host !== office.HostType.Excel || !env.Excel) {
    throw new HostStartError(
      "This page is the SVMI add-in's task pane and only works inside Excel: open it there from Home > Add-ins. To score workbooks without Excel, use the svmi command line."
    );
  }
  if (!office.context.requirements.isSetSupported("ExcelApi", EXCEL_API_FLOOR)) {
    throw new HostStartError(
      `This Excel is too old for the add-in (it needs Excel API ${EXCEL_API_FLOOR}: Microsoft 365, Excel 2021 or later, or Excel on the web). Use Excel on the web, or the svmi command line.`
    );
  }
  const caps = detectCapabilities();
  return { api: officeAssessmentApi(env.Excel, caps), missing: missingFeatures(caps) };
}
