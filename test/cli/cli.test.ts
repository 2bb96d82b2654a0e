import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli, type CliIo } from "../../src/cli/commands";
import { nodeIo } from "../../src/cli/nodeIo";
import { answersFromLevels, WALSALL } from "../../src/core/examples/workedExamples";
import { getFramework } from "../../src/core/frameworks";

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
    expect(stdout).toContain("(5 unanswered)");
  });

  it.each([
    [["score"], "score needs IN.xlsx (or --answers FILE.json)"],
    [["score", "--answers", "/nonexistent/answers.json"], "cannot read /nonexistent/answers.json"],
    [["score", "--answers", file("bad.json", "{not json")], "is not valid JSON"],
    [
      ["score", "--answers", file("charity.json", { framework: "charity", answers: [] })],
      "'framework' must be one of",
    ],
    [["questions", "--framework", "charity"], "--framework must be one of: public, business"],
    [["questions", "--frame", "public"], "Unknown option '--frame'"],
    [["frobnicate"], "unknown command 'frobnicate'"],
  ])("exits 2 with one clear line for %j", async (argv, message) => {
    const { code, stdout, stderr } = await svmi(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toContain(message);
  });

  it.each(["demo", "questions", "score", "template"])("has --help for %s", async (command) => {
    const { code, stdout } = await svmi(command, "--help");
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: svmi ${command}`);
  });
});

describe("the installed svmi command", () => {
  // `npx svmi` runs dist/cli/svmi.js; build it fresh so the test sees the current source.
  beforeAll(
    () => execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { stdio: "pipe" }),
    60_000
  );

  it("runs from the built bin with real exit codes", () => {
    const ok = spawnSync(process.execPath, ["dist/cli/svmi.js", "demo", "--json"], {
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).overall.present.label).toBe("Mature");
    const bad = spawnSync(process.execPath, ["dist/cli/svmi.js", "score"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe("svmi: score needs IN.xlsx (or --answers FILE.json)");
  });
});
