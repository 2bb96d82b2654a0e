/**
 * Add-in figures: the taskpane's first-load size (gzipped; goal <= 200 KB) and the round trips to
 * Excel per full re-score (goal: 2, whatever the number of questions), measured against the fake
 * workbook. Prints figures; asserts nothing. Run with `npm run bench` (which builds first).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { answersFromLevels, SURREY } from "../src/core/examples/workedExamples";
import { getFramework, type FrameworkId } from "../src/core/framework/registry";
import { createAssessment, rescore } from "../src/office/rescore";
import type { WorkbookExistence } from "../src/office/workbookExistence";
import { ALL_CAPABILITIES } from "../src/office/requirements";
import { createFakeExcel, FakeWorkbook } from "../src/testing/fakeExcel";

const dist = join(__dirname, "..", "dist");
const firstLoad = ["taskpane.html", "taskpane.js"].map((file) => readFileSync(join(dist, file)));
const raw = firstLoad.reduce((total, b) => total + b.length, 0);
const gzipped = firstLoad.reduce((total, b) => total + gzipSync(b, { level: 9 }).length, 0);
console.log(
  `taskpane first load: ${(raw / 1024).toFixed(0)} KB minified, ${(gzipped / 1024).toFixed(1)} KB gzipped (office.js itself not counted)`
);

async function syncsPerRescore(id: FrameworkId): Promise<void> {
  const book = new FakeWorkbook();
  const excel = createFakeExcel(book);
  const framework = getFramework(id);
  await excel.run((ctx) =>
    createAssessment(
      ctx,
      framework,
      { frameworkId: id, organisation: "Bench", date: "2026-11-22" },
      ALL_CAPABILITIES
    )
  );
  let known: WorkbookExistence | undefined; // as the add-in's API keeps it between runs
  const syncsOf = async (write: boolean) => {
    const before = book.syncCount;
    await excel.run((ctx) =>
      rescore(ctx, ALL_CAPABILITIES, { write, known, onExistence: (e) => (known = e) })
    );
    return book.syncCount - before;
  };
  // As the pane runs them: a read-only first look on opening, then re-scores.
  const firstLook = await syncsOf(false);
  const counts: number[] = [];
  for (let i = 0; i < 3; i++) counts.push(await syncsOf(true));
  const cold = await (async () => {
    known = undefined;
    return syncsOf(true);
  })();
  console.log(
    `context.sync calls, ${id} (${framework.questionCount} questions): first look ${firstLook}; re-scores ${counts.join(", ")} (the first creates the chart); a re-score with nothing known of the workbook ${cold} (it reads what exists first)`
  );
}

/**
 * Cells written by a full redraw (the first score of Surrey's answers) and by the re-score after
 * one answer (a present raised one option, below its future). Goal: the one answer at most 10 %.
 */
async function cellsPerRescore(): Promise<void> {
  const book = new FakeWorkbook();
  const excel = createFakeExcel(book);
  const framework = getFramework("public");
  await excel.run((ctx) =>
    createAssessment(
      ctx,
      framework,
      { frameworkId: "public", organisation: "Bench", date: "2026-11-22" },
      ALL_CAPABILITIES
    )
  );
  const values = book.sheet("Questionnaire").values;
  const header = values.findIndex((row) => row.includes("Question ID"));
  const [idAt, presentAt] = ["Question ID", "Present"].map((h) => values[header].indexOf(h));
  const answers = answersFromLevels(framework, SURREY.answers);
  await book.userEdit(
    "Questionnaire",
    `${String.fromCharCode(65 + presentAt)}${header + 2}:${String.fromCharCode(66 + presentAt)}${header + 1 + answers.length}`,
    values.slice(header + 1, header + 1 + answers.length).map((row) => {
      const a = answers.find((x) => x.question === row[idAt])!;
      return [a.present!, a.future!];
    })
  );
  let known: WorkbookExistence | undefined;
  /** Cells plus format operations written by one re-score. */
  const score = async () => {
    const before = book.cellsWritten + book.formatOperations;
    await excel.run((ctx) =>
      rescore(ctx, ALL_CAPABILITIES, { known, onExistence: (e) => (known = e) })
    );
    return book.cellsWritten + book.formatOperations - before;
  };
  const full = await score();
  const q = answers.find((a) => {
    const options = framework.question(a.question)!.options;
    return (
      options.findIndex((o) => o.text === a.present) < options.findIndex((o) => o.text === a.future)
    );
  })!;
  const options = framework.question(q.question)!.options;
  const row = values.findIndex((r) => r[idAt] === q.question);
  const raised = options[options.findIndex((o) => o.text === q.present) + 1].text;
  await book.userEdit("Questionnaire", `${String.fromCharCode(65 + presentAt)}${row + 1}`, raised);
  const one = await score();
  // And one that adds an action: a future raised one option (a new tracker row).
  const later = answers.find((a) => {
    const options = framework.question(a.question)!.options;
    return options[options.length - 1].text !== a.future;
  })!;
  const laterOptions = framework.question(later.question)!.options;
  const futureRow = values.findIndex((r) => r[idAt] === later.question);
  const higher = laterOptions[laterOptions.findIndex((o) => o.text === later.future) + 1].text;
  await book.userEdit(
    "Questionnaire",
    `${String.fromCharCode(66 + presentAt)}${futureRow + 1}`,
    higher
  );
  const adding = await score();
  const share = (n: number) => `${((n / full) * 100).toFixed(1)}%`;
  console.log(
    `cells and format operations written: full redraw ${full}; one answer ${one} (${share(one)}); one answer adding an action ${adding} (${share(adding)}); goal <= 10%`
  );
}

void (async () => {
  await syncsPerRescore("public");
  await syncsPerRescore("business");
  await cellsPerRescore();
})();
