import type { ScoreResult } from "../../../src/core/scoring/types";
import {
  EAST_HERTS,
  exampleAssessment,
  SURREY,
  WALSALL,
  type WorkedExample,
} from "../../../src/core/examples/workedExamples";
import { getFramework } from "../../../src/core/framework/registry";
import { SVMI_LEVEL_LABELS } from "../../../src/core/framework/builtIn/svmiLevels";
import type { Level } from "../../../src/core/framework/levels";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import { containsPhrase, readSeed, seedsPresent, type SeedName } from "../../helpers/seeds";

/*
 * The three published SVMI results. Theme levels (Present, Future) and overall levels are copied
 * from the seeds' tables; our own answer sets (src/core/examples) must reproduce them exactly.
 */
// prettier-ignore
const PUBLISHED: Record<string, { themes: string; present: string; future: string; means: [number, number] }> = {
  surrey: { themes: "3:3 3:4 2:4 2:3 2:4 3:3 2:3 2:2 2:3 3:3", present: "Mature", future: "Leader", means: [2.4, 3.2] },
  "east-herts": { themes: "0:3 1:4 1:3 1:1 0:3 0:2 1:2 0:1 1:2 0:1", present: "Incomplete/Non Compliant", future: "Mature", means: [0.5, 2.2] },
  walsall: { themes: "2:3 2:3 1:2 1:3 2:3 1:2 1:2 0:2 1:2 1:3", present: "Follower", future: "Mature", means: [1.2, 2.5] },
};

const framework = getFramework("public");
const score = (example: WorkedExample) =>
  scoreAssessment(framework, exampleAssessment(framework, example));

describe.each([SURREY, EAST_HERTS, WALSALL])("worked example: $organisation", (example) => {
  const result = score(example);
  const published = PUBLISHED[example.id];

  it("reproduces every theme's present and future level", () => {
    const expected = published.themes
      .split(" ")
      .map((pair) => pair.split(":").map((n) => SVMI_LEVEL_LABELS[Number(n)]));
    expect(result.themes.map((t) => [t.present.label, t.future.label])).toEqual(expected);
  });

  it("reproduces the overall levels and means", () => {
    expect(result.overall.present).toEqual({
      mean: published.means[0],
      level: expect.any(Number),
      label: published.present,
      provisional: false,
    });
    expect(result.overall.future).toEqual({
      mean: published.means[1],
      level: expect.any(Number),
      label: published.future,
      provisional: false,
    });
  });

  it("answers every question and raises no problems", () => {
    expect(result.problems).toEqual([]);
    expect(
      result.themes.every((t) => t.unanswered.present === 0 && t.unanswered.future === 0)
    ).toBe(true);
  });
});

/*
 * Each action sentence of the published plans, tied to the bank action that carries its meaning.
 * `anchor` is a few words that locate the sentence in the seed (only to find it there: the
 * sentences themselves stay out of this project). Theme and level are where the sentence belongs
 * by the criterion it implements; the East Herts extraction shifts columns and Walsall's merges
 * its Commissioning and Procurement rows, so a few sit in a different printed cell.
 */
type Tie = [anchor: string, theme: string, level: Level, question: string];

// prettier-ignore
const EAST_HERTS_TIES: Tie[] = [
  ["compliant with the Act", "A", 1, "A1"],
  ["identify contracts that should include", "A", 2, "A1"],
  ["Grants, Supplies, Works, Services and Planning", "A", 4, "A1"],
  ["materiality assessment and valuation", "A", 4, "A5"],
  ["Councillor or Cabinet Board member", "B", 2, "B1"],
  ["Appoint an officer to have responsibility", "B", 3, "B1"],
  ["Implement a training programme", "B", 3, "B2"],
  ["to the responsibilities of all officers", "B", 4, "B1"],
  ["Social Value as a KPI", "B", 4, "B3"],
  ["measuring Social Value in non-financial terms", "C", 2, "C1"],
  ["Golden Thread", "C", 2, "C2"],
  ["available to suppliers through your website", "C", 2, "C3"],
  ["financial as well as non-financial", "C", 3, "C1"],
  ["update TOMs annually", "C", 3, "C4"],
  ["weight outcomes according to Council", "C", 3, "C5"],
  ["changes to local community priorities", "C", 4, "C6"],
  ["assess new contracts before procurement", "D", 3, "D3"],
  ["Adjust the TOMs against", "D", 3, "D4"],
  ["self service projects", "D", 3, "D5"],
  ["mentioned in Services related tenders", "E", 1, "E1"],
  ["Ask tenderers to make Social Value commitments", "E", 1, "E2"],
  ["requirements as part of the Quality Score", "E", 2, "E1"],
  ["weighting in the Quality Score, of between 5 and 10%", "E", 2, "E3"],
  ["of the Quality Score in all tenders", "E", 3, "E1"],
  ["within departments by introducing Checks", "E", 3, "E4"],
  ["lessons learnt within departments", "E", 3, "E5"],
  ["Gateways between departments", "E", 4, "E4"],
  ["lessons learnt across the organisation", "E", 4, "E5"],
  ["Set up a space to share", "E", 4, "E6"],
  ["sector to build capacity in delivering", "F", 2, "F1"],
  ["library of case studies", "F", 3, "F3"],
  ["regular forums for Social Value networking", "F", 3, "F6"],
  ["Bind specific, targeted Social Value action plans", "G", 2, "G1"],
  ["Undertake performance reviews of contracts", "G", 3, "G1"],
  ["sharing data on an ad hoc basis", "H", 1, "H2"],
  ["Identify and share cost savings", "H", 4, "H6"],
  ["common reporting method", "H", 4, "H7"],
  ["annual feedback to Cabinet/Scrutiny Committee", "I", 2, "I1"],
  ["Begin Annual Reporting", "I", 2, "I2"],
  ["Council/Authority has considered Social Value", "J", 1, "J1"],
  ["published Social Value policy and Implementation Strategy", "J", 2, "J3"],
  ["Publish all Social Value documentation", "J", 2, "J4"],
  ["Identify a Cabinet Member", "J", 3, "J5"],
  ["ratified policy and published toolkit", "J", 3, "J3"],
  ["overarching Action Plan", "J", 3, "J6"],
];

