import type { Level } from "../framework/levels";
import type { Framework } from "../framework/types";
import type { ScoreResult } from "../scoring/types";

/**
 * The `svmi-submission/1` format: one organisation's scored assessment, anonymised, for a
 * benchmark (docs/formats/svmi-submission-1.md). It carries levels only, never answers' text, and
 * the organisation's name only when the organisation chose to be named.
 */

export const SUBMISSION_SCHEMA = "svmi-submission/1";

export const MODES = ["self", "facilitated", "external"] as const;
/** Who scored it: the organisation itself, in a facilitated workshop, or an external assessor. */
export type Mode = (typeof MODES)[number];

export interface LevelPair {
  present: Level | null;
  future: Level | null;
}

export interface Submission {
  schema: typeof SUBMISSION_SCHEMA;
  framework: { id: string; version: string };
  /** The survey round it answers, e.g. "2026". */
  period: string;
  /** ISO date and time. */
  submittedAt: string;
  org: { type: string; region: string; name?: string };
  mode: Mode;
  /** How many people answered (the participants of a merged assessment), when known. */
  respondents?: number;
  themes: ({ id: string } & LevelPair)[];
  overall: LevelPair;
  questions: ({ id: string } & LevelPair)[];
  consent: { aggregate: boolean; named: boolean };
}

/** The longest period, type, region and name accepted: they are labels, not prose. */
export const MAX_LABEL = 100;

/** What is wrong with a label (period, type, region, name), or undefined when it will do. */
export function labelProblem(what: string, value: unknown): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return `${what} must be a non-empty text`;
  if (value.length > MAX_LABEL) return `${what} is over ${MAX_LABEL} characters`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return `${what} contains a control character`;
  return undefined;
}

export interface SubmissionChoices {
  period: string;
  submittedAt: string;
  org: { type: string; region: string };
  mode: Mode;
  respondents?: number;
  /** Name the organisation (result.organisation); otherwise the submission carries no name. */
  named: boolean;
}

/** A scored assessment as a submission; the choices say what the organisation agreed to send. */
export function buildSubmission(
  framework: Framework,
  result: ScoreResult,
  choices: SubmissionChoices
): Submission {
  const name = result.organisation.trim();
  if (choices.named && !name) throw new Error("it cannot be named: it names no organisation");
  const pair = (p: { present: { level: Level | null }; future: { level: Level | null } }) => ({
    present: p.present.level,
    future: p.future.level,
  });
  return {
    schema: SUBMISSION_SCHEMA,
    framework: { id: framework.id, version: framework.version },
    period: choices.period,
    submittedAt: choices.submittedAt,
    org: {
      type: choices.org.type,
      region: choices.org.region,
      ...(choices.named ? { name } : {}),
    },
    mode: choices.mode,
    ...(choices.respondents !== undefined ? { respondents: choices.respondents } : {}),
    themes: result.themes.map((t) => ({ id: t.id, ...pair(t) })),
    overall: {
      present: result.overall.present.level,
      future: result.overall.future.level,
    },
    questions: result.questions.map((q) => ({ id: q.id, ...pair(q) })),
    consent: { aggregate: true, named: choices.named },
  };
}

/**
 * The themes a submission sends without a Present level (not scored yet, so sent as null). A
 * submission with none scored says nothing of where the organisation stands: svmi export and the
 * pane refuse to send it, and readSubmission to count it.
 */
export function unscoredThemes(submission: Pick<Submission, "themes">): string[] {
  return submission.themes.filter((t) => t.present === null).map((t) => t.id);
}
