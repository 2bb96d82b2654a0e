import type { AssessmentDetails } from "../details";
import type { ScoreResult, Timeframe } from "../../scoring/types";
import { overallWordingOf } from "../../scoring/overallWording";
import { area, styled, type CellValue } from "../sheetSpec";

/** The five header rows the Results and Action Plan sheets share: title, organisation, levels. */

/** The level (or "Provisional") and, beside it, the mean and what it is over. */
function overallText(result: ScoreResult, timeframe: Timeframe): [CellValue, CellValue] {
  const { label, detail } = overallWordingOf(result, timeframe);
  return [label, detail];
}

export function headerRows(
  title: string,
  details: AssessmentDetails,
  result: ScoreResult
): CellValue[][] {
  return [
    [title],
    ["Organisation", details.organisation || result.organisation],
    ["Present Performance", ...overallText(result, "present")],
    ["Future Target", ...overallText(result, "future")],
    [
      "Framework",
      `${result.framework.name}, version ${result.framework.version}`,
      `assessed ${details.date}`,
    ],
  ];
}

/** Where the header's two overall levels sit (coloured by level). */
export const OVERALL_LEVEL_CELLS = area(2, 1, 2, 1);

export const HEADER_STYLES = [
  styled(area(0, 0), { bold: true, fontSize: 18 }),
  styled(area(1, 0, 4, 1), { bold: true }),
  styled(OVERALL_LEVEL_CELLS, { bold: true, fontSize: 14 }),
];
