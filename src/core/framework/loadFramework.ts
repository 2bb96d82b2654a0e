import type { PlannedAction } from "../scoring/types";
import type { FrameworkSpec, OptionSpec, QuestionSpec, ThemeSpec } from "./spec";
import type { Framework, Question } from "./types";
import { isLevelIn, MAX_LEVELS, MIN_LEVELS } from "./levels";
import { levelColours } from "./levelColours";
import { normaliseAnswer } from "./normalise";
import { FORMULA_STARTS, startsLikeAFormula } from "./cellText";
import { caseClash, labelKey } from "./levelLabels";
import { themeGroupProblems } from "./themeGroups";

export class FrameworkError extends Error {
  constructor(
    readonly frameworkId: string,
    readonly issues: readonly string[]
  ) {
    super(`Framework '${frameworkId}' is invalid:\n- ${issues.join("\n- ")}`);
    this.name = "FrameworkError";
  }
}

/** "<theme>.<level>.<number>": theme ids are any short strings, so the theme is all before. */
const CRITERION_REF = /^(.+)\.(\d+)\.(\d+)$/;

/** Theme and question ids are short strings: they go into sheets, names and messages. */
const MAX_ID_LENGTH = 16;

/**
 * Checks a framework's data against the rules scoring relies on, then indexes it. Throws a
 * FrameworkError listing every problem, so a reviewer editing the data sees them all at once.
 */
export function loadFramework(spec: FrameworkSpec): Framework {
  const issues = validateFramework(spec);
  if (issues.length > 0) throw new FrameworkError(spec.id || "(no id)", issues);

  const byId = new Map<string, Question>();
  const themes = spec.themes.map((theme) => ({
    id: theme.id,
    name: theme.name,
    ...(theme.group !== undefined ? { group: theme.group } : {}),
    questions: theme.questions.map((q) => {
      const question = compileQuestion(q, theme.id, byId.size);
      byId.set(question.id, question);
      return question;
    }),
  }));
  const colours = levelColours(spec.levels.length);
  const levels = spec.levels.map((level, i) => ({
    level: i,
    label: level.label,
    description: level.description,
    ...colours[i],
  }));
  return {
    id: spec.id,
    name: spec.name,
    version: spec.version,
    levels,
    topLevel: levels.length - 1,
    targetLevels: levels.slice(1).map((l) => l.level),
    ...(spec.provenance ? { provenance: spec.provenance } : {}),
    themes,
    question: (id) => byId.get(id),
    questionCount: byId.size,
  };
}

function compileQuestion(spec: QuestionSpec, themeId: string, position: number): Question {
  // Exact text first (the common case: chosen from a dropdown), normalised text as fallback.
  // Plan entries never change, so each is built once and shared by every score.
  const planned: (PlannedAction | undefined)[] = [];
  const exact = new Map<string, OptionSpec>();
  const normalised = new Map<string, OptionSpec>();
  for (const option of spec.options) {
    exact.set(option.text, option);
    normalised.set(normaliseAnswer(option.text), option);
    if (option.action) {
      planned[option.level] = Object.freeze({
        theme: themeId,
        question: spec.id,
        level: option.level,
        text: option.action,
      });
    }
  }
  return {
    id: spec.id,
    text: spec.text,
    themeId,
    position,
    options: spec.options,
    lowestLevel: spec.options[0].level,
    topLevel: spec.options[spec.options.length - 1].level,
    findOption: (answer) => exact.get(answer) ?? normalised.get(normaliseAnswer(answer)),
    plannedAction: (level) => planned[level],
  };
}

