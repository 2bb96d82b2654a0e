import type { Page } from "playwright-core";
import { answersFromLevels, SURREY } from "../../src/core/examples/workedExamples";
import { getFramework } from "../../src/core/framework/registry";
import { axeViolations, scoreRuns, startTaskpane, type Taskpane } from "./harness";

/*
 * The pane at real task-pane widths, in Chromium with the simulated workbook: 320 px (the
 * narrowest Office pane, Excel on Windows' default), 350 px (Excel on the web's default) and
 * 500 px (the widest on the web), in normal and Large type. The height is what a 1366×768
 * screen leaves the pane under Excel's ribbon, formula bar and status bar.
 */
const PANE_HEIGHT = 480;
jest.setTimeout(120_000);
const WIDTHS = [320, 350, 500];

let taskpane: Taskpane;
let page: Page;

beforeAll(async () => {
  taskpane = await startTaskpane(320, PANE_HEIGHT);
  ({ page } = taskpane);
}, 240_000);
afterAll(() => taskpane?.close());

/** Every element wider than the pane, or the page scrolling sideways: must be none. */
async function overflow(view: string) {
  const wide = await page.evaluate(() => {
    const root = document.scrollingElement!;
    const found: string[] = [];
    if (root.scrollWidth > root.clientWidth)
      found.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>("main *")) {
      if (el.offsetParent === null) continue; // hidden
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible")
        found.push(`${el.tagName} "${(el.textContent ?? "").slice(0, 30)}" scrolls sideways`);
      if (el.getBoundingClientRect().right > root.clientWidth + 1)
        found.push(`${el.tagName} "${(el.textContent ?? "").slice(0, 30)}" is cut off`);
    }
    return found.slice(0, 5);
  });
  expect([view, wide]).toEqual([view, []]);
}

async function accessible(view: string) {
  expect([view, await axeViolations(page)]).toEqual([view, []]);
}

/** A fresh simulated workbook (a reload makes a new one) and a created assessment. */
async function createAssessment(width: number, large: boolean) {
  await page.setViewportSize({ width, height: PANE_HEIGHT });
  await taskpane.open();
  await page.getByRole("heading", { name: "New assessment" }).waitFor();
  await page.getByLabel("Organisation").fill("Surrey County Council");
  await page.getByRole("button", { name: "Create questionnaire" }).click();
  await page.getByText("Questionnaire created.").waitFor();
  if (large) {
    await page.getByRole("button", { name: /^More/ }).click();
    await page.getByRole("switch", { name: "Large type" }).check();
    await page.getByRole("button", { name: /^More/ }).click();
  }
}

/** Surrey's answers typed into the sheet, one of them not an option. */
async function answerInSheet() {
  const answers = answersFromLevels(getFramework("public"), SURREY.answers);
  await taskpane.onBook<void>(
    `const list = JSON.parse(args[0]);
     const values = b.sheet("Questionnaire").values;
     const rowOf = new Map(values.map((row, i) => [row[1], i + 1]));
     return Promise.all(list.map((a, i) => b.userEdit("Questionnaire",
       "D" + rowOf.get(a.question) + ":E" + rowOf.get(a.question),
       [[i === 2 ? "Maybe" : a.present, a.future]])));`,
    [JSON.stringify(answers)]
  );
  await page.getByText("1 answer needs fixing").waitFor();
}

for (const width of WIDTHS)
  for (const large of [false, true])
    test(`${width} px, ${large ? "Large" : "normal"} type: nothing cut off, problems on top, every view accessible`, async () => {
      await page.setViewportSize({ width, height: PANE_HEIGHT });
      await taskpane.open();
      await page.getByRole("heading", { name: "New assessment" }).waitFor();
      await overflow("first run");
      await accessible("first run");
      await createAssessment(width, large);
      await overflow("results, nothing answered");
      await answerInSheet();
      await overflow("results");
      await accessible("results");
      // The problem is said at the top, and listed before the levels.
      const strip = await page.getByRole("group", { name: "Status" }).boundingBox();
      const problems = await page.getByRole("heading", { name: /^Problems to fix/ }).boundingBox();
      const levels = await page.getByRole("table", { name: "Levels by theme" }).boundingBox();
      expect(strip!.y).toBeLessThan(problems!.y);
      expect(problems!.y).toBeLessThan(levels!.y);
      await taskpane.shot(`pane-${width}-${large ? "large" : "normal"}-results`);
      await page.getByRole("tab", { name: "Facilitator mode" }).click();
      await page.locator("#facilitator-theme").waitFor();
      await overflow("facilitator mode");
      await accessible("facilitator mode");
      await taskpane.shot(`pane-${width}-${large ? "large" : "normal"}-facilitator`);
      if (width === 320 && !large) {
        // The first question, and the start of its options, on the first screen, unscrolled.
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        const question = await page.locator('[role="group"][aria-labelledby^="q-"] p').first();
        const text = (await question.boundingBox())!;
        const option = (await page.locator('[role="radiogroup"] label').first().boundingBox())!;
        expect(text.y + text.height).toBeLessThanOrEqual(PANE_HEIGHT);
        expect(option.y).toBeLessThan(PANE_HEIGHT);
      }
    });

