// Takes the README's screenshots from `npm run preview`'s page (simulated workbook) in Debian's
// Chromium: node scripts/preview-screenshots.js  (after `npx webpack --mode production --env preview`,
// which adds the simulated workbook's files to dist/).
"use strict";
/* global window */

const path = require("path");
const { chromium } = require("playwright-core");
const { serve } = require("./serve-dist.js");
// The answers come from the TypeScript core itself (through tsx), not from a build of it that
// could be stale or cleaned away.
require("tsx/cjs");
const { getFramework } = require("../src/core/framework/registry");
const { answersFromLevels, SURREY } = require("../src/core/examples/workedExamples");

const OUT = path.join(__dirname, "..", "docs", "screenshots");

(async () => {
  const server = await serve(0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.route("**/*", (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort()
  );
  // The pane at the width Excel usually opens it (the preview's default too, set here so the
  // screenshots do not change if that default does).
  await page.goto(`${origin}/preview.html?width=350`);
  await page.getByRole("heading", { name: "New assessment" }).waitFor();
  await page.screenshot({ path: path.join(OUT, "1-new-assessment.png") });
  await page.getByLabel("Organisation").fill("Surrey County Council");
  await page.getByRole("button", { name: "Create questionnaire" }).click();
  await page.getByText("Questionnaire created.").waitFor();
  const answers = answersFromLevels(getFramework("public"), SURREY.answers);
  await page.evaluate((list) => {
    const book = window.__svmiWorkbook;
    const values = book.sheet("Questionnaire").values;
    const rowOf = new Map(values.map((row, i) => [row[1], i + 1]));
    return Promise.all(
      list.map((a) =>
        book.userEdit("Questionnaire", `D${rowOf.get(a.question)}:E${rowOf.get(a.question)}`, [
          [a.present, a.future],
        ])
      )
    );
  }, answers);
  await page.getByRole("group", { name: "Status" }).getByText("All answered").waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(OUT, "2-questionnaire.png") });
  for (const sheet of ["Results", "Action Plan"]) {
    // The simulated workbook's sheet tabs (the pane has a Results tab of its own).
    await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: sheet }).click();
    await page.waitForTimeout(400);
    await page.screenshot({
      path: path.join(OUT, `3-${sheet.toLowerCase().replace(" ", "-")}.png`),
    });
  }
  // Last, the radar chart on Results, scrolled into view as one would in Excel.
  const sheets = page.getByRole("tablist", { name: "Sheets" });
  await sheets.getByRole("tab", { name: "Results" }).click();
  await page.getByRole("tabpanel").getByRole("img").first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(OUT, "6-results-radar.png") });
  // Facilitator mode at the narrowest pane (320 px), on a 1366×768 screen, normal and large type.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(page.url().replace(/width=\d+/, "width=320"));
  await page.getByRole("heading", { name: "New assessment" }).waitFor();
  await page.getByRole("button", { name: "Try the worked example" }).click();
  await page.getByText("The worked example is filled in").waitFor();
  await page.getByRole("tab", { name: "Facilitator mode" }).click();
  await page.locator("#facilitator-theme").waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(OUT, "4-facilitator-mode.png") });
  await page.getByRole("button", { name: "More options" }).click();
  await page.getByRole("switch", { name: "Large type" }).check();
  await page.getByRole("button", { name: "More options" }).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(OUT, "5-facilitator-large-type.png") });
  await browser.close();
  server.close();
})();
