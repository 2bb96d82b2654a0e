import type { FrameworkSpec, LevelSpec, ThemeSpec } from "./spec";
import { MAX_LEVELS, MIN_LEVELS } from "./levels";
import { fields, frameworkId, list, shortId, text, type Problems } from "./bankFields";
import { bankQuestion } from "./bankQuestion";
import { caseClash, labelKey } from "./levelLabels";

/**
 * A bank's JSON (the shape `svmi questions --json` prints) turned back into a FrameworkSpec,
 * checking every field on the way: the outline, the levels, and each theme (bankQuestion.ts
 * checks the questions). Every problem is collected, with its place; the spec is built only
 * when there are none.
 */
export function bankSpec(
  data: unknown,
  { carried = false }: { carried?: boolean } = {}
): { spec?: FrameworkSpec; problems: Problems } {
  const problems: Problems = [];
  // "$schema" lets an editor check the file against docs/question-bank.schema.json.
  const bank = fields(data, "the bank", ["framework", "levels", "themes"], ["$schema"], problems);
  if (!bank) return { problems };
  const framework = bankFramework(bank.framework, problems);
  const levels = bankLevels(bank, problems);
  // Without levels the options' levels cannot be checked: say what is known and stop there.
  if (!levels) return { problems };
  const themes = bankThemes(bank, levels.length, carried ? 1 : MIN_BANK_THEMES, problems);
  if (problems.length || !framework || !themes) return { problems };
  return { spec: { ...framework, levels, themes }, problems };
}

function bankFramework(value: unknown, problems: Problems) {
  const record = fields(value, "framework", ["id", "name", "version"], ["provenance"], problems);
  if (!record) return undefined;
  const id = frameworkId(record, problems);
  const name = text(record, "name", "framework", problems);
  const version = text(record, "version", "framework", problems);
  const provenance =
    record.provenance === undefined ? undefined : text(record, "provenance", "framework", problems);
  if (id === undefined || name === undefined || version === undefined) return undefined;
  return { id, name, version, ...(provenance ? { provenance } : {}) };
}

function bankLevels(bank: Record<string, unknown>, problems: Problems): LevelSpec[] | undefined {
  const items = list(bank, "levels", "the bank", problems);
  if (!items) return undefined;
  if (items.length < MIN_LEVELS || items.length > MAX_LEVELS) {
    problems.push(
      `the bank has ${items.length} level${items.length === 1 ? "" : "s"}; a framework needs ${MIN_LEVELS} to ${MAX_LEVELS}`
    );
    return undefined;
  }
  const levels: LevelSpec[] = [];
  // Keyed as the sheets' level colours compare labels: ignoring case (levelLabels.ts).
  const byLabel = new Map<string, { label: string; level: number }[]>();
  items.forEach((item, i) => {
    const place = `level ${i}`;
    const record = fields(item, place, ["level", "label", "description"], [], problems);
    // Kept in its place even so: the options' levels are checked against the number of levels.
    if (!record) return void levels.push({ label: "", description: "" });
    // Levels are numbered from 0 in order: the number is only there to be read beside the label.
    if (record.level !== undefined && record.level !== i)
      problems.push(
        `${place}: 'level' is ${JSON.stringify(record.level)}; levels are numbered 0, 1, 2… from the lowest, in order`
      );
    const label = text(record, "label", place, problems);
    const description = text(record, "description", place, problems);
    if (label !== undefined) {
      // Scoring reads a level back from its label in a cell, trimmed: so must the labels be.
      if (label.trim() !== label)
        problems.push(`${place}: the label '${label}' has spaces at its ends`);
      const key = labelKey(label);
      byLabel.set(key, [...(byLabel.get(key) ?? []), { label: label.trim(), level: i }]);
    }
    levels.push({ label: label ?? "", description: description ?? "" });
  });
  for (const at of byLabel.values()) {
    if (at.length < 2) continue;
    problems.push(
      caseClash(at.map((a) => a.label)) ??
        `level labels must be unique: '${at[0].label}' is the label of levels ${at.map((a) => a.level).join(" and ")}`
    );
  }
  return levels;
}

function bankThemes(
  bank: Record<string, unknown>,
  levelCount: number,
  minThemes: number,
  problems: Problems
): ThemeSpec[] | undefined {
  const items = list(bank, "themes", "the bank", problems);
  if (!items) return undefined;
  if (items.length === 0) problems.push("the bank has no themes");
  // The Results radar has an axis per theme: with two it is a vertical line, with one a point.
  else if (items.length < minThemes)
    problems.push(
      `a bank needs at least ${minThemes} themes, for the radar chart; this one has ${items.length}`
    );
  const themeCounts = new Map<string, number>();
  // Question ids are unique across the bank: answers and the plan name a question by its id alone.
  const questionThemes = new Map<string, string[]>();
  const themes = items.map((item, t): ThemeSpec => {
    let place = `theme ${t + 1}`;
    const record = fields(item, place, ["id", "name", "questions"], ["group"], problems);
    if (!record) return { id: "", name: "", questions: [] };
    const id = typeof record.id === "string" && record.id ? record.id : undefined;
    if (id !== undefined) place = `theme ${id}`;
    const checkedId = shortId(record, place, problems);
    if (id !== undefined) themeCounts.set(id, (themeCounts.get(id) ?? 0) + 1);
    const name = text(record, "name", place, problems);
    const group = text(record, "group", place, problems);
    const questionItems = list(record, "questions", place, problems) ?? [];
    if (Array.isArray(record.questions) && questionItems.length === 0)
      problems.push(`${place} has no questions`);
    const questions = questionItems.map((q, i) => {
      const question = bankQuestion(q, `${place}, question ${i + 1}`, place, levelCount, problems);
      if (question.id)
        questionThemes.set(question.id, [...(questionThemes.get(question.id) ?? []), id ?? place]);
      return question;
    });
    return {
      id: checkedId ?? "",
      name: name ?? "",
      ...(group !== undefined ? { group } : {}),
      questions,
    };
  });
  for (const [id, count] of themeCounts)
    if (count > 1) problems.push(`theme ${id} appears ${times(count)}`);
  for (const [id, inThemes] of questionThemes) {
    if (inThemes.length < 2) continue;
    const where = [...new Set(inThemes)];
    problems.push(
      `question ${id} appears ${times(inThemes.length)} (in theme${where.length > 1 ? "s" : ""} ${where.join(" and ")})`
    );
  }
  return themes;
}

/**
 * Fewer themes than this and the Results radar cannot be read. Bank files only: the built-in
 * frameworks have eight or more, loadFramework asks for one (frameworks registered in code, such
 * as the tests' two-theme ones), and a bank a workbook carries is read without it (bank.ts).
 */
export const MIN_BANK_THEMES = 3;

function times(count: number): string {
  return count === 2 ? "twice" : `${count} times`;
}
