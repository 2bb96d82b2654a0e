import type { Framework } from "../../framework/types";

/**
 * The title (cell A1) of each sheet svmi draws. The SVMI's own frameworks keep the titles users
 * know ("SVMI results"); any other framework (Social Value Model adoption, a user's question bank)
 * is named as itself, so no sheet claims to be the SVMI when it is not: "Social Value Model
 * adoption: results".
 */

export type TitledSheet =
  | "questionnaire"
  | "results"
  | "actionPlan"
  | "tracker"
  | "progress"
  | "consensus"
  | "benchmark"
  | "submission";

const SVMI_TITLES: Record<TitledSheet, string> = {
  questionnaire: "Social Value Maturity Index: self-assessment",
  results: "SVMI results",
  actionPlan: "SVMI action plan",
  tracker: "SVMI action tracker",
  progress: "SVMI progress",
  consensus: "SVMI consensus",
  benchmark: "SVMI benchmark",
  submission: "SVMI survey submission",
};

/** What each sheet is, after the framework's name. */
const SUBJECTS: Record<TitledSheet, string> = {
  questionnaire: "self-assessment",
  results: "results",
  actionPlan: "action plan",
  tracker: "action tracker",
  progress: "progress",
  consensus: "consensus",
  benchmark: "benchmark",
  submission: "survey submission",
};

/**
 * Whether a framework is the SVMI, by its name: both built-in SVMI frameworks are named "SVMI
 * for …", and a bank made from them (a licence holder's official wording) keeps that name, while
 * the id of a bank is its author's choice.
 */
export function isSvmiFramework(framework: Pick<Framework, "name">): boolean {
  return /^SVMI\b/.test(framework.name) || /Social Value Maturity Index/i.test(framework.name);
}

export function sheetTitle(framework: Pick<Framework, "name">, sheet: TitledSheet): string {
  return isSvmiFramework(framework) ? SVMI_TITLES[sheet] : `${framework.name}: ${SUBJECTS[sheet]}`;
}
