import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { answersFromLevels, SURREY } from "../../src/core/examples/workedExamples";
import { getFramework } from "../../src/core/frameworks";

/*
 * The built taskpane in real Chromium (Debian's, driven by playwright-core), with a simulated
 * workbook injected before load in place of Excel and office.js answered by a local stub. Walks:
 * new assessment -> answers -> results and action plan written -> one edit -> exactly one re-score.
 * Any request outside the page's own origin fails the test. Screenshots go to test-output/e2e.
 */
const ROOT = join(__dirname, "..", "..");
const SHOTS = join(ROOT, "test-output", "e2e");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const { serve } = require("../../scripts/serve-dist.js") as {
  serve(port: number): Promise<Server>;
};

let server: Server;
let browser: Browser;
let page: Page;
let origin: string;
const outside: string[] = [];

beforeAll(async () => {
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "pipe" });
  mkdirSync(SHOTS, { recursive: true });
  server = await serve(0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS)
      return route.fulfill({
        path: join(ROOT, "src", "preview", "officeStub.js"),
        contentType: "text/javascript",
      });
    if (url.startsWith(origin)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await context.addInitScript({ path: join(ROOT, "dist", "fakeHost.js") });
  page = await context.newPage();
  page.on("pageerror", (error) => outside.push(`page error: ${error.message}`));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

type Cell = string | number | boolean | null;
const sheetValues = (name: string) =>
  page.evaluate(
    (sheet) =>
      (
        window as unknown as { __svmiWorkbook: { sheet(n: string): { values: Cell[][] } } }
      ).__svmiWorkbook.sheet(sheet).values,
    name
  );
const edit = (sheet: string, address: string, value: string) =>
  page.evaluate(
    ([s, a, v]) =>
      (
        window as unknown as { __svmiWorkbook: { userEdit(s: string, a: string, v: string): void } }
      ).__svmiWorkbook.userEdit(s, a, v),
    [sheet, address, value] as const
  );
const scoredTimes = async () =>
  Number(/Scored (\d+) time/.exec((await page.textContent("main")) ?? "")?.[1] ?? 0);
const shot = (name: string) =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

test("a whole assessment: create, answer, results, one edit -> one re-score", async () => {
  await page.goto(`${origin}/taskpane.html`);
  await page.getByText("New assessment").waitFor();
  await shot("1-new-assessment");

  await page.getByLabel("Organisation").fill("Surrey County Council");
  await page.getByRole("button", { name: "Create questionnaire" }).click();
  await page.getByText("Scored 1 time").waitFor();
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
  await page.getByText("Every question is answered.").waitFor({ timeout: 10_000 });
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
  await page.getByText(`Scored ${afterAnswers + 1} time`).waitFor();
  await page.waitForTimeout(1_000);
  expect(await scoredTimes()).toBe(afterAnswers + 1);
  const replanned = await sheetValues("Action Plan");
  expect(replanned[planRow - 1][5]).toBe("Owner: head of procurement");
  expect((await sheetValues("Questionnaire"))[rowOf.get("C1")! - 1][5]).toBe("Leader");
  await shot("4-after-one-edit");

  expect(outside).toEqual([]);
}, 120_000);
