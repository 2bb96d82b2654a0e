import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeIo } from "../../src/cli/io";
import { writeDemo } from "../../src/cli/commands/demo";
import { scoreAssessmentFile } from "../../src/xlsx/workbookFile";

/*
 * Another spreadsheet program opens what we write: LibreOffice (Debian's libreoffice-calc-nogui,
 * installed by scripts/test-all.sh) renders the scored demo workbook to PDF, and saves it back
 * as .xlsx for us to score again. PNGs of the pages go to test-output/render for looking at.
 */

jest.setTimeout(120_000);

const work = mkdtempSync(join(tmpdir(), "svmi-render-"));
const pictures = join(__dirname, "..", "..", "test-output", "render");

function soffice(...args: string[]): void {
  // Its own profile folder: parallel or earlier runs must not share one.
  execFileSync("soffice", ["--headless", "--norestore", ...args], {
    env: { ...process.env, HOME: mkdtempSync(join(tmpdir(), "svmi-lo-home-")) },
    stdio: "pipe",
    timeout: 90_000,
  });
}

describe("LibreOffice opens the scored workbook", () => {
  let scored: string;
  let themes: string[];

  beforeAll(async () => {
    const demo = await writeDemo(join(work, "demo"), nodeIo);
    scored = demo.scored;
    themes = demo.framework.themes.map((t) => t.name);
  });

  it("renders it to PDF with the theme names, levels and the chart title", () => {
    soffice("--convert-to", "pdf", "--outdir", work, scored);
    const pdf = join(work, "surrey-example-scored.pdf");
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    for (const theme of themes) expect(text).toContain(theme);
    expect(text).toMatch(/Present\s+Performance\s+Mature\s+mean 2\.4/);
    expect(text).toMatch(/Future\s+Target\s+Leader\s+mean 3\.2/);
    expect(text).toMatch(/Measurement: Themes, Outcomes and Measures\s+Mature\s+Innovator/);
    expect(text).toContain("Present and future by theme");
    expect(text).toContain("To reach 'Innovator'");

    mkdirSync(pictures, { recursive: true });
    execFileSync("pdftoppm", ["-png", "-r", "70", pdf, join(pictures, "scored")]);
    expect(readdirSync(pictures).filter((f) => f.endsWith(".png")).length).toBeGreaterThan(2);
  });

  it("saves it as .xlsx in a form we still score the same (framework kept in cells)", () => {
    const out = join(work, "resaved");
    soffice("--convert-to", "xlsx", "--outdir", out, scored);
    const resaved = readFileSync(join(out, "surrey-example-scored.xlsx"));
    const again = scoreAssessmentFile(new Uint8Array(resaved));
    expect(again.framework.id).toBe("public");
    expect(again.score.result.overall.present).toMatchObject({ mean: 2.4, label: "Mature" });
    expect(again.score.result.overall.future).toMatchObject({ mean: 3.2, label: "Leader" });
    expect(again.details.organisation).toBe("Surrey County Council");
  });
});
