import { answersFromLevels, SURREY } from "../../../src/core/examples/workedExamples";
import {
  CrosswalkError,
  ESTIMATED,
  estimateAdoption,
} from "../../../src/core/crosswalk/estimateAdoption";
import { PUBLIC_TO_ADOPTION } from "../../../src/core/crosswalk/publicToAdoption";
import { getFramework } from "../../../src/core/framework/registry";
import type { Level } from "../../../src/core/framework/levels";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import type { ScoreResult } from "../../../src/core/scoring/types";

/** The crosswalk: a public SVMI assessment's Present levels as an estimated adoption profile. */

const publicFramework = getFramework("public");
const adoption = getFramework("svm-adoption");

/** A public result by hand: each theme's Present level (themes not named are at `rest`). */
function publicResult(levels: Record<string, Level | null>, rest: Level = 4): ScoreResult {
  const themes = publicFramework.themes.map((t) => {
    const level = t.id in levels ? levels[t.id] : rest;
    return {
      id: t.id,
      name: t.name,
      present: { level, label: level === null ? null : publicFramework.levels[level].label },
      future: { level: 4, label: publicFramework.levels[4].label },
      unanswered: { present: level === null ? 1 : 0, future: 0 },
      invalid: { present: 0, future: 0 },
    };
  });
  const none = { mean: null, level: null, label: null, provisional: true };
  return {
    framework: { id: "public", name: publicFramework.name, version: publicFramework.version },
    organisation: "Anytown Council",
    themes,
    overall: { present: none, future: none },
    actions: [],
    problems: [],
    questions: [],
  };
}

const estimateOf = (result: ScoreResult, id: string) =>
  estimateAdoption(result).characteristics.find((c) => c.id === id)!;

describe("the public-to-adoption mapping", () => {
  it("covers every adoption characteristic once, in the framework's order", () => {
    expect(PUBLIC_TO_ADOPTION.map((e) => e.characteristic)).toEqual(
      adoption.themes.map((t) => t.id)
    );
  });

  it("names only real public themes, at least one each, with a reason", () => {
    const real = new Set(publicFramework.themes.map((t) => t.id));
    for (const entry of PUBLIC_TO_ADOPTION) {
      expect(entry.themes.length).toBeGreaterThan(0);
      expect(entry.themes.filter((id) => !real.has(id))).toEqual([]);
      expect(entry.reason.length).toBeGreaterThan(30);
    }
  });

  it("uses every public theme for some characteristic", () => {
    const used = new Set(PUBLIC_TO_ADOPTION.flatMap((e) => e.themes));
    expect(publicFramework.themes.map((t) => t.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it("relies on both scales having a floor and four levels", () => {
    expect([publicFramework.levels.length, adoption.levels.length]).toEqual([5, 5]);
  });
});

describe("estimateAdoption", () => {
  it("takes the lowest Present level of the covering themes, level n as adoption level n", () => {
    const result = publicResult({ D: 3, E: 1, G: 2, A: 0, J: 2, F: 3 });
    expect(estimateOf(result, "WL")).toMatchObject({
      level: 1,
      levelLabel: "Compliance",
      from: ["D", "E", "G"],
    });
    expect(estimateOf(result, "PC")).toMatchObject({ level: 0, levelLabel: "Not yet" });
    expect(estimateOf(result, "SC")).toMatchObject({ level: 3, levelLabel: "Delivery" });
    expect(estimateOf(result, "CM")).toMatchObject({ level: 2, levelLabel: "Strategic" });
    expect(estimateOf(result, "CC")).toMatchObject({ level: 4, levelLabel: "Systemic" });
  });

  it("gives no estimate where any covering theme has no Present level yet", () => {
    const result = publicResult({ J: null, C: 2 });
    expect(estimateOf(result, "PC")).toMatchObject({ level: null, levelLabel: null });
    expect(estimateOf(result, "GA")).toMatchObject({ level: null, levelLabel: null });
    expect(estimateOf(result, "MR")).toMatchObject({ level: 2, levelLabel: "Strategic" });
  });

  it("marks the profile and every characteristic as an estimate to confirm", () => {
    const profile = estimateAdoption(publicResult({}));
    expect(ESTIMATED).toBe("estimated \u2014 confirm by answering");
    expect(profile.label).toBe(ESTIMATED);
    expect(profile.characteristics.map((c) => c.label)).toEqual(Array(8).fill(ESTIMATED));
    expect(profile.framework).toEqual({
      id: "svm-adoption",
      name: adoption.name,
      version: adoption.version,
    });
    expect(profile.source.organisation).toBe("Anytown Council");
  });

  it("names each characteristic's group", () => {
    const groups = estimateAdoption(publicResult({})).characteristics.map((c) => c.group);
    expect(groups).toEqual([
      "Setting strategy",
      "Setting strategy",
      "Implementation",
      "Implementation",
      "Implementation",
      "Implementation",
      "Enablers",
      "Enablers",
    ]);
  });

  it("reads a real scored assessment (Surrey's worked example)", () => {
    const result = scoreAssessment(publicFramework, {
      answers: answersFromLevels(publicFramework, SURREY.answers),
    });
    // Surrey's Present themes: A, B, F, J at Leader (3); C, D, E, G, H, I at Mature (2).
    expect(result.themes.map((t) => t.present.level)).toEqual([3, 3, 2, 2, 2, 3, 2, 2, 2, 3]);
    expect(estimateAdoption(result).characteristics.map((c) => `${c.id} ${c.levelLabel}`)).toEqual([
      "PC Delivery", // A 3, J 3
      "IA Strategic", // C 2, H 2
      "WL Strategic", // D 2, E 2, G 2
      "SC Delivery", // F 3
      "CM Strategic", // G 2
      "MR Strategic", // C 2, I 2
      "CC Delivery", // B 3
      "GA Delivery", // B 3, J 3
    ]);
  });

  it("refuses an assessment of another framework", () => {
    const business = scoreAssessment(getFramework("business"), { answers: [] });
    expect(() => estimateAdoption(business)).toThrow(CrosswalkError);
    expect(() => estimateAdoption(business)).toThrow(/reads a public-sector SVMI assessment/);
  });
});
