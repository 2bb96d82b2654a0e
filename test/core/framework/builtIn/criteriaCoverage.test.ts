import { FRAMEWORK_SPECS } from "../../../../src/core/framework/registry";
import { readSeed, seedsPresent } from "../../../helpers/seeds";

/** The frameworks made from the SVMI matrices (svm-adoption has no matrix to cover). */
type FrameworkId = "public" | "business";

/*
 * Proof that every numbered criterion of both SVMI matrices is graded by a question.
 * MATRIX_SHAPE is how many criteria each theme has per level (Follower, Mature, Leader, Innovator),
 * read from the appendix of seed 000; GRADED_BY is the table from criterion to question. Both are
 * written out by hand so that a change to the framework data has to be a deliberate one.
 */
// prettier-ignore
const MATRIX_SHAPE: Record<FrameworkId, Record<string, [number, number, number, number]>> = {
  public: {
    A: [1, 2, 3, 4], B: [1, 1, 2, 2], C: [1, 3, 3, 4], D: [1, 2, 4, 4], E: [2, 2, 4, 3],
    F: [1, 2, 5, 4], G: [1, 1, 2, 2], H: [1, 2, 3, 5], I: [1, 2, 2, 3], J: [1, 3, 4, 5],
  },
  business: {
    A: [1, 3, 3, 2], B: [2, 4, 3, 4], C: [1, 2, 3, 5], D: [1, 1, 3, 3], E: [1, 1, 3, 4],
    F: [2, 2, 3, 3], G: [1, 2, 4, 3], H: [1, 1, 1, 4], I: [2, 4, 2, 2],
  },
};

// prettier-ignore
const GRADED_BY: Record<FrameworkId, Record<string, string>> = {
  public: {
    "A.1.1": "A1", "A.2.1": "A1", "A.2.2": "A1", "A.3.1": "A1", "A.3.2": "A2", "A.3.3": "A3", "A.4.1": "A1", "A.4.2": "A4", "A.4.3": "A3", "A.4.4": "A5",
    "B.1.1": "B1", "B.2.1": "B1", "B.3.1": "B1", "B.3.2": "B2", "B.4.1": "B1", "B.4.2": "B3",
    "C.1.1": "C1", "C.2.1": "C1", "C.2.2": "C2", "C.2.3": "C3", "C.3.1": "C1", "C.3.2": "C4", "C.3.3": "C5", "C.4.1": "C1", "C.4.2": "C5", "C.4.3": "C6", "C.4.4": "C7",
    "D.1.1": "D1", "D.2.1": "D1", "D.2.2": "D2", "D.3.1": "D1", "D.3.2": "D3", "D.3.3": "D4", "D.3.4": "D5", "D.4.1": "D1", "D.4.2": "D4", "D.4.3": "D6", "D.4.4": "D7",
    "E.1.1": "E1", "E.1.2": "E2", "E.2.1": "E1", "E.2.2": "E3", "E.3.1": "E1", "E.3.2": "E3", "E.3.3": "E4", "E.3.4": "E5", "E.4.1": "E5,E6", "E.4.2": "E3", "E.4.3": "E4",
    "F.1.1": "F1", "F.2.1": "F1", "F.2.2": "F2", "F.3.1": "F1", "F.3.2": "F3", "F.3.3": "F4", "F.3.4": "F5", "F.3.5": "F6", "F.4.1": "F1", "F.4.2": "F7", "F.4.3": "F8", "F.4.4": "F9",
    "G.1.1": "G1", "G.2.1": "G1", "G.3.1": "G1", "G.3.2": "G2", "G.4.1": "G2", "G.4.2": "G1",
    "H.1.1": "H1", "H.2.1": "H1", "H.2.2": "H2", "H.3.1": "H1", "H.3.2": "H3", "H.3.3": "H4", "H.4.1": "H1", "H.4.2": "H3", "H.4.3": "H5", "H.4.4": "H6", "H.4.5": "H7",
    "I.1.1": "I1", "I.2.1": "I1", "I.2.2": "I2", "I.3.1": "I1", "I.3.2": "I2", "I.4.1": "I1", "I.4.2": "I3", "I.4.3": "I4",
    "J.1.1": "J1", "J.2.1": "J2", "J.2.2": "J3", "J.2.3": "J4", "J.3.1": "J5", "J.3.2": "J3", "J.3.3": "J6", "J.3.4": "J7", "J.4.1": "J5", "J.4.2": "J7", "J.4.3": "J8", "J.4.4": "J9", "J.4.5": "J10",
  },
  business: {
    "A.1.1": "A1", "A.2.1": "A1", "A.2.2": "A2", "A.2.3": "A3", "A.3.1": "A1", "A.3.2": "A4", "A.3.3": "A2", "A.4.1": "A1", "A.4.2": "A4",
    "B.1.1": "B1", "B.1.2": "B2", "B.2.1": "B1", "B.2.2": "B3", "B.2.3": "B2", "B.2.4": "B4", "B.3.1": "B1", "B.3.2": "B4", "B.3.3": "B5", "B.4.1": "B1", "B.4.2": "B5", "B.4.3": "B4", "B.4.4": "B6",
    "C.1.1": "C1", "C.2.1": "C1", "C.2.2": "C2", "C.3.1": "C1", "C.3.2": "C2", "C.3.3": "C3", "C.4.1": "C1", "C.4.2": "C4", "C.4.3": "C2", "C.4.4": "C5", "C.4.5": "C6",
    "D.1.1": "D1", "D.2.1": "D1", "D.3.1": "D2", "D.3.2": "D1", "D.3.3": "D3", "D.4.1": "D1", "D.4.2": "D2", "D.4.3": "D4",
    "E.1.1": "E1", "E.2.1": "E1", "E.3.1": "E2", "E.3.2": "E1", "E.3.3": "E3", "E.4.1": "E1", "E.4.2": "E2", "E.4.3": "E4", "E.4.4": "E3",
    "F.1.1": "F1", "F.1.2": "F2", "F.2.1": "F1", "F.2.2": "F2", "F.3.1": "F1", "F.3.2": "F2", "F.3.3": "F3", "F.4.1": "F3", "F.4.2": "F1", "F.4.3": "F2",
    "G.1.1": "G1", "G.2.1": "G1", "G.2.2": "G2", "G.3.1": "G1", "G.3.2": "G3", "G.3.3": "G2", "G.3.4": "G4", "G.4.1": "G1", "G.4.2": "G3", "G.4.3": "G5",
    "H.1.1": "H1", "H.2.1": "H1", "H.3.1": "H1", "H.4.1": "H1", "H.4.2": "H2", "H.4.3": "H3", "H.4.4": "H4",
    "I.1.1": "I1", "I.1.2": "I3", "I.2.1": "I4", "I.2.2": "I3", "I.2.3": "I5", "I.2.4": "I1", "I.3.1": "I1", "I.3.2": "I2", "I.4.1": "I1", "I.4.2": "I2",
  },
};

