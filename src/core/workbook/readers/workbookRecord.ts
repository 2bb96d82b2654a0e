import type { AssessmentDetails } from "../details";
import { getFramework, isFrameworkId, knownFrameworkIds } from "../../framework/registry";
import type { Framework } from "../../framework/types";
import { NoAssessmentError, WorkbookError } from "../errors";
import { SETTING_KEYS } from "../names";
import { bankFromCells } from "../bankCells";
import { readBank } from "../../framework/bank";
import { useBank } from "../../framework/useBank";

/** What a workbook records about itself: which framework, and the assessment's details. */

/** The sheet a marker name points at ("='Action Plan'!$A$1"), or undefined if gone (#REF!). */
export function markedSheetName(formula: string | undefined): string | undefined {
  const match = /^=?(?:'((?:[^']|'')+)'|([^!'#]+))!/.exec(formula ?? "");
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}

/** Which framework and version a workbook records (settings, or the lists sheet's cells). */
export interface FrameworkRecord {
  frameworkId?: string;
  version?: string;
  /** The question bank the workbook carries (its JSON), when it was made with one. */
  bank?: string;
}

/**
 * The framework/version cells of the lists sheet (rows labelled svmi.framework, svmi.version),
 * and the question bank it carries, if any.
 */
export function recordFromListsSheet(values: readonly (readonly unknown[])[]): FrameworkRecord {
  const labelled = (label: string) => {
    const row = values.find((r) => String(r[0] ?? "").trim() === label);
    return row && row[1] !== undefined && row[1] !== null ? String(row[1]).trim() : undefined;
  };
  const bank = bankFromCells(values);
  return {
    frameworkId: labelled(SETTING_KEYS.framework),
    version: labelled(SETTING_KEYS.version),
    ...(bank !== undefined ? { bank } : {}),
  };
}

/** The framework a workbook was made with, or a WorkbookError saying why it cannot be scored. */
export function frameworkOf(record: FrameworkRecord): Framework {
  const { frameworkId, version } = record;
  if (frameworkId === undefined) {
    throw new NoAssessmentError(
      "This workbook holds no SVMI assessment yet. Start one with New assessment in the add-in, or with svmi template --into FILE.xlsx."
    );
  }
  if (record.bank !== undefined) useCarriedBank(record.bank, frameworkId);
  if (!isFrameworkId(frameworkId)) {
    throw new WorkbookError(
      `This workbook records an unknown SVMI framework '${frameworkId}' (known: ${knownFrameworkIds().join(", ")}).`
    );
  }
  const framework = getFramework(frameworkId);
  if (!sameVersion(version, framework.version)) {
    throw new WorkbookError(
      `This assessment was made with ${framework.name} version ${version ?? "(none)"}; this tool knows version ${framework.version}.`
    );
  }
  return framework;
}

/**
 * A workbook made with a question bank carries it: the bank is put to use (registered) when its
 * id is not known yet, and is the known framework when it is the same in every field. A carried
 * bank that differs from a known framework of that id (a built-in one, or another bank with the
 * same id used in this session) is refused rather than scored with the wrong questions.
 */
function useCarriedBank(text: string, frameworkId: string): void {
  // The add-in re-scores on every edit: a bank checked once is not checked again (a framework
  // in use never changes, so the answer cannot change either).
  if (carriedInUse.get(text) === frameworkId) return;
  const read = readBank(text, { carried: true });
  if ("problems" in read) {
    throw new WorkbookError(
      `The question bank this workbook carries (on its lists sheet) is damaged: ${read.problems.slice(0, 3).join("; ")}${read.problems.length > 3 ? `; and ${read.problems.length - 3} more` : ""}.`
    );
  }
  if (read.spec.id !== frameworkId) {
    throw new WorkbookError(
      `This workbook records the framework '${frameworkId}' but carries the question bank '${read.spec.id}'.`
    );
  }
  const used = useBank(read.spec);
  if ("problem" in used) {
    throw new WorkbookError(
      `This workbook carries its own question bank '${frameworkId}', but ${used.problem}. Score it on its own (in another svmi run, or after reopening Excel).`
    );
  }
  carriedInUse.set(text, frameworkId);
}

/** Banks carried by workbooks and put to use, by their text. */
const carriedInUse = new Map<string, string>();

/** Excel turns a typed "1.0" into the number 1, so versions compare as numbers when they are. */
function sameVersion(recorded: string | undefined, known: string): boolean {
  if (recorded === undefined) return false;
  if (recorded === known) return true;
  return /^\d+(\.\d+)?$/.test(recorded) && Number(recorded) === Number(known);
}

const DETAIL_LABELS = {
  organisation: "organisation",
  date: "assessment date",
  facilitator: "facilitator",
  participant: "participant",
  role: "role",
} as const;

/**
 * Details typed above the questionnaire table (label in column A, value in B), as the
 * Questionnaire sheet shows them: Organisation, Assessment date, Facilitator, and in a
 * participant's copy Participant (and Role). Dates may come back as Excel serial numbers.
 */
export function detailsFromCells(
  frameworkId: string,
  values: readonly (readonly unknown[])[]
): AssessmentDetails {
  const found: Partial<Record<keyof typeof DETAIL_LABELS, string>> = {};
  for (const row of values) {
    const label = String(row[0] ?? "")
      .trim()
      .toLowerCase();
    const key = (Object.keys(DETAIL_LABELS) as (keyof typeof DETAIL_LABELS)[]).find(
      (k) => DETAIL_LABELS[k] === label
    );
    if (key && found[key] === undefined) found[key] = detailText(row[1], key === "date");
  }
  return {
    frameworkId,
    organisation: found.organisation ?? "",
    date: found.date ?? "",
    ...(found.facilitator ? { facilitator: found.facilitator } : {}),
    ...(found.participant ? { participant: found.participant } : {}),
    ...(found.role ? { role: found.role } : {}),
  };
}

export function detailText(value: unknown, isDate: boolean): string {
  // Excel stores dates as days since 1899-12-30; show them as yyyy-mm-dd like the form does.
  // Only the date: an organisation typed as a number (2024) stays that number.
  if (isDate && typeof value === "number" && value > 0 && value < 2_958_466) {
    return new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000)
      .toISOString()
      .slice(0, 10);
  }
  return value === null || value === undefined ? "" : String(value).trim();
}