export function validateFramework(spec: FrameworkSpec): string[] {
  const issues: string[] = [];
  if (!spec.id) issues.push("the framework has no id");
  if (!spec.name) issues.push("the framework has no name");
  if (!spec.version) issues.push("the framework has no version");
  const levels = spec.levels ?? [];
  if (levels.length < MIN_LEVELS || levels.length > MAX_LEVELS)
    issues.push(
      `the framework has ${levels.length} levels; it needs ${MIN_LEVELS} to ${MAX_LEVELS}`
    );
  // Compared as the sheets' level colours compare them: ignoring case (levelLabels.ts).
  const labels = new Map<string, string>();
  levels.forEach((level, i) => {
    const label = level.label?.trim();
    const first = label ? labels.get(labelKey(label)) : undefined;
    if (!label) issues.push(`level ${i} has no label`);
    else if (first === label) issues.push(`level ${i} repeats the label '${level.label}'`);
    else if (first !== undefined) issues.push(caseClash([first, label])!);
    else labels.set(labelKey(label), label);
    if (!level.description?.trim()) issues.push(`level ${i} has no description`);
  });
  if (!spec.themes?.length) issues.push("the framework has no themes");
  issues.push(...themeGroupProblems(spec.themes ?? []));

  const themeIds = new Set<string>();
  const questionIds = new Set<string>();
  for (const theme of spec.themes ?? []) {
    if (!theme.id || !theme.name) issues.push(`a theme lacks an id or name ('${theme.id}')`);
    else if (!isShortId(theme.id)) issues.push(`theme id '${theme.id}' is not a short id`);
    else if (startsLikeAFormula(theme.id))
      issues.push(`theme ${theme.id}: an id may not start with ${FORMULA_STARTS}`);
    if (themeIds.has(theme.id)) issues.push(`theme id '${theme.id}' is used twice`);
    themeIds.add(theme.id);
    if (!theme.questions?.length) issues.push(`theme ${theme.id} has no questions`);
    for (const question of theme.questions ?? []) {
      if (questionIds.has(question.id)) issues.push(`question id '${question.id}' is used twice`);
      questionIds.add(question.id);
      if (question.id && !isShortId(question.id))
        issues.push(`question id '${question.id}' is not a short id`);
      else if (startsLikeAFormula(question.id))
        issues.push(`question ${question.id}: an id may not start with ${FORMULA_STARTS}`);
      issues.push(...validateQuestion(question, theme, levels.length));
    }
  }
  return issues;
}

/** Up to 16 characters, no spaces at either end, none of the characters ids are written between. */
function isShortId(id: string): boolean {
  return id.length <= MAX_ID_LENGTH && id.trim() === id && !/[\s'"!]/.test(id);
}

function validateQuestion(question: QuestionSpec, theme: ThemeSpec, levelCount: number): string[] {
  const issues: string[] = [];
  const where = `question ${question.id || "(no id)"}`;
  if (!question.id) issues.push(`a question in theme ${theme.id} has no id`);
  if (!question.text?.trim()) issues.push(`${where} has no text`);
  const options = question.options ?? [];
  if (options.length < 2) issues.push(`${where} needs at least two options`);

  const seenTexts = new Set<string>();
  options.forEach((option, index) => {
    const label = `${where}, option ${index + 1}`;
    if (!isLevelIn(levelCount, option.level)) {
      issues.push(`${label} has level ${String(option.level)}; levels run 0-${levelCount - 1}`);
      return;
    }
    // Contiguous, one option per level: every level between lowest and top can be reached,
    // and every step up has exactly one action.
    if (index > 0 && option.level !== options[index - 1].level + 1) {
      issues.push(`${label} is at level ${option.level}; expected ${options[index - 1].level + 1}`);
    }
    if (!option.text?.trim()) issues.push(`${label} has no text`);
    else {
      const key = normaliseAnswer(option.text);
      if (seenTexts.has(key)) issues.push(`${label} repeats the text of another option`);
      seenTexts.add(key);
    }
    if (index === 0 && option.action)
      issues.push(`${label} is the lowest, so it cannot have an action`);
    if (index > 0 && !option.action?.trim())
      issues.push(`${label} (level ${option.level}) has no action`);
    issues.push(...validateCriteria(option, index === options.length - 1, theme.id, label));
  });
  return issues;
}

function validateCriteria(
  option: OptionSpec,
  isTop: boolean,
  themeId: string,
  label: string
): string[] {
  const issues: string[] = [];
  for (const ref of option.criteria ?? []) {
    const match = CRITERION_REF.exec(ref);
    if (!match) {
      issues.push(`${label} names criterion '${ref}', which is not of the form A.3.1`);
      continue;
    }
    const [, refTheme, refLevel] = match;
    if (refTheme !== themeId) issues.push(`${label} names criterion ${ref} from another theme`);
    // A top option may also grade a higher-level criterion that repeats it (the matrix does this).
    const level = Number(refLevel);
    if (level !== option.level && !(isTop && level > option.level)) {
      issues.push(`${label} is at level ${option.level} but names criterion ${ref}`);
    }
  }
  return issues;
}