/*
 * Criteria graded at a level other than their matrix column, each for a written reason:
 * - public C.4.1 repeats C.3.1 word for word; C1's top option (Leader) meets both.
 * - public H.2.2 (ad hoc data sharing) is a Mature criterion, but both sample action plans put
 *   its action under "To reach Follower" above an Incomplete/Non Compliant start (README, Choices).
 */
const GRADED_AT_OTHER_LEVEL: Record<FrameworkId, Record<string, number>> = {
  public: { "C.4.1": 3, "H.2.2": 1 },
  business: {},
};

function matrixCriteria(shape: Record<string, number[]>): string[] {
  return Object.entries(shape).flatMap(([theme, counts]) =>
    counts.flatMap((count, column) =>
      Array.from({ length: count }, (_, n) => `${theme}.${column + 1}.${n + 1}`)
    )
  );
}

/** Where each criterion is graded, read from the framework data: criterion -> [question, level]. */
function gradedInData(id: FrameworkId): Map<string, { questions: string[]; levels: number[] }> {
  const graded = new Map<string, { questions: string[]; levels: number[] }>();
  for (const theme of FRAMEWORK_SPECS[id].themes) {
    for (const question of theme.questions) {
      for (const option of question.options) {
        for (const ref of option.criteria ?? []) {
          const entry = graded.get(ref) ?? { questions: [], levels: [] };
          entry.questions.push(question.id);
          entry.levels.push(option.level);
          graded.set(ref, entry);
        }
      }
    }
  }
  return graded;
}

describe.each<FrameworkId>(["public", "business"])("criteria of the %s matrix", (id) => {
  const expected = matrixCriteria(MATRIX_SHAPE[id]);
  const graded = gradedInData(id);

  it("are each graded by a question, as the table says", () => {
    const table = Object.fromEntries(
      expected.map((ref) => [ref, graded.get(ref)?.questions.join(",") ?? "(none)"])
    );
    expect(table).toEqual(GRADED_BY[id]);
  });

  it("are graded at their own level, bar the written exceptions", () => {
    const misplaced = expected.filter((ref) => {
      const level = GRADED_AT_OTHER_LEVEL[id][ref] ?? Number(ref.split(".")[1]);
      return !graded.get(ref)?.levels.every((l) => l === level);
    });
    expect(misplaced).toEqual([]);
  });

  it("names no criterion the matrix lacks", () => {
    expect([...graded.keys()].filter((ref) => !expected.includes(ref))).toEqual([]);
  });

  it("has one row per theme of the framework", () => {
    expect(Object.keys(MATRIX_SHAPE[id])).toEqual(FRAMEWORK_SPECS[id].themes.map((t) => t.id));
  });
});

/** Counts the numbered criteria in each cell of an appendix matrix ("1. … 2. …"). */
function countCriteria(text: string, heading: string, nextHeading: string): number[][] {
  const start = text.indexOf(heading);
  const end = text.indexOf(nextHeading, start + heading.length);
  const rows: number[][] = [];
  for (const line of text.slice(start, end).split("\n")) {
    const cells = line.split("\t");
    if (cells.length < 5 || ["LEVEL", "Overview"].includes(cells[0].trim())) continue;
    rows.push(
      cells.slice(1, 5).map((cell) => {
        let count = 0;
        while (new RegExp(`(^|[\\s>])${count + 1}\\.\\s`).test(cell)) count += 1;
        return count || 1; // an unnumbered cell is one criterion
      })
    );
  }
  return rows;
}

// The shape above was read off seed 000; when the seeds are at hand, check it against them again.
(seedsPresent() ? it : it.skip)("matches the matrices in seed 000 (needs ../shared/seeds)", () => {
  const text = readSeed("framework");
  expect(
    countCriteria(text, "Public Sector Social Value Maturity Index", "Private Sector")
  ).toEqual(Object.values(MATRIX_SHAPE.public));
  expect(countCriteria(text, "Private Sector Social Value Maturity Index", "\nNotes")).toEqual(
    Object.values(MATRIX_SHAPE.business)
  );
});
