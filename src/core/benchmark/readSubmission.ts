import type { Framework } from "../framework/types";
import { FormatError } from "./formatError";
import {
  frameworkProblem,
  isLevelOrNull,
  isRecord,
  levelRangeProblem,
  schemaObject,
  registeredFramework,
  type FrameworkLookup,
} from "./jsonChecks";
import { rescoreLevels } from "./rescore";
import {
  labelProblem,
  MODES,
  SUBMISSION_SCHEMA,
  type LevelPair,
  type Mode,
  type Submission,
} from "./submission";

/**
 * Reads an `svmi-submission/1` file and checks it all: a coordinator aggregates files sent by
 * many people, so nothing is taken on trust. The theme and overall levels must be the ones the
 * question levels score to; a file that disagrees was edited by hand or made by a faulty tool.
 * Throws a FormatError (one line: the file and its first problem). Fields the format does not
 * define are dropped: what is returned holds only what the format allows.
 */
export function readSubmission(
  text: string,
  fileName: string,
  lookupFramework: FrameworkLookup = registeredFramework
): Submission {
  const fail = (problem: string): never => {
    throw new FormatError(fileName, problem);
  };
  const read = schemaObject(text, SUBMISSION_SCHEMA);
  if ("problem" in read) return fail(read.problem);
  const data = read.data;
  const consent = data.consent;
  if (
    !isRecord(consent) ||
    typeof consent.aggregate !== "boolean" ||
    typeof consent.named !== "boolean"
  )
    fail("consent must be {aggregate: true or false, named: true or false}");
  const { aggregate, named } = consent as { aggregate: boolean; named: boolean };
  // Checked before anything else: a refusal is the organisation's answer, whatever the rest holds.
  if (!aggregate) fail("the organisation refused aggregation (consent.aggregate is false)");
  const found = frameworkProblem(data.framework, lookupFramework);
  if ("problem" in found) return fail(found.problem);
  const { framework } = found;

  const org = isRecord(data.org) ? data.org : fail("org must be {type, region}");
  for (const [what, value] of [
    ["period", data.period],
    ["org.type", org.type],
    ["org.region", org.region],
  ] as const) {
    const problem = labelProblem(what, value);
    if (problem) fail(problem);
  }
  if (org.name !== undefined) {
    const problem = labelProblem("org.name", org.name);
    if (problem) fail(problem);
    if (!named) fail("org.name is given but consent.named is false");
  } else if (named) fail("consent.named is true but org.name is missing");
  if (!isIsoDateTime(data.submittedAt))
    fail("submittedAt must be an ISO date and time, e.g. 2026-11-22T10:30:00Z");
  if (!MODES.includes(data.mode as Mode)) fail(`mode must be one of ${MODES.join(", ")}`);
  const respondents = data.respondents;
  if (respondents !== undefined && !(Number.isInteger(respondents) && Number(respondents) > 0))
    fail("respondents must be a whole number above 0");

  const questions = readQuestions(framework, data.questions, fail);
  const themes = readThemes(framework, data.themes, fail);
  const overall = readPair(framework, "overall", data.overall, fail);
  const scored = rescoreLevels(framework, questions);
  scored.themes.forEach((theme, i) => {
    for (const field of ["present", "future"] as const) {
      const given = themes[i][field];
      if (given !== theme[field].level)
        fail(
          `theme ${theme.id} ${field} is ${given}, but its question levels make it ${theme[field].level}`
        );
    }
  });
  for (const field of ["present", "future"] as const) {
    const level = scored.overall[field].level;
    if (overall[field] !== level)
      fail(`overall ${field} is ${overall[field]}, but the theme levels make it ${level}`);
  }
  // A blank assessment says nothing of where the organisation stands; counted, it would only
  // swell n. svmi export refuses to write one, so this one came from elsewhere.
  if (scored.themes.every((t) => t.present.level === null))
    fail("nothing is scored (no theme has a Present level)");

  return {
    schema: SUBMISSION_SCHEMA,
    framework: { id: framework.id, version: framework.version },
    period: data.period as string,
    submittedAt: data.submittedAt as string,
    org: {
      type: org.type as string,
      region: org.region as string,
      ...(named ? { name: org.name as string } : {}),
    },
    mode: data.mode as Mode,
    ...(respondents !== undefined ? { respondents: respondents as number } : {}),
    themes: themes.map((pair, i) => ({ id: framework.themes[i].id, ...pair })),
    overall,
    questions: [...questions].map(([id, pair]) => ({ id, ...pair })),
    consent: { aggregate: true, named },
  };
}

type Fail = (problem: string) => never;

/** {present, future}, each a level or null. */
function readPair(framework: Framework, where: string, value: unknown, fail: Fail): LevelPair {
  if (!isRecord(value)) return fail(`${where} must be {present, future}`);
  for (const field of ["present", "future"] as const)
    if (!isLevelOrNull(framework, value[field]))
      fail(levelRangeProblem(framework, `${where} ${field}`, value[field]));
  return {
    present: value.present as LevelPair["present"],
    future: value.future as LevelPair["future"],
  };
}

/** Every question of the framework once, in framework order; each level one its options carry. */
function readQuestions(framework: Framework, value: unknown, fail: Fail): Map<string, LevelPair> {
  if (!Array.isArray(value)) return fail("questions must be a list");
  const given = new Map<string, LevelPair>();
  for (const item of value) {
    const id = isRecord(item) && typeof item.id === "string" ? item.id : undefined;
    if (id === undefined) return fail("every question needs an id");
    const question = framework.question(id);
    if (!question) return fail(`question '${id}' is not in ${framework.name}`);
    if (given.has(id)) fail(`question ${id} is listed twice`);
    const pair = readPair(framework, `question ${id}`, item, fail);
    for (const field of ["present", "future"] as const) {
      const level = pair[field];
      if (level !== null && !question.options.some((o) => o.level === level))
        fail(`question ${id} ${field}: no option of ${id} is at level ${level}`);
    }
    given.set(id, pair);
  }
  const ordered = new Map<string, LevelPair>();
  for (const theme of framework.themes)
    for (const { id } of theme.questions) {
      const pair = given.get(id);
      if (!pair) return fail(`question ${id} is missing (list every question, null if unanswered)`);
      ordered.set(id, pair);
    }
  return ordered;
}

/** Every theme of the framework once; returned in framework order. */
function readThemes(framework: Framework, value: unknown, fail: Fail): LevelPair[] {
  if (!Array.isArray(value)) return fail("themes must be a list");
  const given = new Map<string, LevelPair>();
  for (const item of value) {
    const id = isRecord(item) && typeof item.id === "string" ? item.id : undefined;
    if (id === undefined) return fail("every theme needs an id");
    if (!framework.themes.some((t) => t.id === id))
      fail(`theme '${id}' is not in ${framework.name}`);
    if (given.has(id)) fail(`theme ${id} is listed twice`);
    given.set(id, readPair(framework, `theme ${id}`, item, fail));
  }
  return framework.themes.map(
    (theme) => given.get(theme.id) ?? fail(`theme ${theme.id} is missing`)
  );
}

/** An ISO 8601 date and time (what Date.toISOString writes, or with an offset). */
function isIsoDateTime(value: unknown): value is string {
  return (
    typeof value === "string" &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}
