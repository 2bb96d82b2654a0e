import { execFileSync, spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli, type CliIo } from "../../src/cli/commands";
import { nodeIo } from "../../src/cli/io";
import { answersFromLevels, WALSALL } from "../../src/core/examples/workedExamples";
import { getFramework } from "../../src/core/framework/registry";
import { XlsxPackage } from "../../src/xlsx/package/xlsxPackage";
import { expectExcelClean } from "../helpers/excelStrict";
import { dropQuestionnaireTable } from "../helpers/workbooks";

/** Runs the CLI in-process with captured output. */
async function svmi(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    ...nodeIo,
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  };
  const code = await runCli(argv, io);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const dir = mkdtempSync(join(tmpdir(), "svmi-cli-"));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};

describe("svmi demo", () => {
  it("prints Surrey's theme table, overall levels and action plan", async () => {
    const { code, stdout } = await svmi("demo", "--out", join(dir, "demo"));
    expect(code).toBe(0);
    expect(stdout).toMatch(/C\s+Measurement: Themes, Outcomes and Measures\s+Mature\s+Innovator/);
    expect(stdout).toMatch(/Overall\s+Mature \(2\.4\)\s+Leader \(3\.2\)/);
    expect(stdout).toContain("To reach 'Innovator':");
  });
});

