import { responseFromAnswers } from "../../../src/core/consensus/responses";
import { medalFramework } from "../../helpers/medalFramework";

/** A participant's typed answers as levels; what cannot be used is a problem naming whose and where. */

const MEDAL = medalFramework();
const WHO = { participant: "Ana Lee", role: "Officer", source: "team-Ana Lee.xlsx" };

describe("responseFromAnswers", () => {
  it("turns option texts into levels, matched as scoring matches them; blank is not answered", () => {
    const { response, problems } = responseFromAnswers(MEDAL, WHO, [
      { question: "Pe-1", present: "Done in some teams", future: "  DONE   everywhere " },
      { question: "Pe-2", present: "", future: null },
      { question: "Pl-1", present: "   " },
    ]);
    expect(problems).toEqual([]);
    expect(response).toMatchObject({ participant: "Ana Lee", role: "Officer", source: WHO.source });
    expect(Object.fromEntries(response.answers)).toEqual({
      "Pe-1": { present: 1, future: 2 },
      "Pe-2": { present: null, future: null },
      "Pl-1": { present: null, future: null },
    });
  });

  it("reports an answer that is not an option with the participant, source and cell, and counts it as not answered", () => {
    const { response, problems } = responseFromAnswers(MEDAL, WHO, [
      {
        question: "Pe-1",
        present: "Maybe",
        future: "Done everywhere",
        cells: { present: "Questionnaire!D8", future: "Questionnaire!E8" },
      },
      { question: "Pe-2", present: 3, cells: { present: "Questionnaire!D9" } },
    ]);
    expect(response.answers.get("Pe-1")).toEqual({ present: null, future: 2 });
    expect(response.answers.get("Pe-2")).toEqual({ present: null, future: null });
    expect(problems).toEqual([
      {
        participant: "Ana Lee",
        source: "team-Ana Lee.xlsx",
        cell: "Questionnaire!D8",
        message:
          "Ana Lee (team-Ana Lee.xlsx, Questionnaire!D8): Pe-1 present 'Maybe' is not one of its options; counted as not answered.",
      },
      {
        participant: "Ana Lee",
        source: "team-Ana Lee.xlsx",
        cell: "Questionnaire!D9",
        message:
          "Ana Lee (team-Ana Lee.xlsx, Questionnaire!D9): Pe-2 present '3' is not one of its options; counted as not answered.",
      },
    ]);
  });

  it("names no cell when the answer came from none", () => {
    const { problems } = responseFromAnswers(MEDAL, WHO, [{ question: "Pe-1", future: "Never" }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).not.toHaveProperty("cell");
    expect(problems[0].message).toBe(
      "Ana Lee (team-Ana Lee.xlsx): Pe-1 future 'Never' is not one of its options; counted as not answered."
    );
  });

  it("leaves out a question the framework does not have, saying so; ids are trimmed", () => {
    const { response, problems } = responseFromAnswers(MEDAL, WHO, [
      { question: "Zz-9", present: "Done everywhere" },
      { question: " Pe-1 ", present: "Done everywhere" },
    ]);
    expect([...response.answers.keys()]).toEqual(["Pe-1"]);
    expect(problems.map((p) => p.message)).toEqual([
      "Ana Lee (team-Ana Lee.xlsx): question 'Zz-9' is not in Medal test framework; its answers are left out.",
    ]);
  });

  it("uses the first row of a question answered twice, and names the second (found in review)", () => {
    const { response, problems } = responseFromAnswers(MEDAL, WHO, [
      { question: "Pe-1", present: "Done in some teams", cells: { present: "Responses!D2" } },
      { question: "Pe-1", present: "", future: "" }, // a blank copy of the row: nothing to say
      { question: "Pe-1", present: "Done everywhere", cells: { present: "Responses!D4" } },
    ]);
    expect(response.answers.get("Pe-1")).toEqual({ present: 1, future: null });
    expect(problems).toEqual([
      {
        participant: "Ana Lee",
        source: "team-Ana Lee.xlsx",
        cell: "Responses!D4",
        message:
          "Ana Lee (team-Ana Lee.xlsx, Responses!D4): Pe-1 is answered more than once; only the first answer is used.",
      },
    ]);
  });

  it("keeps no role when none is given", () => {
    const { response } = responseFromAnswers(MEDAL, { participant: "Ben", source: "b.xlsx" }, []);
    expect(response).not.toHaveProperty("role");
    expect(response.answers.size).toBe(0);
  });
});
