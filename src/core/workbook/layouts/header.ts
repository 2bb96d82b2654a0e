import type { AssessmentDetails } from "../details";
import type { OverallScore, ScoreResult } from "../../scoring/types";
import { area, styled, type CellValue } from "../sheetSpec";

/** The five header rows the Results and Action Plan sheets share: title, organisation, levels. */

function overallText(overall: OverallScore): [CellValue, CellValue] {
  if (overall.mean === null) return ["Not yet scored", ""];
  if (overall.provisional) return ["Not yet scored", `provisional mean ${overall.mean.toFixed(1)}`];
  return [overall.label, `mean ${overall.mean.toFixed(1)}`];
}

export function headerRows(
  title: string,
  details: AssessmentDetails,
  result: ScoreResult
): CellValue[][] {
  return [
    [title],
    ["Organisation", details.organisation || result.organisation],
    ["Present Performance", ...overallText(result.overall.present)],
    ["Future Target", ...overallText(result.overall.future)],
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