describe("svmi questions", () => {
  it("prints the framework as contract JSON", async () => {
    const { code, stdout } = await svmi("questions", "--framework", "business", "--json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.framework.id).toBe("business");
    expect(json.themes).toHaveLength(9);
  });

  it("lists questions with level names in text form", async () => {
    const { stdout } = await svmi("questions", "--framework", "public");
    expect(stdout).toContain("A1  Which of your contracts");
    expect(stdout).toContain("[Incomplete/Non Compliant]");
  });
});

describe("svmi score", () => {
  const framework = getFramework("public");
  const walsall = file("walsall.json", {
    framework: "public",
    organisation: "Walsall Council",
    answers: answersFromLevels(framework, WALSALL.answers),
  });

  it("scores an answers file to JSON", async () => {
    const { code, stdout } = await svmi("score", "--answers", walsall, "--json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.organisation).toBe("Walsall Council");
    expect(json.overall.future).toMatchObject({ mean: 2.5, label: "Mature" });
  });

  it("reports problems in the answers and still exits 0", async () => {
    const path = file("maybe.json", {
      framework: "public",
      answers: [{ question: "A3", present: "Maybe" }],
    });
    const { code, stdout } = await svmi("score", "--answers", path);
    expect(code).toBe(0);
    expect(stdout).toContain("A3 present: 'Maybe' is not one of the options");
    // Theme A's five questions: four blank and one to fix now, all five blank in future.
    expect(stdout).toMatch(/- \(4 to answer, 1 to fix\) +- \(5 to answer\)\n/);
    expect(stdout).toContain("Provisional: no theme scored yet");

    const json = JSON.parse((await svmi("score", "--answers", path, "--json")).stdout);
    expect(json.themes[0]).toMatchObject({
      id: "A",
      unanswered: { present: 4, future: 5 },
      invalid: { present: 1, future: 0 },
    });
  });

  it.each([
    [["score"], "score needs IN.xlsx (or --answers FILE.json)"],
    [["score", "--answers", "/nonexistent/answers.json"], "cannot read /nonexistent/answers.json"],
    [["score", "--answers", file("bad.json", "{not json")], "is not valid JSON"],
    [
      ["score", "--answers", file("charity.json", { framework: "charity", answers: [] })],
      'the framework "charity" is not built in; give its question bank with --bank',
    ],
    [
      ["questions", "--framework", "charity"],
      "--framework must be one of: public, business, svm-adoption",
    ],
    [["questions", "--frame", "public"], "Unknown option '--frame'"],
    [["frobnicate"], "unknown command 'frobnicate'"],
  ])("exits 2 with one clear line for %j", async (argv, message) => {
    const { code, stdout, stderr } = await svmi(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toContain(message);
  });

  it.each(["demo", "questions", "score", "template", "manifest"])(
    "has --help for %s",
    async (command) => {
      const { code, stdout } = await svmi(command, "--help");
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: svmi ${command}`);
    }
  );
});

describe("svmi template and score on workbooks", () => {
  const work = mkdtempSync(join(tmpdir(), "svmi-xlsx-cli-"));

  it("writes a template, refuses to overwrite it, and scores a copy beside the input", async () => {
    const template = join(work, "blank.xlsx");
    expect((await svmi("template", "--framework", "business", "--out", template)).code).toBe(0);
    const again = await svmi("template", "--framework", "business", "--out", template);
    expect([again.code, again.stderr]).toEqual([
      2,
      `svmi: ${template} already exists; choose another --out or add --force`,
    ]);

    const before = readFileSync(template);
    const { code, stdout } = await svmi("score", template, "--json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ file: template, output: join(work, "blank-scored.xlsx") });
    expect(json.framework.id).toBe("business");
    expect(json.themes).toHaveLength(9);
    expect(existsSync(join(work, "blank-scored.xlsx"))).toBe(true);
    expect(readFileSync(template).equals(before)).toBe(true); // the input is never changed
  });

  it("changes the input only with --in-place", async () => {
    const demo = await svmi("demo", "--out", join(work, "demo"));
    expect(demo.code).toBe(0);
    const input = join(work, "demo", "surrey-example.xlsx");
    const before = readFileSync(input);
    const { code, stdout } = await svmi("score", input, "--in-place");
    expect(code).toBe(0);
    expect(stdout).toMatch(/Overall\s+Mature \(2\.4\)\s+Leader \(3\.2\)/);
    expect(readFileSync(input).equals(before)).toBe(false);
    expect(readFileSync(input).length).toBeGreaterThan(before.length); // now with Results and chart
    expectExcelClean(readFileSync(input));
    expectExcelClean(readFileSync(join(work, "demo", "surrey-example-scored.xlsx")));
  });

  it("template --into adds an assessment to a workbook, beside it, with --out, or --in-place", async () => {
    mkdirSync(join(work, "into"));
    const mine = join(work, "into", "budget.xlsx");
    expect((await svmi("template", "--framework", "public", "--out", mine)).code).toBe(0);
    const refused = await svmi("template", "--into", mine);
    expect([refused.code, refused.stderr]).toEqual([
      1,
      `svmi: ${mine}: This workbook already holds an SVMI assessment: score it, or start a new one in another workbook.`,
    ]);
    // Someone's own workbook, as ExcelJS writes one.
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Budget").addRow(["Line", "Amount"]);
    const budget = join(work, "into", "plain.xlsx");
    writeFileSync(budget, new Uint8Array(await book.xlsx.writeBuffer()));
    const beside = await svmi("template", "--into", budget, "--framework", "business");
    expect([beside.code, beside.stdout]).toEqual([
      0,
      `Written: ${join(work, "into", "plain-svmi.xlsx")}`,
    ]);
    const scored = await svmi("score", join(work, "into", "plain-svmi.xlsx"), "--json");
    expect(JSON.parse(scored.stdout).framework.id).toBe("business");
    const before = readFileSync(budget);
    const out = join(work, "into", "chosen.xlsx");
    expect((await svmi("template", "--into", budget, "--out", out)).code).toBe(0);
    expect(readFileSync(budget).equals(before)).toBe(true);
    expect((await svmi("template", "--into", budget, "--in-place")).code).toBe(0);
    expect(readFileSync(budget).equals(before)).toBe(false);
  });

  it("says on stderr what it repaired in a file another program saved", async () => {
    // The questionnaire without its table, as Gnumeric saves it.
    const template = join(work, "for-no-table.xlsx");
    expect((await svmi("template", "--framework", "public", "--out", template)).code).toBe(0);
    const pkg = XlsxPackage.open(readFileSync(template));
    dropQuestionnaireTable(pkg);
    const gnumericLike = join(work, "no-table.xlsx");
    writeFileSync(gnumericLike, pkg.toBytes());
    const { code, stderr } = await svmi("score", gnumericLike);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      new RegExp(
        `^svmi: ${gnumericLike}: repaired: restored the questionnaire table SVMI_Questions over Questionnaire!A7:H67`
      )
    );
  });

  it.each([
    [["score", "a.xlsx", "b.xlsx", "--out", "c.xlsx"], "--out takes one input"],
    [
      ["score", "a.xlsx", "--out", "c.xlsx", "--in-place"],
      "use only one of --out, --out-dir and --in-place",
    ],
    [["score", "a.xlsx", "--out", "c.txt"], "--out must name an .xlsx file"],
    [["template", "--framework", "public"], "template needs --out FILE.xlsx"],
    [["template", "--framework", "public", "--in-place"], "--in-place needs --into FILE.xlsx"],
    [
      ["template", "--framework", "public", "--out", "x.xlsx", "--date", "22/11/2026"],
      "yyyy-mm-dd",
    ],
  ])("exits 2 on %j", async (argv, message) => {
    const { code, stderr } = await svmi(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe("the installed svmi command", () => {
  // `npx svmi` runs bin/svmi.js; build it fresh so the test sees the current source.
  beforeAll(() => execFileSync("npm", ["run", "build:cli"], { stdio: "pipe" }), 60_000);

  it("runs from the built bin with real exit codes", () => {
    // Run as npx runs it: the file itself (shebang, execute bit), not through node.
    const bin = process.platform === "win32" ? process.execPath : "./bin/svmi.js";
    const pre = process.platform === "win32" ? ["bin/svmi.js"] : [];
    const ok = spawnSync(bin, [...pre, "demo", "--json", "--out", join(dir, "bin-demo")], {
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).overall.present.label).toBe("Mature");
    const bad = spawnSync(process.execPath, ["bin/svmi.js", "score"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe("svmi: score needs IN.xlsx (or --answers FILE.json)");
  });
});
