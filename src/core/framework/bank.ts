import type { FrameworkSpec } from "./spec";
import type { Framework } from "./types";
import { bankSpec } from "./bankShape";
import { loadFramework, validateFramework } from "./loadFramework";
import { FRAMEWORK_IDS, getFramework } from "./registry";
import { questionsJson } from "../scoring/scoreJson";

/**
 * Question banks: a framework as a file a user brings, in exactly the shape `svmi questions
 * --json` prints (see docs/question-banks.md), so any framework can be exported, edited (the
 * official SVMI wording put in, a council's own terms) and loaded back.
 *
 * A bank may carry a built-in framework's id only as an unchanged copy of that framework: a
 * workbook records its framework by id and version, and one edited under the built-in's id would
 * pass itself off as ours. An edited bank takes an id of its own.
 */

export type BankRead = { spec: FrameworkSpec } | { problems: string[] };

export interface BankReading {
  /**
   * The bank a workbook carries, rather than a bank file. The rules that only keep new workbooks
   * readable (at least three themes, for the radar) are not applied to it: the workbook exists,
   * and one made before such a rule (with the two-theme example of svmi 0.x, say) still scores.
   */
  carried?: boolean;
}

/** Reads a bank file's text: the framework it describes, or every problem with its place. */
export function readBank(text: string, reading: BankReading = {}): BankRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problems: [`the bank is not valid JSON: ${(error as Error).message}`] };
  }
  const { spec, problems } = bankSpec(data, reading);
  if (!spec) return { problems };
  // The rules scoring relies on, checked once more as for the built-in frameworks (this is
  // where criteria such as "A.2.1" are checked against their theme and level).
  const issues = validateFramework(spec);
  if (issues.length) return { problems: issues };
  if (isBuiltInFramework(spec.id) && !sameFramework(loadFramework(spec), getFramework(spec.id)))
    return {
      problems: [
        `framework: id '${spec.id}' is a built-in framework's, and this bank differs from it; give the bank an id of its own (e.g. '${spec.id}-own')`,
      ],
    };
  return { spec };
}

/** A framework's bank: what `svmi questions --json` prints for it, and what a workbook carries. */
export function bankText(framework: Framework): string {
  return JSON.stringify(questionsJson(framework));
}

/**
 * Whether two frameworks are the same bank: every field a bank holds is equal, criteria aside.
 * Criteria are notes for reviewers of the data that play no part in scoring or on any sheet, and
 * the task pane's copies of the built-in frameworks leave them out (scripts/webpack/stripCriteria.js):
 * an exported built-in framework must still be itself there.
 */
export function sameFramework(a: Framework, b: Framework): boolean {
  return a === b || comparable(a) === comparable(b);
}

function comparable(framework: Framework): string {
  return JSON.stringify(questionsJson(framework), (key, value: unknown) =>
    key === "criteria" ? undefined : value
  );
}

/** One of the frameworks svmi ships (workbooks made with them need not carry their bank). */
export function isBuiltInFramework(id: string): boolean {
  return (FRAMEWORK_IDS as readonly string[]).includes(id);
}
