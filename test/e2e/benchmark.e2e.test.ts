import type { Page } from "playwright-core";
import { aggregate } from "../../src/core/benchmark/aggregate";
import { getFramework } from "../../src/core/framework/registry";
import { peerSubmission } from "../helpers/publicBenchmark";
import { axeViolations, scoreRuns, startTaskpane, type Taskpane } from "./harness";

/*
 * The national survey in real Chromium at 320 px, on the simulated workbook: the worked example
 * exported (the preview shows what is sent, then a sheet is written), a benchmark of twelve peers
 * loaded through the pane's file picker, the Benchmark sheet drawn, and Compare with switching to
 * the district councils' segment, whose sentence the sheet then shows. Nothing runs off the pane
 * and axe finds nothing, in normal and Large type.
 */
jest.setTimeout(180_000);

let taskpane: Taskpane;
let page: Page;
beforeAll(async () => {
  taskpane = await startTaskpane(320, 800);
  ({ page } = taskpane);
  await taskpane.open();
}, 240_000);
afterAll(() => taskpane?.close());

const framework = getFramework("public");
/** Twelve peers: seven district councils, five county councils. */
function bench(): string {
  const peers = [0, 1, 2, 2, 3, 1, 2, 1, 2, 3, 2, 2].map((level, i) =>
    peerSubmission(framework, level, {
      type: i < 7 ? "district council" : "county council",
      region: "SE",
    })
  );
  const benchmark = aggregate(peers, {
    k: 5,
    by: ["type"],
    framework,
    generatedAt: "2026-12-01T09:00:00Z",
  });
  return JSON.stringify(benchmark);
}

const scoredAfter = (n: number) =>
  page.waitForFunction(
    (runs) => Number(document.querySelector("main")?.getAttribute("data-score-runs")) > runs,
    n,
    { timeout: 30_000 }
  );

async function fits(view: string) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect([view, wide <= 320]).toEqual([view, true]);
  expect([view, await axeViolations(page)]).toEqual([view, []]);
}

test("export for the survey, load a benchmark, compare with district councils", async () => {
  await page.getByRole("button", { name: "Try the worked example" }).click();
  await page.getByText(/The worked example is filled in and scored/).waitFor();
  await page.getByRole("button", { name: "More options" }).click();

  // Export: the choices, then exactly what would be sent, then a sheet to save.
  const survey = page.getByRole("region", { name: /national survey/i });
  await survey.getByLabel("Organisation type").fill("county council");
  await survey.getByRole("button", { name: "Preview the submission" }).click();
  await survey.getByText("The submission, exactly as it will be sent").waitFor();
  expect(await survey.textContent()).toContain("county council");
  await fits("the submission's preview");
  await survey.getByRole("button", { name: "Write it to a sheet" }).click();
  await survey.getByText(/Written to the sheet 'Survey submission'/).waitFor();
  const sheet = (await taskpane.sheetValues("Survey submission")).flat().map(String);
  const json = sheet.find((c) => c.startsWith('{"schema":"svmi-submission/1"'));
  expect(json && JSON.parse(json).org).toEqual({ type: "county council", region: "unspecified" });

  // Load a benchmark: read in the pane, carried in the workbook, the Benchmark sheet drawn.
  const before = await scoreRuns(page);
  await page.getByLabel("Load a benchmark…").setInputFiles({
    name: "bench.json",
    mimeType: "application/json",
    buffer: Buffer.from(bench()),
  });
  await page.getByText("Loaded bench.json: see the Benchmark sheet.").waitFor();
  await scoredAfter(before);
  const all = (await taskpane.sheetValues("Benchmark")).flat().map(String);
  expect(all.some((c) => /of all organisations \(n = 12\)/.test(c))).toBe(true);

  // Compare with the district councils: the sheet's sentences follow.
  const runs = await scoreRuns(page);
  const select = page.getByLabel("Compare with", { exact: true });
  const district = await select
    .locator("option")
    .filter({ hasText: /^District councils/ })
    .getAttribute("value");
  await select.selectOption(district!);
  await scoredAfter(runs);
  const districts = (await taskpane.sheetValues("Benchmark")).flat().map(String);
  expect(districts.some((c) => /of district councils \(n = 7\)/.test(c))).toBe(true);
  await fits("More, with a benchmark loaded");

  await page.getByRole("switch", { name: "Large type" }).check();
  await fits("More, Large type");
  await taskpane.shot("benchmark-more-320-large");
  expect(taskpane.outside).toEqual([]);
});
