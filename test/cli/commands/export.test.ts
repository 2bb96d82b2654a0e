import { runCli } from "../../../src/cli/commands";
import { readSubmission } from "../../../src/core/benchmark/readSubmission";
import {
  answersFromLevels,
  exampleAssessment,
  SURREY,
} from "../../../src/core/examples/workedExamples";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import { filledAnswers, newAssessmentWorkbook } from "../../../src/xlsx/workbookFile";
import { memoryIo } from "../../helpers/memoryIo";
import { DETAILS, filledSurrey, PUBLIC } from "../../helpers/workbooks";

/*
 * svmi export: a scored workbook as an svmi-submission/1 file: levels only, no name unless
 * --named, the period from the assessment's date; bad usage is exit 2, a bad workbook exit 1.
 */

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function exportOf(
  args: string[],
  files: Record<string, Uint8Array> = { "surrey.xlsx": filledSurrey() }
) {
  const memory = memoryIo(files);
  const code = await runCli(["export", ...args], memory.io);
  const written = memory.store.get("sub.json");
  return { code, ...memory, text: written && decode(written) };
}

describe("svmi export", () => {
  it("writes an anonymous submission of the workbook's levels", async () => {
    const before = Date.now() - 1000;
    const { code, text, out, err } = await exportOf([
      "surrey.xlsx",
      "--out",
      "sub.json",
      "--type",
      "county council",
      "--region",
      "SE",
    ]);
    expect([code, err]).toEqual([0, []]);
    const submission = JSON.parse(text!);
    expect(submission).toMatchObject({
      schema: "svmi-submission/1",
      framework: { id: "public", version: PUBLIC.version },
      period: "2026", // the year of the assessment's date, 2026-11-22
      org: { type: "county council", region: "SE" },
      mode: "self",
      // Surrey's worked example: mean 2.4 now (Mature), 3.2 later (Leader).
      overall: { present: 2, future: 3 },
      consent: { aggregate: true, named: false },
    });
    expect(submission.org).not.toHaveProperty("name");
    expect(text).not.toMatch(/Surrey/);
    expect(submission).not.toHaveProperty("respondents");
    const submitted = Date.parse(submission.submittedAt);
    expect(submitted).toBeGreaterThanOrEqual(before);
    expect(submitted).toBeLessThanOrEqual(Date.now());
    // Every question's levels, as the scorer gives them.
    const scored = scoreAssessment(PUBLIC, exampleAssessment(PUBLIC, SURREY));
    expect(submission.questions).toEqual(
      scored.questions.map((q) => ({ id: q.id, present: q.present.level, future: q.future.level }))
    );
    // What svmi aggregate will read: it passes every check.
    expect(readSubmission(text!, "sub.json")).toEqual(submission);
    expect(out.join("\n")).toMatch(/anonymous \(no organisation name\).*\nWritten: sub\.json$/s);
  });

  it("names the organisation with --named, and takes the period and mode given", async () => {
    const { code, text } = await exportOf([
      "surrey.xlsx",
      "--out",
      "sub.json",
      "--named",
      "--period",
      "2026-27",
      "--mode",
      "facilitated",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(text!)).toMatchObject({
      period: "2026-27",
      mode: "facilitated",
      org: { type: "unspecified", region: "unspecified", name: DETAILS.organisation },
      consent: { aggregate: true, named: true },
    });
  });

  it("counts the respondents of a merged team workbook", async () => {
    const answers = filledAnswers(
      PUBLIC.themes.flatMap((t) =>
        t.questions.map((q) => ({
          question: q.id,
          present: q.options[0].text,
          future: q.options[1].text,
        }))
      )
    );
    const participant = (name: string) =>
      newAssessmentWorkbook(PUBLIC, { ...DETAILS, participant: name }, answers);
    const memory = memoryIo({ "ana.xlsx": participant("Ana"), "ben.xlsx": participant("Ben") });
    expect(await runCli(["merge", "ana.xlsx", "ben.xlsx", "--out", "team.xlsx"], memory.io)).toBe(
      0
    );
    expect(await runCli(["export", "team.xlsx", "--out", "sub.json"], memory.io)).toBe(0);
    expect(JSON.parse(decode(memory.store.get("sub.json")!)).respondents).toBe(2);
  });

  it("refuses --named when the workbook names no organisation, writing nothing", async () => {
    const unnamed = newAssessmentWorkbook(
      PUBLIC,
      { ...DETAILS, organisation: "" },
      filledAnswers(answersFromLevels(PUBLIC, SURREY.answers))
    );
    const { code, err, text } = await exportOf(["a.xlsx", "--out", "sub.json", "--named"], {
      "a.xlsx": unnamed,
    });
    expect([code, text]).toEqual([1, undefined]);
    expect(err).toEqual([
      "svmi: a.xlsx: --named, but the assessment names no organisation (type it in the details, or leave out --named)",
    ]);
  });

  it("refuses an assessment with no theme scored, in one line, writing nothing", async () => {
    const { code, err, out, text } = await exportOf(["blank.xlsx", "--out", "sub.json"], {
      "blank.xlsx": newAssessmentWorkbook(PUBLIC, DETAILS),
    });
    expect([code, text, out]).toEqual([1, undefined, []]);
    expect(err).toEqual([
      "svmi: blank.xlsx: nothing is scored yet (no theme has a Present level), so there is nothing to send; nothing was written",
    ]);
  });

  it("sends an assessment with some themes scored, the others as not scored", async () => {
    // Only the first theme's questions answered.
    const first = new Set(PUBLIC.themes[0].questions.map((q) => q.id));
    const answers = answersFromLevels(PUBLIC, SURREY.answers).filter((a) => first.has(a.question));
    const { code, text } = await exportOf(["part.xlsx", "--out", "sub.json"], {
      "part.xlsx": newAssessmentWorkbook(PUBLIC, DETAILS, filledAnswers(answers)),
    });
    expect(code).toBe(0);
    const themes = JSON.parse(text!).themes.map((t: { present: number | null }) => t.present);
    expect(themes[0]).not.toBeNull();
    expect(themes.slice(1)).toEqual(Array(PUBLIC.themes.length - 1).fill(null));
  });

  it("names a file that is not a workbook in one line, exit 1", async () => {
    const { code, err, text } = await exportOf(["bad.xlsx", "--out", "sub.json"], {
      "bad.xlsx": new TextEncoder().encode("not a zip"),
    });
    expect([code, text]).toEqual([1, undefined]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^svmi: bad\.xlsx /);
  });

  it.each([
    [["surrey.xlsx"], "export needs --out SUB.json"],
    [["surrey.xlsx", "--out", "sub.xlsx"], "--out must name a .json file"],
    [["a.xlsx", "b.xlsx", "--out", "sub.json"], "export takes one FILE.xlsx (and --out)"],
    [
      ["surrey.xlsx", "--out", "sub.json", "--mode", "guess"],
      "--mode must be one of self, facilitated, external",
    ],
    [["surrey.xlsx", "--out", "sub.json", "--type", ""], "--type must be a non-empty text"],
  ])("refuses %j as bad usage, exit 2", async (args, message) => {
    const { code, err, text } = await exportOf(args);
    expect([code, text]).toEqual([2, undefined]);
    expect(err).toEqual([`svmi: ${message}`]);
  });
});
