import { FRAMEWORK_SPECS } from "../../../../src/core/framework/registry";
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
  return Object.values(FRAMEWORK_SPECS).flatMap((spec) => [
    ...spec.levels.map((l) => l.description),
    ...spec.themes.flatMap((theme) =>
      theme.questions.flatMap((q) => [
        q.text,
        ...q.options.flatMap((o) => [o.text, o.action ?? ""]),
      ])
    ),
  ]);
}

function runs(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) out.push(w.slice(i, i + RUN).join(" "));
  return out;
}

(seedsPresent() ? describe : describe.skip)("wording (needs ../shared/seeds)", () => {
  it.each<SeedName>(["framework", "eastHerts", "walsall"])(
    `shares no ${RUN}-word run with seed %s`,
    (seed) => {
      const seedRuns = new Set(runs(readSeed(seed)));
      const copied = ourTexts()
        .flatMap(runs)
        .filter((run) => seedRuns.has(run) && !ALLOWED_NAMES.some((name) => name.includes(run)));
      expect([...new Set(copied)]).toEqual([]);
    }
  );
});
