import { RESULTS_SCREEN } from "../core/workbook/layouts/results";
import { SHEET_MARKERS } from "../core/workbook/names";
import { existenceOf, loadExistence } from "./workbookExistence";
import { areaAddress } from "../core/workbook/sheetSpec";
import type { Capabilities } from "./requirements";

/**
 * The projector view of a workshop: the Results sheet alone on screen, without gridlines or
 * headings, zoomed so its printed area (tables and chart) fills the window; and back again.
 */

export interface ProjectorState {
  sheet: string;
  /** The zoom before presenting, to restore; undefined where the host cannot zoom. */
  zoom?: number;
}

export class NoResultsError extends Error {}

export async function presentResults(
  context: Excel.RequestContext,
  caps: Capabilities
): Promise<ProjectorState & { zoomed: boolean }> {
  // Where our marker points, read first: nothing is asked of a sheet that may not exist.
  const existence = loadExistence(context);
  await context.sync();
  const resultsSheet = existenceOf(existence).markers.get(SHEET_MARKERS.results);
  if (resultsSheet === undefined)
    throw new NoResultsError("Score the assessment first: there are no Results to present yet.");
  const sheet = context.workbook.worksheets.getItem(resultsSheet).load("name");
  // The tables and the chart, as the Results layout places them. Their size needs ExcelApi 1.10:
  // without it there is nothing to fit, so the zoom is left alone, as where it cannot be set.
  const shown = caps.rangeSize
    ? sheet.getRange(areaAddress(RESULTS_SCREEN)).load("width,height")
    : undefined;
  const window = caps.windowZoom && shown ? context.workbook.application.activeWindow : undefined;
  window?.load("zoom,usableWidth,usableHeight");
  await context.sync();

  sheet.activate();
  sheet.getRange("A1").select();
  if (caps.viewOptions) {
    sheet.showGridlines = false;
    sheet.showHeadings = false;
  }
  let zoom: number | undefined;
  if (window && shown) {
    zoom = window.zoom;
    const fit = Math.min(window.usableWidth / shown.width, window.usableHeight / shown.height);
    window.zoom = Math.max(10, Math.min(400, Math.floor(fit * 100)));
  }
  await context.sync();
  return { sheet: sheet.name, zoom, zoomed: window !== undefined };
}

export async function restoreView(
  context: Excel.RequestContext,
  caps: Capabilities,
  state: ProjectorState
): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(state.sheet);
  await context.sync();
  if (sheet.isNullObject) return; // deleted meanwhile: nothing to restore
  if (caps.viewOptions) {
    sheet.showGridlines = true;
    sheet.showHeadings = true;
  }
  if (caps.windowZoom && state.zoom !== undefined)
    context.workbook.application.activeWindow.zoom = state.zoom;
  await context.sync();
}
