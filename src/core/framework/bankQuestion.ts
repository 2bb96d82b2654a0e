import type { OptionSpec, QuestionSpec } from "./spec";
import { fields, level, list, shortId, text, type Json, type Problems } from "./bankFields";
import { normaliseAnswer } from "./normalise";

/**
 * One question of a bank, checked and turned into a QuestionSpec. A bank lists a question's
 * options (text and level) and, apart, its actions (level and text), as `svmi questions --json`
 * prints them; scoring wants each option to carry the action that reaches it. So the options must
 * run one level at a time from their lowest, and every level above the lowest needs exactly one
 * action: the action plan is read straight off them.
 */
export function bankQuestion(
  value: unknown,
  fallbackPlace: string,
  themePlace: string,
  levelCount: number,
  problems: Problems
): QuestionSpec {
  const record = fields(value, fallbackPlace, ["id", "text", "options", "actions"], [], problems);
  if (!record) return { id: "", text: "", options: [] };
  const place =
    typeof record.id === "string" && record.id
      ? `${themePlace}, question ${record.id}`
      : fallbackPlace;
  const id = shortId(record, place, problems) ?? "";
  const questionText = text(record, "text", place, problems) ?? "";
  const options = bankOptions(record, place, levelCount, problems);
  const actions = bankActions(record, place, levelCount, problems);
  if (!options || !actions) return { id, text: questionText, options: [] };
  const levels = options.map((o) => o.level);
  if (!checkLadder(levels, place, problems)) return { id, text: questionText, options };
  checkActions(levels, actions, place, problems);
  const actionAt = new Map(actions.map((a) => [a.level, a.text]));
  return {
    id,
    text: questionText,
    options: options.map((option, i) => ({
      ...option,
      ...(i > 0 && actionAt.has(option.level) ? { action: actionAt.get(option.level) } : {}),
    })),
  };
}

/** The options, each with a level in range; undefined if any lacks one (the ladder is unknown). */
function bankOptions(
  record: Json,
  place: string,
  levelCount: number,
  problems: Problems
): OptionSpec[] | undefined {
  const items = list(record, "options", place, problems);
  if (!items) return undefined;
  if (items.length < 2)
    problems.push(
      `${place} has ${items.length} option${items.length === 1 ? "" : "s"}; it needs at least two`
    );
  const options: OptionSpec[] = [];
  const firstWithText = new Map<string, number>();
  let complete = true;
  items.forEach((item, i) => {
    const at = `${place}, option ${i + 1}`;
    const option = fields(item, at, ["text", "level"], ["notYet", "criteria"], problems);
    if (!option) return void (complete = false);
    const optionText = text(option, "text", at, problems);
    const optionLevel = level(option, "level", at, levelCount, problems);
    if (optionText !== undefined) {
      // Answers are matched after normalising, so options must differ after normalising too.
      const key = normaliseAnswer(optionText);
      const first = firstWithText.get(key);
      if (first !== undefined)
        problems.push(`${place}: options ${first} and ${i + 1} have the same text`);
      else firstWithText.set(key, i + 1);
    }
    if (option.notYet !== undefined && typeof option.notYet !== "boolean")
      problems.push(`${at}: 'notYet' must be true or false`);
    const criteria = option.criteria;
    const criteriaOk =
      criteria === undefined ||
      (Array.isArray(criteria) && criteria.every((c) => typeof c === "string"));
    if (!criteriaOk) problems.push(`${at}: 'criteria' must be a list of texts such as "A.2.1"`);
    if (optionLevel === undefined) return void (complete = false);
    options.push({
      level: optionLevel,
      text: optionText ?? "",
      ...(typeof option.notYet === "boolean" ? { notYet: option.notYet } : {}),
      ...(criteriaOk && criteria !== undefined ? { criteria: criteria as string[] } : {}),
    });
  });
  return complete ? options : undefined;
}

function bankActions(
  record: Json,
  place: string,
  levelCount: number,
  problems: Problems
): { level: number; text: string }[] | undefined {
  const items = list(record, "actions", place, problems);
  if (!items) return undefined;
  const actions: { level: number; text: string }[] = [];
  let complete = true;
  items.forEach((item, i) => {
    const at = `${place}, action ${i + 1}`;
    const action = fields(item, at, ["level", "text"], [], problems);
    if (!action) return void (complete = false);
    const actionLevel = level(action, "level", at, levelCount, problems);
    const actionText = text(action, "text", at, problems);
    if (actionLevel === undefined) return void (complete = false);
    actions.push({ level: actionLevel, text: actionText ?? "" });
  });
  return complete ? actions : undefined;
}

/**
 * Options climb one level at a time from their lowest: every level between the lowest and the
 * top can be answered, and each step up has its own action. Says what breaks that, if anything.
 */
function checkLadder(levels: readonly number[], place: string, problems: Problems): boolean {
  const shown = `option levels ${levels.join(", ")}`;
  const repeated = levels.filter((l, i) => levels.indexOf(l) !== i);
  if (repeated.length) {
    problems.push(`${place}: ${shown} repeat level ${[...new Set(repeated)].join(" and ")}`);
    return false;
  }
  if (levels.some((l, i) => i > 0 && l < levels[i - 1])) {
    problems.push(`${place}: ${shown} must run from the lowest to the highest`);
    return false;
  }
  const skipped: number[] = [];
  for (let i = 1; i < levels.length; i++)
    for (let l = levels[i - 1] + 1; l < levels[i]; l++) skipped.push(l);
  if (skipped.length) {
    const which = skipped.length === 1 ? `level ${skipped[0]}` : `levels ${skipped.join(", ")}`;
    problems.push(`${place}: ${shown} skip ${which}`);
    return false;
  }
  return true;
}

/** One action for each option above the lowest, and none anywhere else. */
function checkActions(
  levels: readonly number[],
  actions: readonly { level: number }[],
  place: string,
  problems: Problems
): void {
  const lowest = levels[0];
  const counts = new Map<number, number>();
  for (const { level: l } of actions) counts.set(l, (counts.get(l) ?? 0) + 1);
  for (const [l, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (count > 1)
      problems.push(`${place}: ${count} actions for level ${l}; one leads to each level`);
    if (l === lowest)
      problems.push(
        `${place}: an action for level ${l}, the lowest option's level: nothing below it leads there`
      );
    else if (!levels.includes(l))
      problems.push(`${place}: an action for level ${l}, which no option has`);
  }
  for (const l of levels.slice(1))
    if (!counts.has(l))
      problems.push(
        `${place}: no action for level ${l} (each option above the lowest needs the action that reaches it)`
      );
}
