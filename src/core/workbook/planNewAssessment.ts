import type { AssessmentDetails } from "./details";
import type { Framework } from "../framework/types";
import { WorkbookError } from "./errors";
import { listsSheet } from "./layouts/lists";
import { questionnaireSheet } from "./layouts/questionnaire";
import { freeSheetName, SETTING_KEYS, SHEET_NAMES, TABLE_NAME, type OwnedSheet } from "./names";
import { SETTING_DETAILS } from "./planRescore";
import type { SheetSpec } from "./sheetSpec";

/**
 * Starting an assessment in a workbook, once for every adapter: the Questionnaire (with its
 * table, dropdowns and level colours) and the hidden lists sheet, under names no sheet of the
 * user's has, and the settings that record what the workbook holds.
 */

export interface NewAssessmentPlan {
  /** Sheets to add, in this order; the Questionnaire first (the add-in shows it first). */
  sheets: { kind: OwnedSheet; spec: SheetSpec }[];
  /** Document settings to record (the add-in keeps them; a file records the lists sheet's cells). */
  settings: Record<string, string>;
}

export interface ExistingWorkbook {
  sheetNames: readonly string[];
  /** Defined names already in the workbook (any case). */
  definedNames: readonly string[];
  /** True when the workbook already has the questionnaire table or its marker. */
  holdsAssessment: boolean;
}

export function planNewAssessment(
  framework: Framework,
  details: AssessmentDetails,
  existing: ExistingWorkbook
): NewAssessmentPlan {
  if (existing.holdsAssessment) {
    throw new WorkbookError(
      "This workbook already holds an SVMI assessment: score it, or start a new one in another workbook."
    );
  }
  // The questionnaire table's name would clash with a defined name (Excel repairs such a file).
  if (existing.definedNames.some((n) => n.toLowerCase() === TABLE_NAME.toLowerCase())) {
    throw new WorkbookError(
      `This workbook has a defined name ${TABLE_NAME}, the name of the questionnaire table; rename it first.`
    );
  }
  const taken = new Set(existing.sheetNames.map((n) => n.toLowerCase()));
  const free = (kind: OwnedSheet) => {
    const name = freeSheetName(SHEET_NAMES[kind], taken);
    taken.add(name.toLowerCase());
    return name;
  };
  const questionnaireName = free("questionnaire");
  const listsName = free("lists");
  return {
    sheets: [
      {
        kind: "questionnaire",
        // The dropdowns point at the name the lists sheet actually gets.
        spec: { ...questionnaireSheet(framework, details, listsName), name: questionnaireName },
      },
      { kind: "lists", spec: { ...listsSheet(framework), name: listsName } },
    ],
    settings: {
      [SETTING_KEYS.framework]: framework.id,
      [SETTING_KEYS.version]: framework.version,
      [SETTING_DETAILS.organisation]: details.organisation,
      [SETTING_DETAILS.date]: details.date,
      [SETTING_DETAILS.facilitator]: details.facilitator ?? "",
    },
  };
}
