import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { answersFromLevels, SURREY } from "../../src/core/examples/workedExamples";
import { getFramework } from "../../src/core/framework/registry";
import { scoreRuns, startTaskpane, type Taskpane } from "./harness";

/*
 * The built taskpane in real Chromium with the simulated workbook (see harness.ts). Walks:
 * new assessment -> answers -> results and action plan written -> one edit -> exactly one re-score.
 * Screenshots go to test-output/e2e.
 */

let taskpane: Taskpane;
let page: Page;
let sheetValues: Taskpane["sheetValues"];
let edit: Taskpane["edit"];
let shot: Taskpane["shot"];

beforeAll(async () => {
  taskpane = await startTaskpane(360);
  ({ page, sheetValues, edit, shot } = taskpane);
}, 240_000);

afterAll(() => taskpane?.close());

const scoredTimes = () => scoreRuns(page);
/** Waits until the pane has run `n` full re-scores. */
const scored = (n: number) =>
  page.waitForFunction(
    (runs) => Number(document.querySelector("main")?.getAttribute("data-score-runs")) >= runs,
    n
  );

test("a whole assessment: create, answer, results, one edit -> one re-score", async () => {
  await taskpane.open();
  await page.getByRole("heading", { name: "New assessment" }).waitFor();
  await shot("1-new-assessment");

  // A question bank is read in the page (Blob.text in Chromium): a broken one is refused with its
  // problems, a good one becomes the chosen framework. Then back to the public sector's.
  const bankPicker = page.getByLabel("Use a question bank…");
  const bank = readFileSync(join(__dirname, "../../docs/examples/bank-three-levels.json"));
  await bankPicker.setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from("{"),
  });
  await page
    .getByRole("alert")
    .getByText("broken.json cannot be used as a question bank")
    .waitFor();
  await bankPicker.setInputFiles({ name: "bank.json", mimeType: "application/json", buffer: bank });
  await page.getByText("Levels: Starting, Growing, Embedded. 3 themes, 4 questions.").waitFor();
  const starter = page.getByRole("radio", { name: "Community benefit starter check (3 themes)" });
  expect(await starter.isChecked()).toBe(true);
  expect(await page.getByRole("alert").count()).toBe(0);
  await page.getByRole("radio", { name: "Public sector (10 themes)" }).check();

  await page.getByLabel("Organisation").fill("Surrey County Council");
  await page.getByRole("button", { name: "Create questionnaire" }).click();
  await scored(1);
  await shot("2-created");

  const questionnaire = await sheetValues("Questionnaire");
  const header = questionnaire.findIndex((row) => row[1] === "Question ID");
  expect(questionnaire[header]).toEqual([
    "Theme",
    "Question ID",
    "Question",
    "Present",
    "Future",
    "Present level",
    "Future level",
    "Evidence/notes",
  ]);
  expect(await sheetValues("Results")).toBeDefined();

  // Answer every question as Surrey did, cell by cell, as a person would (a burst of edits).
  const framework = getFramework("public");
  const rowOf = new Map(questionnaire.map((row, i) => [row[1], i + 1]));
  for (const answer of answersFromLevels(framework, SURREY.answers)) {
    await edit("Questionnaire", `D${rowOf.get(answer.question)}`, answer.present!);
    await edit("Questionnaire", `E${rowOf.get(answer.question)}`, answer.future!);
  }
  await page
    .getByRole("group", { name: "Status" })
    .getByText("All answered")
    .waitFor({ timeout: 10_000 });
  await page.waitForTimeout(600);
  const afterAnswers = await scoredTimes();
  expect(afterAnswers).toBeGreaterThanOrEqual(2);
  await shot("3-answered");

  const results = await sheetValues("Results");
  expect(results[2].slice(0, 3)).toEqual(["Present Performance", "Mature", "mean 2.4"]);
  expect(results[3].slice(0, 3)).toEqual(["Future Target", "Leader", "mean 3.2"]);
  const plan = await sheetValues("Action Plan");
  const measurement = plan.find((row) => String(row[0]).startsWith("C "))!;
  expect(String(measurement[4])).toContain("stakeholders");

  // A note typed in the Action Plan survives re-scoring.
  const planRow = plan.indexOf(measurement) + 1;
  await edit("Action Plan", `F${planRow}`, "Owner: head of procurement");

  // One edit -> exactly one re-score.
  const c1Leader = framework.question("C1")!.options.find((o) => o.level === 3)!.text;
  await edit("Questionnaire", `D${rowOf.get("C1")}`, c1Leader);
  await scored(afterAnswers + 1);
  await page.waitForTimeout(1_000);
  expect(await scoredTimes()).toBe(afterAnswers + 1);
  const replanned = await sheetValues("Action Plan");
  expect(replanned[planRow - 1][5]).toBe("Owner: head of procurement");
  expect((await sheetValues("Questionnaire"))[rowOf.get("C1")! - 1][5]).toBe("Leader");
  await shot("4-after-one-edit");

  expect(taskpane.outside).toEqual([]);
}, 120_000);