// prettier-ignore
const WALSALL_TIES: Tie[] = [
  ["size and scope of the contract", "A", 3, "A2"],
  ["Grants, Supplies, Works, Services and Planning", "A", 4, "A1"],
  ["Implement a training programme", "B", 3, "B2"],
  ["Social Value as a KPI", "B", 4, "B3"],
  ["measuring Social Value in non-financial terms", "C", 2, "C1"],
  ["available to suppliers through your website", "C", 2, "C3"],
  ["update TOMs annually", "C", 3, "C4"],
  ["adjust your outcome financial weightings", "C", 4, "C5"],
  ["Consult stakeholders and public sector bodies", "C", 4, "C7"],
  ["using a needs assessment", "D", 2, "D1"],
  ["Recommission key projects", "D", 2, "D2"],
  ["throughout the commissioning cycle", "D", 3, "D1"],
  ["assess new contracts before procurement", "D", 3, "D3"],
  ["Adjust the TOMs against", "D", 3, "D4"],
  ["lessons learnt within departments", "E", 3, "E5"],
  ["Gateways between departments", "E", 4, "E4"],
  ["Set up a space to share", "E", 4, "E6"],
  ["Target the business community and third sector", "F", 2, "F1"],
  ["library of case studies", "F", 3, "F3"],
  ["upskilling local organisations", "F", 3, "F5"],
  ["regular forums for Social Value networking", "F", 3, "F6"],
  ["B2B and B2Three", "F", 4, "F7"],
  ["cross sector advisory group", "F", 4, "F9"],
  ["Bind specific, targeted Social Value action plans", "G", 2, "G1"],
  ["Undertake performance reviews of contracts", "G", 3, "G1"],
  ["sharing data on an ad hoc basis", "H", 1, "H2"],
  ["Identify relevant public bodies", "H", 2, "H1"],
  ["Identify and share cost savings", "H", 4, "H6"],
  ["common reporting method", "H", 4, "H7"],
  ["annual feedback to Cabinet/Scrutiny Committee", "I", 2, "I1"],
  ["Begin Annual Reporting", "I", 2, "I2"],
  ["Publish case studies", "I", 4, "I4"],
  ["Value Act is addressed in the Corporate", "J", 2, "J2"],
  ["ratified policy and published toolkit", "J", 3, "J3"],
];

/** Surrey's published extract: the Measurement theme, To reach Leader and Innovator. */
// prettier-ignore
const SURREY_TIES: Tie[] = [
  ["financial as well as non-financial", "C", 3, "C1"],
  ["update TOMs annually", "C", 3, "C4"],
  ["weight outcomes according to council", "C", 3, "C5"],
  ["Incorporate stakeholder feedback", "C", 4, "C5"],
  ["Consult stakeholders and public sector bodies", "C", 4, "C7"],
];

const planKeys = (result: ScoreResult) =>
  result.actions.map((a) => `${a.theme}@${a.level}:${a.question}`);
const tieKey = ([, theme, level, question]: Tie) => `${theme}@${level}:${question}`;

describe.each<[WorkedExample, SeedName, Tie[], "exact" | "contains" | "exact-in-theme-C"]>([
  [EAST_HERTS, "eastHerts", EAST_HERTS_TIES, "contains"],
  [WALSALL, "walsall", WALSALL_TIES, "exact"],
  [SURREY, "framework", SURREY_TIES, "exact-in-theme-C"],
])("action plan of $organisation", (example, seed, ties, match) => {
  const result = score(example);

  it.each(ties)("places the action for '%s' at %s, level %i (question %s)", (...tie) => {
    expect(planKeys(result)).toContain(tieKey(tie));
    const bankAction = framework.question(tie[3])!.options.find((o) => o.level === tie[2])!.action;
    expect(result.actions).toContainEqual({
      theme: tie[1],
      question: tie[3],
      level: tie[2],
      text: bankAction,
    });
  });

  if (match === "exact") {
    it("holds no action the published plan lacks", () => {
      expect([...planKeys(result)].sort()).toEqual(ties.map(tieKey).sort());
    });
  }
  if (match === "exact-in-theme-C") {
    it("holds exactly the published Measurement actions", () => {
      expect(
        planKeys(result)
          .filter((k) => k.startsWith("C@"))
          .sort()
      ).toEqual(ties.map(tieKey).sort());
    });
  }

  // The anchors prove each tie points at a real sentence of the seed. The seeds live outside the
  // repository; without them this one check cannot run, and says so.
  (seedsPresent() ? it : it.skip)(`finds every anchor in the seed (needs ../shared/seeds)`, () => {
    const text = readSeed(seed);
    expect(
      ties.filter(([anchor]) => !containsPhrase(text, anchor)).map(([anchor]) => anchor)
    ).toEqual([]);
  });
});
