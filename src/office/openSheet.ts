import { QuestionnaireMissingError, WorkbookError } from "../core/workbook/errors";
import { SHEET_MARKERS, SHEET_NAMES, TABLE_NAME } from "../core/workbook/names";
import { QUESTIONNAIRE_GONE } from "./rescore";
import { existenceOf, loadExistence, sheetOfTable, visibilityOf } from "./workbookExistence";

/** The sheets of ours the pane opens. */
export type OpenableSheet =
  "results" | "actionPlan" | "tracker" | "questionnaire" | "progress" | "history";

/**
 * Shows one of our sheets with A1 selected: the questionnaire as the sheet its table is on, the
 * others where their marker names point (whatever the team renamed them to). One read of what
 * exists (with visibility and the tables' sheets), one write; a sheet the user hid is shown again,
 * since Excel cannot activate a hidden sheet.
 */
export async function openSheet(context: Excel.RequestContext, kind: OpenableSheet): Promise<void> {
  const read = loadExistence(context, { detail: true });
  await context.sync();
  const name =
    kind === "questionnaire"
      ? sheetOfTable(read, TABLE_NAME)
      : existenceOf(read).markers.get(SHEET_MARKERS[kind]);
  if (name === undefined) {
    if (kind === "questionnaire") throw new QuestionnaireMissingError(QUESTIONNAIRE_GONE);
    throw new WorkbookError(
      `There is no ${SHEET_NAMES[kind]} sheet yet: score the assessment to draw it.`
    );
  }
  const sheet = context.workbook.worksheets.getItem(name);
  if (visibilityOf(read, name) !== "Visible") sheet.visibility = "Visible";
  sheet.activate();
  sheet.getRange("A1").select();
  await context.sync();
}
