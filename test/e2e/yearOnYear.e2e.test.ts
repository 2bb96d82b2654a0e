import type { Page } from "playwright-core";
import { getFramework } from "../../src/core/framework/registry";
import { axeViolations, scoreRuns, startTaskpane, type Taskpane } from "./harness";

/*
 * Year on year in real Chromium at the narrowest pane (320 px), on the simulated workbook: the
 * worked example scored, this cycle's snapshot saved from More, two answers changed in the
 * sheet as a person would; the Results view then says what changed and which aims were kept,
 * the Progress sheet agrees, and the Results radar carries last cycle's Present.
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
const optionText = (id: string, level: number) =>
  framework.question(id)!.options.find((o) => o.level === level)!.text;

const scoredAfter = (n: number) =>
  page.waitForFunction(
    (runs) => Number(document.querySelector("main")?.getAttribute("data-score-runs")) > runs,
    n,
    { timeout: 30_000 }
  );

test("snapshot, two answers changed: what changed and the promise check follow", async () => {
  await page.getByRole("button", { name: "Try the worked example" }).click();
  await page.getByText(/The worked example is filled in and scored/).waitFor();

  // Save this cycle's snapshot from More, under the label offered.
  await page.getByRole("button", { name: "More options" }).click();
  const label = page.getByLabel("Snapshot label");
  await label.fill("2024-25");
  await page.getByLabel("Taken on").fill("2025-03-31");
  const beforeSave = await scoreRuns(page);
  await page.getByRole("button", { name: "Save this cycle's snapshot" }).click();
  await page.getByText("Saved '2024-25'.", { exact: false }).waitFor();
  await scoredAfter(beforeSave);
  expect(await axeViolations(page)).toEqual([]);
  const history = await taskpane.sheetValues("SVMI History");
  expect(history.filter((r) => r[0] === "2024-25")).toHaveLength(
    framework.questionCount + framework.themes.length + 1
  );
  await page.getByRole("button", { name: "More options" }).click();

  // Nothing changed yet: the pane says so.
  const since = page.getByRole("region", { name: "Since 2024-25" });
  await since.getByText("What changed since 2024-25 (0)").waitFor();

  // Two answers changed in the sheet, as a person types them.
  const questionnaire = await taskpane.sheetValues("Questionnaire");
  const head = questionnaire.findIndex((r) => r.includes("Question ID"));
  const idColumn = questionnaire[head].indexOf("Question ID");
  const present = String.fromCharCode(65 + questionnaire[head].indexOf("Present"));
  const rowOf = (id: string) =>
    questionnaire.findIndex((r, i) => i > head && r[idColumn] === id) + 1;
  let runs = await scoreRuns(page);
  await taskpane.edit("Questionnaire", `${present}${rowOf("A1")}`, optionText("A1", 1));
  await scoredAfter(runs);
  runs = await scoreRuns(page);
  await taskpane.edit("Questionnaire", `${present}${rowOf("E1")}`, optionText("E1", 3));
  await scoredAfter(runs);

  await since.getByText("What changed since 2024-25 (2)").waitFor();
  const changes = since.getByRole("list", { name: "What changed since 2024-25" });
  expect(await changes.getByRole("listitem").allTextContents()).toEqual([
    "A1 Present: Leader → Follower ▼ down",
    "E1 Present: Mature → Leader ▲ up",
  ]);
  await since.getByText("Did we reach what we aimed for?").click();
  const aims = since.getByRole("list", { name: "Aims of 2024-25" });
  expect(await aims.getByRole("listitem").first().textContent()).toBe(
    "In 2024-25 you aimed for Leader in Policy & Scope; you are now Follower — not yet."
  );
  await since.getByText(/^Aims of 2024-25: \d+ kept, 0 exceeded, \d+ not yet\.$/).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(320);
  await taskpane.shot("year-on-year-320");
  // In Large type too, nothing runs off the pane, and the More panel's Year on year section fits.
  await page.getByRole("button", { name: "More options" }).click();
  await page.getByRole("switch", { name: "Large type" }).check();
  const cycles = page.getByRole("region", { name: "Year on year" });
  await cycles.getByRole("button", { name: "Start from last cycle" }).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await axeViolations(page)).toEqual([]);
  await taskpane.shot("year-on-year-more-large-320");
  await page.getByRole("button", { name: "More options" }).click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  // The Progress sheet says the same, and the radar carries last cycle's Present.
  const progress = (await taskpane.sheetValues("Progress")).flat();
  expect(progress).toContain("What changed since 2024-25 (2 answers)");
  expect(progress).toContain(
    "In 2024-25 you aimed for Leader in Policy & Scope; you are now Follower — not yet."
  );
  const results = await taskpane.sheetValues("Results");
  expect(results.flat()).toContain("Present in 2024-25");
  expect(taskpane.outside).toEqual([]);
});
