import { FormatError } from "../../../src/core/benchmark/formatError";
import { readSubmission } from "../../../src/core/benchmark/readSubmission";
import type { Submission } from "../../../src/core/benchmark/submission";
import { getFramework } from "../../../src/core/framework/registry";
import { peerSubmission } from "../../helpers/publicBenchmark";
import { TINY, tinyLookup, tinySubmission } from "./submissions";

/*
 * Reading an svmi-submission/1 file: what buildSubmission writes reads back unchanged; each kind
 * of bad file is refused with one line naming the file and the problem.
 */

const FILE = "anytown.json";
/** A valid submission: A1 at Follower now, Leader later; A2 at Leader; B1 at its top (3). */
const valid = () =>
  tinySubmission({ A1: [1, 3], A2: [3, 3], B1: [3, 3] }) as unknown as Record<string, unknown>;
const read = (data: unknown) =>
  readSubmission(typeof data === "string" ? data : JSON.stringify(data), FILE, tinyLookup);

/** The one-line message reading this gives. */
function problem(data: unknown): string {
  try {
    read(data);
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    const message = (error as Error).message;
    expect(message).not.toMatch(/\n/);
    expect(message.startsWith(`${FILE}: `)).toBe(true);
    return message.slice(FILE.length + 2);
  }
  throw new Error("it was accepted");
}

const edit = (change: (s: Record<string, any>) => void) => {
  const s = valid();
  change(s);
  return s;
};

describe("readSubmission accepts", () => {
  it("what buildSubmission writes, unchanged", () => {
    const submission = tinySubmission(
      { A1: [1, 3], A2: [3, null], B1: [2, 3] },
      { name: "Anytown" }
    );
    expect(read(submission)).toEqual(submission);
  });

  it("scores B1's top option (level 3) as theme B met in full, as scoring does", () => {
    const s = valid() as unknown as Submission;
    expect(s.themes.find((t) => t.id === "B")).toEqual({ id: "B", present: 4, future: 4 });
    expect(read(s).themes[1]).toEqual({ id: "B", present: 4, future: 4 });
  });

  it("a byte-order mark, and drops fields the format does not define", () => {
    const s = edit((d) => {
      d.comment = "from Anytown, Jo's laptop";
      d.org.postcode = "AB1 2CD";
    });
    const back = readSubmission(`\uFEFF${JSON.stringify(s)}`, FILE, tinyLookup);
    expect(back).toEqual(valid());
    expect(JSON.stringify(back)).not.toMatch(/laptop|AB1/);
  });

  it("a built-in framework through the registry, by default", () => {
    // Every question at the option nearest Mature, and Innovator later (its real option texts).
    const submission = peerSubmission(getFramework("public"), 2);
    expect(submission.themes.every((t) => t.present !== null)).toBe(true);
    expect(readSubmission(JSON.stringify(submission), FILE)).toEqual(submission);
  });
});

