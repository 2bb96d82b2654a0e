import type { Page } from "playwright-core";
import { answersFromLevels, SURREY } from "../../src/core/examples/workedExamples";
import { getFramework } from "../../src/core/framework/registry";
import { axeViolations, scoreRuns, startTaskpane, type Taskpane } from "./harness";

/*
 * A whole workshop by keyboard only, in real Chromium with the simulated workbook: every theme
 * answered in facilitator mode (Present and Future), results written, the tracker filled in the
 * sheet, an answer changed, re-scored, nothing typed lost. Every view is scanned with axe-core.
 * Screenshots at normal and large type go to test-output/e2e.
 */
let taskpane: Taskpane;
let page: Page;
let sheetValues: Taskpane["sheetValues"];
let edit: Taskpane["edit"];
let shot: Taskpane["shot"];

beforeAll(async () => {
  taskpane = await startTaskpane(420);
  ({ page, sheetValues, edit, shot } = taskpane);
  await taskpane.open();
}, 240_000);

afterAll(() => taskpane?.close());

/** What has keyboard focus, described well enough to steer by. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const input = el as HTMLInputElement | null;
    return {
      group: el?.closest('[role="radiogroup"]')?.getAttribute("aria-label") ?? "",
      label: el?.getAttribute("aria-label") ?? input?.labels?.[0]?.textContent?.trim() ?? "",
      text: (el?.textContent ?? "").trim(),
      value: input?.value ?? "",
      role: el?.getAttribute("role") ?? el?.tagName.toLowerCase() ?? "",
    };
  });

/** Presses Tab until `matches` holds for the focused element (a keyboard user's way there). */
async function tabTo(what: string, matches: (f: Awaited<ReturnType<typeof focused>>) => boolean) {
  for (let i = 0; i < 80; i++) {
    if (matches(await focused())) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${what}`);
}

async function axe(view: string) {
  expect([view, await axeViolations(page)]).toEqual([view, []]);
}

const scoredTimes = () => scoreRuns(page);
/** Waits until the pane has run more than `n` full re-scores. */
const scoredAfter = (n: number) =>
  page.waitForFunction(
    (runs) => Number(document.querySelector("main")?.getAttribute("data-score-runs")) > runs,
    n
  );

test("a workshop by keyboard only, with every view accessible", async () => {
  await page.getByRole("heading", { name: "New assessment" }).waitFor();
  await axe("new assessment form");

  await tabTo("Organisation", (f) => f.label.startsWith("Organisation"));
  await page.keyboard.type("Surrey County Council");
  await tabTo("Create questionnaire", (f) => f.text === "Create questionnaire");
  await page.keyboard.press("Enter");
  await scoredAfter(0);
  await page.getByText("Questionnaire created.").waitFor();
  await axe("results view");

  // Into facilitator mode: arrow keys move along the tab list, Enter chooses.
  await tabTo("the view tabs", (f) => f.role === "tab" && f.text === "Results");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Theme 1 of 10: A Policy & Scope" }).waitFor();
  await axe("facilitator mode");
  await shot("5-facilitator-normal-type");

  // Every theme, Present then Future, each answer chosen with the arrow keys.
  const framework = getFramework("public");
  const answers = new Map(answersFromLevels(framework, SURREY.answers).map((a) => [a.question, a]));
  for (const [index, theme] of framework.themes.entries()) {
    await page
      .getByRole("heading", { name: `Theme ${index + 1} of 10: ${theme.id} ${theme.name}` })
      .waitFor();
    for (const timeframe of ["Present", "Future"] as const) {
      for (const question of theme.questions) {
        const group = `${question.id} ${timeframe}`;
        await tabTo(group, (f) => f.group === group);
        // As a keyboard user does: see which option has focus, arrow to the wanted one (arrows
        // only browse), and press Space to choose it.
        const target = answers.get(question.id)![timeframe === "Present" ? "present" : "future"]!;
        const wanted = question.options.findIndex((o) => o.text === target);
        const value = (await focused()).value;
        const at = question.options.findIndex((o) => o.text === value);
        for (let i = at; i < wanted; i++) await page.keyboard.press("ArrowDown");
        for (let i = at; i > wanted; i--) await page.keyboard.press("ArrowUp");
        await page.keyboard.press("Space");
      }
      if (timeframe === "Present") await page.keyboard.press("t");
    }
    await page.keyboard.press("t"); // back to Present for the next theme
    if (index < framework.themes.length - 1) await page.keyboard.press("Alt+ArrowRight");
  }
  await page
    .getByRole("group", { name: "Status" })
    .getByText("All answered")
    .waitFor({ timeout: 20_000 });
  await page.waitForTimeout(800);
  // Every answer cell holds what was chosen.
  const sheet = await sheetValues("Questionnaire");
  const wrong = sheet
    .filter((row) => answers.has(String(row[1])))
    .flatMap((row) => {
      const a = answers.get(String(row[1]))!;
      return [
        row[3] === a.present ? [] : [`${row[1]} present`],
        row[4] === a.future
          ? []
          : [
              `${row[1]} future: ${String(row[4]).slice(0, 30)} / want ${a.future!.slice(0, 30)} / present ${String(row[3]).slice(0, 30)}`,
            ],
      ].flat();
    });
  expect(wrong).toEqual([]);
  const results = await sheetValues("Results");
  expect(results[2].slice(0, 3)).toEqual(["Present Performance", "Mature", "mean 2.4"]);
  expect(results[3].slice(0, 3)).toEqual(["Future Target", "Leader", "mean 3.2"]);

  // The team fills in the tracker in the sheet.
  const tracker = await sheetValues("Action Tracker");
  const header = tracker.findIndex((row) => row.includes("Question ID"));
  const col = (name: string) => String.fromCharCode(65 + tracker[header].indexOf(name));
  const c1 = tracker.findIndex((row) => row[2] === "C1" && row[1] === "Leader");
  expect(c1).toBeGreaterThan(header);
  await edit("Action Tracker", `${col("Owner")}${c1 + 1}`, "Head of Procurement");
  await edit("Action Tracker", `${col("Status")}${c1 + 1}`, "In progress");

  // Back to theme C, change C1's future answer by keyboard, and let it re-score.
  const before = await scoredTimes();
  for (let i = 0; i < 7; i++) await page.keyboard.press("Alt+ArrowLeft");
  await page.getByRole("heading", { name: /^Theme 3 of 10: C / }).waitFor();
  await page.keyboard.press("t");
  await tabTo("C1 Future", (f) => f.group === "C1 Future");
  await page.keyboard.press("ArrowUp"); // one level lower: C1 no longer needs its Leader step
  await page.keyboard.press("Space");
  await scoredAfter(before);
  await page.waitForTimeout(800);
  const after = await sheetValues("Action Tracker");
  const kept = after.find((row) => row[2] === "C1" && row[1] === "Leader")!;
  expect([kept[tracker[header].indexOf("Owner")], kept[tracker[header].indexOf("Status")]]).toEqual(
    ["Head of Procurement", "In progress"]
  );

  // Large type and high contrast, switched by keyboard in the More panel, looked at and scanned.
  await tabTo("More options", (f) => f.label === "More options");
  await page.keyboard.press("Enter");
  await tabTo("Large type", (f) => f.label === "Large type");
  await page.keyboard.press("Space");
  await shot("6-facilitator-large-type");
  await axe("facilitator mode, large type");
  await tabTo("High contrast", (f) => f.label === "High contrast");
  await page.keyboard.press("Space");
  await axe("facilitator mode, large type, high contrast");
  await shot("7-facilitator-high-contrast");

  expect(taskpane.outside).toEqual([]);
}, 240_000);
