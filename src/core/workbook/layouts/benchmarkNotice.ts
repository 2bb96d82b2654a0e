import type { AssessmentDetails } from "../details";
import type { Framework } from "../../framework/types";
import type { ScoreResult } from "../../scoring/types";
import { SHEET_NAMES } from "../names";
import { levelRules } from "../sheetRules";
import { area, styled, type SheetSpec } from "../sheetSpec";
import { HEADER_STYLES, headerRows, OVERALL_LEVEL_CELLS } from "./header";
import { sheetTitle } from "./sheetTitles";

/**
 * The Benchmark sheet when the workbook carries a benchmark it cannot use (of another framework,
 * or damaged): says why, so the peers of an earlier drawing never stay on show as if current.
 */
export function benchmarkNoticeSheet(
  framework: Framework,
  details: AssessmentDetails,
  result: ScoreResult,
  why: readonly string[]
): SheetSpec {
  const lines = [
    "No benchmark of this assessment's framework is loaded, so there are no peers to compare with.",
    ...why,
  ];
  return {
    name: SHEET_NAMES.benchmark,
    values: [
      ...headerRows(sheetTitle(framework, "benchmark"), details, result),
      [],
      ...lines.map((l) => [l]),
    ],
    columnWidths: [220, 150, 150, 150],
    styles: [...HEADER_STYLES, styled(area(6, 0), { bold: true, fontSize: 14 })],
    conditionalRules: levelRules(framework, [OVERALL_LEVEL_CELLS]),
  };
}