describe("readSubmission refuses, in one line naming the file", () => {
  it("a file that is not JSON", () => {
    expect(problem('{"schema": ')).toMatch(/^is not JSON \(/);
  });

  it("JSON that is not an object", () => {
    expect(problem([valid()])).toBe("is not a JSON object");
  });

  it("another schema", () => {
    expect(problem(edit((s) => (s.schema = "svmi-benchmark/1")))).toBe(
      'schema is "svmi-benchmark/1", not "svmi-submission/1"'
    );
    expect(problem(edit((s) => delete s.schema))).toMatch(/^schema is missing/);
  });

  it("a submission whose organisation refused aggregation", () => {
    expect(problem(edit((s) => (s.consent.aggregate = false)))).toBe(
      "the organisation refused aggregation (consent.aggregate is false)"
    );
  });

  it("an unknown framework id", () => {
    expect(problem(edit((s) => (s.framework.id = "elsewhere")))).toBe(
      "framework 'elsewhere' is unknown"
    );
  });

  it("an unknown framework version", () => {
    expect(problem(edit((s) => (s.framework.version = "t0")))).toBe(
      `framework tiny version 't0' is unknown (svmi has version ${TINY.version})`
    );
  });

  it.each([5, -1, 1.5, "2", true])("a level out of range (%j)", (level) => {
    expect(problem(edit((s) => (s.questions[0].present = level)))).toBe(
      `question A1 present: ${JSON.stringify(level)} is not a level (a whole number from 0 to 4, or null)`
    );
    expect(problem(edit((s) => (s.themes[0].future = level)))).toMatch(
      /^theme A future: .* is not a level/
    );
    expect(problem(edit((s) => (s.overall.present = level)))).toMatch(
      /^overall present: .* is not a level/
    );
  });

  it("a level none of the question's options has", () => {
    expect(problem(edit((s) => (s.questions[2].present = 0)))).toBe(
      "question B1 present: no option of B1 is at level 0"
    );
  });

  it("an unknown question id", () => {
    expect(problem(edit((s) => s.questions.push({ id: "Z9", present: 1, future: 1 })))).toBe(
      "question 'Z9' is not in Tiny test framework"
    );
  });

  it("a question missing, or listed twice", () => {
    expect(problem(edit((s) => s.questions.splice(1, 1)))).toMatch(/^question A2 is missing/);
    expect(problem(edit((s) => s.questions.push({ ...s.questions[0] })))).toBe(
      "question A1 is listed twice"
    );
  });

  it("a theme missing, unknown or listed twice", () => {
    expect(problem(edit((s) => s.themes.pop()))).toBe("theme B is missing");
    expect(problem(edit((s) => s.themes.push({ id: "Q", present: 1, future: 1 })))).toBe(
      "theme 'Q' is not in Tiny test framework"
    );
    expect(problem(edit((s) => s.themes.push({ ...s.themes[0] })))).toBe("theme A is listed twice");
  });

  it("a theme level that its question levels do not make", () => {
    // A1 Follower and A2 Leader: theme A is Follower (1), the level both meet.
    expect(problem(edit((s) => (s.themes[0].present = 3)))).toBe(
      "theme A present is 3, but its question levels make it 1"
    );
    // A question edited without its theme is caught the same way.
    expect(problem(edit((s) => (s.questions[0].future = 1)))).toBe(
      "theme A future is 3, but its question levels make it 1"
    );
  });

  it("an overall level that the theme levels do not make", () => {
    // Themes A 1 and B 4: mean 2.5, overall 2.
    expect(problem(edit((s) => (s.overall.present = 3)))).toBe(
      "overall present is 3, but the theme levels make it 2"
    );
    expect(problem(edit((s) => (s.overall.future = null)))).toBe(
      "overall future is null, but the theme levels make it 3"
    );
  });

  it("a name the organisation did not agree to give, or consent to be named without a name", () => {
    expect(problem(edit((s) => (s.org.name = "Anytown")))).toBe(
      "org.name is given but consent.named is false"
    );
    expect(problem(edit((s) => (s.consent.named = true)))).toBe(
      "consent.named is true but org.name is missing"
    );
  });

  it("consent that is not two yes-or-no answers", () => {
    expect(problem(edit((s) => delete s.consent))).toMatch(/^consent must be/);
    expect(problem(edit((s) => (s.consent.aggregate = "yes")))).toMatch(/^consent must be/);
  });

  it("an empty or over-long label, and control characters in one", () => {
    expect(problem(edit((s) => (s.period = " ")))).toBe("period must be a non-empty text");
    expect(problem(edit((s) => (s.org.type = "x".repeat(101))))).toBe(
      "org.type is over 100 characters"
    );
    expect(problem(edit((s) => (s.org.region = "SE\n=cmd")))).toBe(
      "org.region contains a control character"
    );
  });

  it("a mode, time of sending or respondents count it does not define", () => {
    expect(problem(edit((s) => (s.mode = "guess")))).toBe(
      "mode must be one of self, facilitated, external"
    );
    expect(problem(edit((s) => (s.submittedAt = "last Tuesday")))).toMatch(/^submittedAt must be/);
    expect(problem(edit((s) => (s.respondents = 0)))).toBe(
      "respondents must be a whole number above 0"
    );
  });

  it("a submission with no theme scored, naming the file", () => {
    const blank = tinySubmission({ A1: [null, null], A2: [null, 3], B1: [null, 3] });
    expect(problem(blank)).toBe("nothing is scored (no theme has a Present level)");
    // One theme scored is enough: the others are counted nowhere, this one in its theme.
    const one = tinySubmission({ A1: [null, null], A2: [null, 3], B1: [2, 3] });
    expect(read(one).themes.map((t) => t.present)).toEqual([null, 2]);
  });
});
