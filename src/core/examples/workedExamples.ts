import type { AnswerInput, AssessmentInput } from "../scoring/types";
import type { Framework } from "../framework/types";
import type { Level } from "../framework/levels";

/** Present and future level chosen for each question: [present, future]. */
export type LevelAnswers = Readonly<Record<string, readonly [Level, Level]>>;

export interface WorkedExample {
  id: string;
  organisation: string;
  framework: "public";
  /** Where the published results come from. */
  source: string;
  answers: LevelAnswers;
}

/*
 * Answer sets that reproduce the three published SVMI results: theme levels and overall levels
 * exactly, and for East Herts and Walsall the actions their published plans list. The answers
 * themselves are ours: the sources publish results, not the answers behind them.
 */
export const SURREY: WorkedExample = {
  id: "surrey",
  organisation: "Surrey County Council",
  framework: "public",
  source: "Bridging the Gap (2016), worked example",
  // prettier-ignore
  answers: {
    A1: [3, 3], A2: [3, 3], A3: [3, 3], A4: [3, 3], A5: [3, 3],
    B1: [3, 4], B2: [3, 3], B3: [3, 4],
    C1: [2, 3], C2: [2, 2], C3: [2, 2], C4: [2, 3], C5: [2, 4], C6: [4, 4], C7: [3, 4],
    D1: [2, 3], D2: [2, 2], D3: [2, 3], D4: [2, 3], D5: [2, 3], D6: [3, 3], D7: [3, 3],
    E1: [2, 3], E2: [1, 1], E3: [2, 4], E4: [2, 4], E5: [2, 4], E6: [3, 4],
    F1: [3, 3], F2: [2, 2], F3: [3, 3], F4: [3, 3], F5: [3, 3], F6: [3, 3], F7: [3, 3], F8: [3, 3], F9: [3, 3],
    G1: [2, 3], G2: [2, 3],
    H1: [2, 2], H2: [1, 1], H3: [2, 2], H4: [2, 2], H5: [3, 3], H6: [3, 3], H7: [3, 3],
    I1: [2, 3], I2: [2, 3], I3: [3, 3], I4: [3, 3],
    J1: [1, 1], J2: [2, 2], J3: [3, 3], J4: [2, 2], J5: [3, 3], J6: [3, 3], J7: [3, 3], J8: [3, 3], J9: [3, 3], J10: [3, 3],
  },
};

export const EAST_HERTS: WorkedExample = {
  id: "east-herts",
  organisation: "East Herts Council",
  framework: "public",
  source: "SVMI action plan, East Herts Council",
  // prettier-ignore
  answers: {
    A1: [0, 4], A2: [3, 3], A3: [3, 3], A4: [3, 3], A5: [3, 4],
    B1: [1, 4], B2: [2, 3], B3: [3, 4],
    C1: [1, 3], C2: [1, 2], C3: [1, 2], C4: [2, 3], C5: [2, 3], C6: [3, 4], C7: [3, 3],
    D1: [1, 1], D2: [1, 1], D3: [2, 3], D4: [2, 3], D5: [2, 3], D6: [3, 3], D7: [3, 3],
    E1: [0, 3], E2: [0, 1], E3: [1, 3], E4: [2, 4], E5: [2, 4], E6: [3, 4],
    F1: [0, 2], F2: [2, 2], F3: [2, 3], F4: [2, 2], F5: [2, 2], F6: [2, 3], F7: [3, 3], F8: [3, 3], F9: [3, 3],
    G1: [1, 3], G2: [2, 2],
    H1: [1, 1], H2: [0, 1], H3: [2, 2], H4: [2, 2], H5: [3, 3], H6: [3, 4], H7: [3, 4],
    I1: [1, 2], I2: [1, 2], I3: [3, 3], I4: [3, 3],
    J1: [0, 1], J2: [1, 1], J3: [1, 3], J4: [1, 2], J5: [2, 3], J6: [2, 3], J7: [2, 2], J8: [3, 3], J9: [3, 3], J10: [3, 3],
  },
};

export const WALSALL: WorkedExample = {
  id: "walsall",
  organisation: "Walsall Council",
  framework: "public",
  source: "SVMI action plan, Walsall Council",
  // prettier-ignore
  answers: {
    A1: [3, 4], A2: [2, 3], A3: [3, 3], A4: [3, 3], A5: [3, 3],
    B1: [3, 3], B2: [2, 3], B3: [3, 4],
    C1: [1, 2], C2: [2, 2], C3: [1, 2], C4: [2, 3], C5: [3, 4], C6: [3, 3], C7: [3, 4],
    D1: [1, 3], D2: [1, 2], D3: [2, 3], D4: [2, 3], D5: [3, 3], D6: [3, 3], D7: [3, 3],
    E1: [3, 3], E2: [1, 1], E3: [3, 3], E4: [3, 4], E5: [2, 3], E6: [3, 4],
    F1: [1, 2], F2: [2, 2], F3: [2, 3], F4: [2, 2], F5: [2, 3], F6: [2, 3], F7: [3, 4], F8: [3, 3], F9: [3, 4],
    G1: [1, 3], G2: [2, 2],
    H1: [1, 2], H2: [0, 1], H3: [2, 2], H4: [2, 2], H5: [3, 3], H6: [3, 4], H7: [3, 4],
    I1: [1, 2], I2: [1, 2], I3: [3, 3], I4: [3, 4],
    J1: [1, 1], J2: [1, 2], J3: [2, 3], J4: [2, 2], J5: [3, 3], J6: [3, 3], J7: [3, 3], J8: [3, 3], J9: [3, 3], J10: [3, 3],
  },
};

export const WORKED_EXAMPLES: readonly WorkedExample[] = [SURREY, EAST_HERTS, WALSALL];

/** Turns chosen levels into the option texts a person would have picked. */
export function answersFromLevels(framework: Framework, levels: LevelAnswers): AnswerInput[] {
  return Object.entries(levels).map(([id, [present, future]]) => {
    const question = framework.question(id);
    if (!question) throw new Error(`Example answers name '${id}', which ${framework.name} lacks`);
    const text = (level: Level) => {
      const option = question.options.find((o) => o.level === level);
      if (!option) throw new Error(`${id} has no option at level ${level}`);
      return option.text;
    };
    return { question: id, present: text(present), future: text(future) };
  });
}

export function exampleAssessment(framework: Framework, example: WorkedExample): AssessmentInput {
  return {
    organisation: example.organisation,
    answers: answersFromLevels(framework, example.answers),
  };
}
