import type { CliIo } from "../../../src/cli/commands/cliIo";
import { scoreAnswersFile } from "../../../src/cli/commands/scoreAnswers";
import { textReport } from "../../../src/cli/commands/textReport";
import { UsageError } from "../../../src/cli/usageError";
import { getFramework } from "../../../src/core/framework/registry";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import { scoreJson } from "../../../src/core/scoring/scoreJson";

/** svmi score --answers FILE.json: reads an answers file, scores it and prints the result. */

function memory(text: string) {
  const out: string[] = [];
  const io = {
    out: (line: string) => out.push(line),
    readText: async () => text,
  } as Partial<CliIo> as CliIo;
  return { io, out };
}

const framework = getFramework("business");
const a1 = framework.question("A1")!;
const assessment = {
  organisation: "Acme",
  answers: [{ question: "A1", present: a1.options[0].text, future: a1.options[2].text }],
};
const answersFile = JSON.stringify({ framework: "business", ...assessment });

describe("scoreAnswersFile", () => {
  it("prints the text report of the score", async () => {
    const { io, out } = memory(answersFile);
    expect(await scoreAnswersFile("a.json", false, io)).toBe(0);
    expect(out).toEqual([textReport(framework, scoreAssessment(framework, assessment))]);
  });

  it("prints the score JSON on one line with json", async () => {
    const { io, out } = memory(answersFile);
    await scoreAnswersFile("a.json", true, io);
    expect(out).toEqual([JSON.stringify(scoreJson(scoreAssessment(framework, assessment)))]);
  });

  it.each([
    ["not an object", "[]", "a.json: expected a JSON object with 'framework' and 'answers'"],
    [
      "answers not a list",
      '{"framework": "public", "answers": {}}',
      "a.json: 'answers' must be a list of {question, present, future}",
    ],
    [
      "too long",
      " ".repeat(10 * 1024 * 1024 + 1),
      "a.json is larger than 10 MB; refusing to read it",
    ],
  ])("refuses a file %s, naming it", async (_, text, message) => {
    const { io, out } = memory(text);
    await expect(scoreAnswersFile("a.json", false, io)).rejects.toThrow(new UsageError(message));
    expect(out).toEqual([]);
  });

  it("says why the file could not be read", async () => {
    const io = {
      readText: async () => {
        throw new Error("EISDIR: illegal operation on a directory");
      },
    } as Partial<CliIo> as CliIo;
    await expect(scoreAnswersFile("dir", false, io)).rejects.toThrow(
      new UsageError("cannot read dir: EISDIR: illegal operation on a directory")
    );
  });
});
