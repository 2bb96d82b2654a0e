import { officeAssessmentApi, type AssessmentApi } from "./api";
import { detectCapabilities, missingFeatures } from "./requirements";

/** Waits for Office.js, then hands the taskpane what it needs: the API and what this Excel lacks. */
export async function connectToExcel(): Promise<{ api: AssessmentApi; missing: string[] }> {
  await Office.onReady();
  const caps = detectCapabilities();
  return { api: officeAssessmentApi(Excel, caps), missing: missingFeatures(caps) };
}
