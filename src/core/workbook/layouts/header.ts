import type { AssessmentDetails } from "../details";
import type { Framework } from "../../framework/types";
import type { ScoreResult, Timeframe } from "../../scoring/types";
import { overallWordingOf } from "../../scoring/overallWording";
import { area, styled, type CellValue, type StyledArea } from "../sheetSpec";

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

/**
 * The row under the header (the first of the blank rows before a sheet's table), where a framework
 * that is not an official text says where it comes from. The SVMI's own frameworks have no
 * provenance, so their sheets keep that row blank.
 */
export const PROVENANCE_ROW = 5;

/** "Source" and the framework's provenance; an empty row when it has none. */
export function provenanceRow(framework: Pick<Framework, "provenance">): CellValue[] {
  return framework.provenance ? ["Source", framework.provenance] : [];
}

/**
 * The provenance wrapped in its own cell, not merged: Excel grows a row to fit a wrapped cell but
 * never a merged one, so the whole text shows in the add-in as in the .xlsx file.
 */
export function provenanceStyles(framework: Pick<Framework, "provenance">): StyledArea[] {
  if (!framework.provenance) return [];
  return [
    styled(area(PROVENANCE_ROW, 0), { bold: true, vertical: "Top" }),
    styled(area(PROVENANCE_ROW, 1), { italic: true, wrap: true, vertical: "Top" }),
  ];
}
