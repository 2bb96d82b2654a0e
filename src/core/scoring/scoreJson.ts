import type { AnswerInput, AssessmentInput, ScoreResult } from "./types";
import {
  FRAMEWORK_IDS,
  getFramework,
  isFrameworkId,
  type FrameworkId,
} from "../framework/registry";
import type { Framework } from "../framework/types";
import type { OptionSpec } from "../framework/spec";
import type { Level } from "../framework/levels";
import { isNotYetOption } from "../framework/optionWording";

/*
 * The project's public JSON interface: what `svmi questions --json` and `svmi score --json` print
 * and what `svmi score --answers` reads. Field names are fixed; fields may be added, never renamed.
 */

export interface QuestionsJson {
  /** `provenance` only where the framework is not an official text. */
  framework: { id: string; name: string; version: string; provenance?: string };
  levels: { level: Level; label: string; description: string }[];
  themes: {
    id: string;
    name: string;
    /** Only where the framework groups its themes (svm-adoption: the report's three groups). */
    group?: string;
    questions: {
      id: string;
      text: string;
      /**
       * `notYet` where the option says the practice is not in place yet, or where its text alone
       * would say otherwise; `criteria` where it grades any. With them a bank loads back exactly.
       */
      options: { text: string; level: Level; notYet?: boolean; criteria?: string[] }[];
      actions: { level: Level; text: string }[];
    }[];
  }[];
}

export function questionsJson(framework: Framework): QuestionsJson {
  return {
    framework: {
      id: framework.id,
      name: framework.name,
      version: framework.version,
      ...(framework.provenance ? { provenance: framework.provenance } : {}),
    },
    levels: framework.levels.map(({ level, label, description }) => ({
      level,
      label,
      description,
    })),
    themes: framework.themes.map((theme) => ({
      id: theme.id,
      name: theme.name,
      ...(theme.group !== undefined ? { group: theme.group } : {}),
      questions: theme.questions.map((q) => ({
        id: q.id,
        text: q.text,
        options: q.options.map(optionJson),
        actions: q.options.flatMap((o) => (o.action ? [{ level: o.level, text: o.action }] : [])),
      })),
    })),
  };
}

export type OptionJson = QuestionsJson["themes"][number]["questions"][number]["options"][number];

function optionJson(option: OptionSpec): OptionJson {
  const notYet = isNotYetOption(option);
  // Said outright when it is one, so a bank whose texts are then rewritten keeps it; and when
  // it is not one although its text starts "Not yet".
  const saysNotYet = notYet || isNotYetOption({ text: option.text });
  return {
    text: option.text,
    level: option.level,
    ...(saysNotYet ? { notYet } : {}),
    ...(option.criteria?.length ? { criteria: [...option.criteria] } : {}),
  };
}

/** The score JSON: the contract's fields first, in contract order, then per-question levels. */
export function scoreJson(result: ScoreResult): ScoreResult {
  const { framework, organisation, themes, overall, actions, problems, questions } = result;
  return { framework, organisation, themes, overall, actions, problems, questions };
}

export type ParsedAssessment =
  { ok: true; framework: Framework; assessment: AssessmentInput } | { ok: false; error: string };

/**
 * Reads an answers file's parsed JSON. Only its outline can make it unreadable (not an object,
 * no known framework, no answers list); a bad individual answer is a scoring problem instead.
 */
export function parseAssessment(data: unknown): ParsedAssessment {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, error: "expected a JSON object with 'framework' and 'answers'" };
  }
  const record = data as Record<string, unknown>;
  const frameworkId = record.framework;
  if (!isFrameworkId(frameworkId)) {
    return {
      ok: false,
      error: `'framework' must be one of ${FRAMEWORK_IDS.map((id) => `"${id}"`).join(", ")}; found ${JSON.stringify(frameworkId)}`,
    };
  }
  const framework = getFramework(frameworkId as FrameworkId);
  if (record.version !== undefined && record.version !== framework.version) {
    return {
      ok: false,
      error: `these answers are for ${framework.id} version ${JSON.stringify(record.version)}; this svmi knows version "${framework.version}"`,
    };
  }
  if (record.organisation !== undefined && typeof record.organisation !== "string") {
    return { ok: false, error: "'organisation' must be text" };
  }
  if (!Array.isArray(record.answers)) {
    return { ok: false, error: "'answers' must be a list of {question, present, future}" };
  }
  return {
    ok: true,
    framework,
    assessment: {
      organisation: (record.organisation as string | undefined) ?? "",
      answers: record.answers as AnswerInput[],
    },
  };
}
