import { FRAMEWORK_SPECS } from "../../../../src/core/framework/registry";
import { SVM_ADOPTION_GROUPS } from "../../../../src/core/framework/builtIn/svmAdoption";
import { readSeed, seedsPresent, words, type SeedName } from "../../../helpers/seeds";

/*
 * The project states every question, option and action in its own words. This guards it: no run
 * of RUN consecutive words in our texts may appear in the seeds, apart from names users know.
 */
const RUN = 6;
const ALLOWED_NAMES = [
  "svmi for business and suppliers to the public sector",
  "social value measurement themes outcomes and measures",
  "procurement and commissioning of supply chain",
];

function ourTexts(): string[] {
  const frameworks = Object.values(FRAMEWORK_SPECS).flatMap((spec) => [
    spec.provenance ?? "",
    ...spec.levels.map((l) => l.description),
    ...spec.themes.flatMap((theme) =>
      theme.questions.flatMap((q) => [
        q.text,
        ...q.options.flatMap((o) => [o.text, o.action ?? ""]),
      ])
    ),
  ]);
  return [...frameworks, ...SVM_ADOPTION_GROUPS.map((group) => group.name)];
}

function runs(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) out.push(w.slice(i, i + RUN).join(" "));
  return out;
}

// Every built-in framework against every seed (seed 003 is the source of svm-adoption); a seed
// that is not at hand skips its own test only.
describe("wording (needs ../shared/seeds)", () => {
  for (const seed of ["framework", "eastHerts", "walsall", "adoption"] as SeedName[]) {
    (seedsPresent([seed]) ? it : it.skip)(`shares no ${RUN}-word run with seed ${seed}`, () => {
      const seedRuns = new Set(runs(readSeed(seed)));
      const copied = ourTexts()
        .flatMap(runs)
        .filter((run) => seedRuns.has(run) && !ALLOWED_NAMES.some((name) => name.includes(run)));
      expect([...new Set(copied)]).toEqual([]);
    });
  }
});
