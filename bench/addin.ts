/**
 * Add-in figures: the taskpane's first-load size (gzipped; goal <= 200 KB) and the round trips to
 * Excel per full re-score (goal: 2, whatever the number of questions), measured against the fake
 * workbook. Prints figures; asserts nothing. Run with `npm run bench` (which builds first).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { getFramework, type FrameworkId } from "../src/core/framework/registry";
import { createAssessment, rescore } from "../src/office/rescore";
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
  const counts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const before = book.syncCount;
    await excel.run((ctx) => rescore(ctx, ALL_CAPABILITIES));
    counts.push(book.syncCount - before);
  }
  console.log(
    `context.sync calls per re-score, ${id} (${framework.questionCount} questions): ${counts.join(", ")} (first run creates the chart)`
  );
}

void (async () => {
  await syncsPerRescore("public");
  await syncsPerRescore("business");
})();
