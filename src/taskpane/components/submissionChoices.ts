import { labelProblem, type Mode } from "../../core/benchmark/submission";
import type { ExportChoices } from "../../office/api";

/**
 * The export form's starting choices, from what the assessment already says, and its checks
 * (the same as `svmi export`'s). Unknowns are "unspecified", as the command line writes them.
 */

export const UNSPECIFIED = "unspecified";

/** "Surrey County Council" → "county council"; any other council → "council". */
export function typeFromName(organisation: string, frameworkId: string): string {
  const match =
    /\b(metropolitan borough|london borough|county|district|borough|city|town|parish|unitary|combined)\s+(council|authority)\b/i.exec(
      organisation
    );
  if (match) return `${match[1]} ${match[2]}`.toLowerCase();
  if (/\bcouncil\b/i.test(organisation)) return "council";
  return frameworkId === "business" ? "business" : UNSPECIFIED;
}

export interface AssessmentFacts {
  frameworkId: string;
  organisation: string;
  /** The assessment's date (yyyy-mm-dd), else today's. */
  date: string;
  /** A facilitator is named, or participants' answers were merged. */
  facilitated: boolean;
}

export function defaultChoices(facts: AssessmentFacts): ExportChoices {
  const mode: Mode = facts.facilitated ? "facilitated" : "self";
  return {
    period: facts.date.slice(0, 4),
    org: { type: typeFromName(facts.organisation, facts.frameworkId), region: UNSPECIFIED },
    mode,
    named: false,
  };
}

/** What is wrong with each text field, if anything ("" for those that will do). */
export function choiceProblems(choices: ExportChoices): {
  period?: string;
  type?: string;
  region?: string;
} {
  const check = (what: string, value: string) => {
    const problem = labelProblem(what, value.trim());
    return problem ? `${problem}.` : undefined;
  };
  return {
    period: check("The survey period", choices.period),
    type: check("The organisation type", choices.org.type),
    region: check("The region", choices.org.region),
  };
}