test("the facilitator's place survives a look at Results: theme, timeframe and scroll", async () => {
  await createAssessment(350, false);
  await page.getByRole("tab", { name: "Facilitator mode" }).click();
  await page.getByRole("button", { name: "Next theme" }).first().click();
  await page.getByRole("button", { name: "Next theme" }).first().click();
  await page.getByRole("button", { name: /^FUTURE/ }).click();
  await page.evaluate(() => window.scrollTo(0, 300));
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.getByRole("tab", { name: "Results" }).click();
  await page.getByRole("table", { name: "Levels by theme" }).waitFor();
  await page.getByRole("tab", { name: "Facilitator mode" }).click();
  await expect(page.locator("#facilitator-theme").textContent()).resolves.toMatch(
    /^Theme 3 of 10: C /
  );
  expect(await page.getByRole("button", { name: /^FUTURE/ }).getAttribute("aria-pressed")).toBe(
    "true"
  );
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test("arrowing through options writes nothing until the choice settles, and adds no tracker rows", async () => {
  await createAssessment(350, false);
  await page.getByRole("tab", { name: "Facilitator mode" }).click();
  const group = page.getByRole("radiogroup", { name: "A1 Present" });
  const cell = async () => {
    const values = await taskpane.sheetValues("Questionnaire");
    return values.find((row) => row[1] === "A1")![3];
  };
  const trackerRows = async () => (await taskpane.sheetValues("Action Tracker")).length;
  // Choose a first answer by click: written and scored once.
  const runs = await scoreRuns(page);
  await group.locator("label").nth(2).click();
  await page.waitForFunction((n) => {
    const main = document.querySelector("main");
    return Number(main?.getAttribute("data-score-runs")) > n;
  }, runs);
  const chosen = await cell();
  const rows = await trackerRows();
  const settled = await scoreRuns(page);
  // Arrow down three options and back up: the sheet is not touched meanwhile.
  await group.locator("input:checked").focus();
  for (const key of ["ArrowDown", "ArrowDown", "ArrowUp", "ArrowUp", "ArrowDown", "ArrowUp"])
    await page.keyboard.press(key);
  await page.waitForTimeout(300);
  expect(await cell()).toBe(chosen);
  expect(await scoreRuns(page)).toBe(settled);
  // Back where it started, left to rest: nothing to write.
  await page.waitForTimeout(2000);
  expect(await cell()).toBe(chosen);
  expect(await scoreRuns(page)).toBe(settled);
  expect(await trackerRows()).toBe(rows);
  // One option down and Space: one write, one re-score.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press(" ");
  await page.waitForFunction((n) => {
    const main = document.querySelector("main");
    return Number(main?.getAttribute("data-score-runs")) > n;
  }, settled);
  await page.waitForTimeout(300);
  expect(await cell()).not.toBe(chosen);
  expect(await scoreRuns(page)).toBe(settled + 1);
});

test("a deleted Questionnaire offers a way on, and the way works", async () => {
  await createAssessment(350, false);
  await taskpane.onBook<void>(`b.deleteSheet("Questionnaire")`);
  await page.getByRole("button", { name: "Score now" }).first().click();
  await page.getByRole("heading", { name: "The Questionnaire sheet is missing" }).waitFor();
  await accessible("recover");
  await overflow("recover");
  await page.getByRole("button", { name: "Start the questionnaire again" }).click();
  await page.getByRole("table", { name: "Levels by theme" }).waitFor();
  const names = await taskpane.onBook<string[]>(`return b.sheetNames`);
  expect(names).toContain("Questionnaire");
});

test("while projecting, answering in facilitator mode keeps Results on screen", async () => {
  await createAssessment(350, false);
  await page.getByRole("button", { name: "Project" }).click();
  await page.getByText(/Results are on the projector/).waitFor();
  await page.getByRole("tab", { name: "Facilitator mode" }).click();
  const runs = await scoreRuns(page);
  await page.getByRole("radiogroup", { name: "A1 Present" }).locator("label").nth(1).click();
  await page.waitForFunction((n) => {
    const main = document.querySelector("main");
    return Number(main?.getAttribute("data-score-runs")) > n;
  }, runs);
  expect(await taskpane.onBook<string>(`return b.activeSheet`)).toBe("Results");
});
