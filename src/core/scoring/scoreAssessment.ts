import type {
  AnswerInput,
  AssessmentInput,
  LevelResult,
  OverallScore,
  Problem,
  QuestionScore,
  ScoreResult,
  ThemeScore,
  Timeframe,
} from "./types";
import { planActions } from "./actionPlan";
import type { Framework, Question } from "../framework/types";
import type { Level } from "../framework/levels";
import { isBlankAnswer } from "../framework/normalise";

/**
 * Scores one assessment. Present and Future are scored independently by the same rules:
 * - a question's level is its chosen option's level;
 * - a theme's level is the highest level at which all its requirements are met: the minimum over
 *   its questions, where a question answered at its top option is fully met (it asks nothing more);
 * - a theme with a blank answer (unanswered) or one that is not an option (invalid) has no level
 *   yet; the two are counted apart;
 * - overall: the mean of the theme levels, and the level floor(mean).
 * Bad answers become problems; they are never guessed and never stop the rest from scoring.
 */
export function scoreAssessment(framework: Framework, input: AssessmentInput): ScoreResult {
  const problems: Problem[] = [];
  const answers = indexAnswers(framework, input.answers, problems);
  const questions: QuestionScore[] = [];
  const results = levelResults(framework);
  const levelResult = (level: Level | null) => (level === null ? NO_LEVEL : results[level]);
  const label = (level: Level) => framework.levels[level].label;

  const themes: ThemeScore[] = framework.themes.map((theme) => {
    let presentCeiling: Level = framework.topLevel;
    let futureCeiling: Level = framework.topLevel;
    const unanswered = { present: 0, future: 0 };
    const invalid = { present: 0, future: 0 };
    for (const question of theme.questions) {
      const answer = answers[question.position];
      const present = readLevel(question, answer?.present, "present", problems);
      const future = readLevel(question, answer?.future, "future", problems);
      if (present === BLANK) unanswered.present += 1;
      else if (present === INVALID) invalid.present += 1;
      else presentCeiling = Math.min(presentCeiling, themeCeiling(framework, question, present));
      if (future === BLANK) unanswered.future += 1;
      else if (future === INVALID) invalid.future += 1;
      else futureCeiling = Math.min(futureCeiling, themeCeiling(framework, question, future));
      if (present >= 0 && future >= 0 && future < present) {
        problems.push({
          question: question.id,
          field: "future",
          message: `${question.id} future: ${label(future)} is below present ${label(present)}; no actions are planned for it`,
        });
      }
      questions.push({
        id: question.id,
        theme: theme.id,
        present: levelResult(present < 0 ? null : present),
        future: levelResult(future < 0 ? null : future),
      });
    }
    return {
      id: theme.id,
      name: theme.name,
      present: levelResult(unanswered.present || invalid.present ? null : presentCeiling),
      future: levelResult(unanswered.future || invalid.future ? null : futureCeiling),
      unanswered,
      invalid,
    };
  });

  return {
    framework: { id: framework.id, name: framework.name, version: framework.version },
    organisation: input.organisation ?? "",
    themes,
    overall: {
      present: overallScore(
        framework,
        themes.map((t) => t.present.level)
      ),
      future: overallScore(
        framework,
        themes.map((t) => t.future.level)
      ),
    },
    actions: planActions(framework, questions),
    problems,
    questions,
  };
}

/** The highest theme level this answer allows: its own level, or the top level once fully met. */
export function themeCeiling(framework: Framework, question: Question, level: Level): Level {
  return level === question.topLevel ? framework.topLevel : level;
}

/**
 * The overall level is floor(mean): the only reading that matches all three worked examples
 * (East Herts 0.5 -> Incomplete/Non Compliant, Walsall 2.5 -> Mature, Surrey 2.4 -> Mature and
 * 3.2 -> Leader). The mean is rounded to one decimal for display; with at most ten themes a mean
 * below a whole level is at least 0.1 below it, so rounding never disagrees with the floor.
 */
export function overallScore(
  framework: Framework,
  themeLevels: readonly (Level | null)[]
): OverallScore {
  let sum = 0;
  let scored = 0;
  for (const level of themeLevels) {
    if (level === null) continue;
    sum += level;
    scored += 1;
  }
  const provisional = scored < themeLevels.length;
  const mean = scored === 0 ? null : Math.round((sum / scored) * 10) / 10;
  if (provisional || scored === 0) return { mean, level: null, label: null, provisional: true };
  const level = Math.floor(sum / scored);
  return { mean, level, label: framework.levels[level].label, provisional: false };
}

// Scoring is run a hundred thousand times a second in batch use: share the few possible results.
const NO_LEVEL: LevelResult = Object.freeze({ level: null, label: null });
const LEVEL_RESULTS = new WeakMap<Framework, readonly LevelResult[]>();

function levelResults(framework: Framework): readonly LevelResult[] {
  let results = LEVEL_RESULTS.get(framework);
  if (!results) {
    results = framework.levels.map(({ level, label }) => Object.freeze({ level, label }));
    LEVEL_RESULTS.set(framework, results);
  }
  return results;
}

/** What readLevel returns for a blank answer and for one that is not an option (both below 0). */
const BLANK = -1;
const INVALID = -2;

/** An answer's level; BLANK or INVALID (with a problem) where it has none. */
function readLevel(
  question: Question,
  value: unknown,
  field: Timeframe,
  problems: Problem[]
): Level | typeof BLANK | typeof INVALID {
  if (value === undefined || value === null) return BLANK;
  if (typeof value !== "string") {
    problems.push({
      question: question.id,
      field,
      message: `${question.id} ${field}: expected the text of an option, found ${JSON.stringify(value)}`,
    });
    return INVALID;
  }
  const option = question.findOption(value);
  if (option) return option.level;
  if (isBlankAnswer(value)) return BLANK;
  problems.push({
    question: question.id,
    field,
    message: `${question.id} ${field}: '${value.trim()}' is not one of the options`,
  });
  return INVALID;
}

/** Answers by question position in the framework (an array: scoring runs in tight batches). */
function indexAnswers(
  framework: Framework,
  answers: readonly AnswerInput[],
  problems: Problem[]
): (AnswerInput | undefined)[] {
  const byPosition = new Array<AnswerInput | undefined>(framework.questionCount);
  for (const answer of answers) {
    const raw: unknown = answer?.question;
    const id = typeof raw === "string" ? raw.trim() : "";
    const question = framework.question(id);
    if (!question) {
      problems.push({
        question: id,
        field: "question",
        message: id
          ? `'${id}' is not a question in ${framework.name}; its answers are ignored`
          : `an answer names no question (${JSON.stringify(answer)}); it is ignored`,
      });
    } else if (byPosition[question.position]) {
      problems.push({
        question: id,
        field: "question",
        message: `${id} is answered more than once; only the first answer is used`,
      });
    } else {
      byPosition[question.position] = answer;
    }
  }
  return byPosition;
}
