import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { runCli } from "../../../src/cli/commands/index";
import { SHEET_MARKERS } from "../../../src/core/workbook/names";
import { XlsxPackage } from "../../../src/xlsx/package/xlsxPackage";
import { checkWorkbook } from "../../helpers/excelStrict";
import { memoryIo } from "../../helpers/memoryIo";
import { cells, type } from "../../helpers/workbooks";

/*
 * Question banks on the command line: `svmi questions --bank` checks and prints one, `svmi
 * template --bank` writes a workbook that carries it, which `svmi score` then scores with no bank
 * file at hand (in a fresh svmi, one that has never seen the bank), and `svmi score --answers
 * --bank` scores an answers file against it. A bank with problems: each on stderr with its place,
 * exit code 2, nothing written.
 */

const EXAMPLE = readFileSync(
  join(__dirname, "../../../docs/examples/bank-three-levels.json"),
  "utf8"
);
const LABELS = ["Starting", "Growing", "Embedded"];

/** The example bank under its own id (the registry is global state: each test's bank is its own). */
function bank(id: string, change: (bank: any) => void = () => undefined): string {
  const data = JSON.parse(EXAMPLE);
  data.framework.id = id;
  change(data);
  return JSON.stringify(data);
}

/** The bank as svmi reads and prints it back (the "$schema" line is an editor's, not kept). */
function bankAsRead(text: string): string {
  const data = JSON.parse(text);
  delete data.$schema;
  return JSON.stringify(data);
}

/** An in-memory svmi with text files to read (banks, answers) beside its workbooks. */
function svmi(texts: Record<string, string>, files: Record<string, Uint8Array> = {}) {
  const memory = memoryIo(files);
  memory.io.readText = async (path: string) => {
    if (!(path in texts)) throw new Error(`ENOENT: no such file, open '${path}'`);
    return texts[path];
  };
  return { ...memory, run: (...args: string[]) => runCli(args, memory.io) };
}

/** Option texts by question: present at `[lowest + p]`, future at `[lowest + f]`. */
function answersFor(bankText: string, picks: Record<string, [number, number]>) {
  const data = JSON.parse(bankText);
  return data.themes.flatMap((t: any) =>
    t.questions.map((q: any) => {
      const [p, f] = picks[q.id];
      return { question: q.id, present: q.options[p].text, future: q.options[f].text };
    })
  );
}

const PICKS: Record<string, [number, number]> = {
  PL1: [0, 2],
  PL2: [0, 1],
  RC1: [1, 2],
  CV1: [1, 2],
};

/** Types answers into a workbook's questionnaire, as someone filling it in would. */
function fill(bytes: Uint8Array, answers: { question: string; present: string; future: string }[]) {
  const pkg = XlsxPackage.open(bytes);
  const grid = cells(pkg, SHEET_MARKERS.questionnaire);
  const header = grid.findIndex((row) => row.includes("Question ID"));
  const [id, present, future] = ["Question ID", "Present", "Future"].map((h) =>
    grid[header].indexOf(h)
  );
  const writes: [number, number, string][] = answers.flatMap((a) => {
    const row = grid.findIndex((r) => r[id] === a.question);
    return [
      [row, present, a.present],
      [row, future, a.future],
    ] as [number, number, string][];
  });
  type(pkg, SHEET_MARKERS.questionnaire, writes);
  return pkg.toBytes();
}

describe("svmi questions --bank", () => {
  it("prints the bank back as svmi reads it, with --json", async () => {
    const text = bank("cli-questions");
    const { run, out, err } = svmi({ "b.json": text });
    expect(await run("questions", "--bank", "b.json", "--json")).toBe(0);
    expect(err).toEqual([]);
    expect(JSON.parse(out[0])).toEqual(JSON.parse(bankAsRead(text)));
  });

  it("lists it with its own level names", async () => {
    const { run, out } = svmi({ "b.json": bank("cli-questions-text") });
    expect(await run("questions", "--bank", "b.json")).toBe(0);
    const lines = out[0].split("\n");
    expect(lines[0]).toBe("Community benefit starter check (version 1)");
    expect(lines).toContain(
      "        [Not yet \u2014 counts as Starting] Not yet: we look at it only once the work is done."
    );
    expect(lines).toContain(
      "        [Embedded] We record it the same way for all our work and report it each year."
    );
  });
});

describe("a workbook made with svmi template --bank", () => {
  const text = bank("cli-carried");
  const made = svmi({ "b.json": text });
  let template: Uint8Array;
  beforeAll(async () => {
    expect(
      await made.run(
        "template",
        "--bank",
        "b.json",
        "--out",
        "new.xlsx",
        "--organisation",
        "Anytown"
      )
    ).toBe(0);
    template = made.store.get("new.xlsx")!;
  });

  it("carries its bank on the lists sheet", () => {
    const lists = cells(XlsxPackage.open(template), SHEET_MARKERS.lists);
    expect(lists[0].slice(0, 2)).toEqual(["svmi.framework", "cli-carried"]);
    const at = lists[0].indexOf("svmi.bank");
    expect(JSON.parse(lists[0].slice(at + 1).join(""))).toEqual(JSON.parse(bankAsRead(text)));
  });

  it("scores in a fresh svmi with no bank file: its three levels, Results, chart and Action Plan", async () => {
    const filled = fill(template, answersFor(text, PICKS));
    await jest.isolateModulesAsync(async () => {
      // A fresh module registry: this svmi has never seen the bank, as in a new process.
      const fresh = await import("../../../src/cli/commands/index");
      const registry = await import("../../../src/core/framework/registry");
      expect(registry.isFrameworkId("cli-carried")).toBe(false);
      const { io, store, out, err } = memoryIo({ "filled.xlsx": filled });
      expect(await fresh.runCli(["score", "filled.xlsx", "--json"], io)).toBe(0);
      expect(err).toEqual([]);
      const json = JSON.parse(out[0]);
      expect(json.framework).toEqual({
        id: "cli-carried",
        name: "Community benefit starter check",
        version: "1",
      });
      expect(json.themes.map((t: any) => [t.id, t.present.label, t.future.label])).toEqual([
        ["PL", "Starting", "Embedded"],
        ["RC", "Growing", "Embedded"],
        ["CV", "Growing", "Embedded"],
      ]);
      expect([json.overall.present.label, json.overall.future.label]).toEqual([
        "Starting",
        "Embedded",
      ]);
      expect(json.actions.map((a: any) => [a.question, a.level])).toEqual([
        ["PL1", 1],
        ["PL1", 2],
        ["PL2", 2],
        ["RC1", 2],
        ["CV1", 2],
      ]);

      const scored = store.get("filled-scored.xlsx")!;
      const pkg = XlsxPackage.open(scored);
      expect(pkg.sheets().map((s) => s.name)).toEqual(
        expect.arrayContaining(["Results", "Action Plan"])
      );
      const results = cells(pkg, SHEET_MARKERS.results).flat();
      expect(results).toEqual(
        expect.arrayContaining(["Planning", "Recording and review", "Community voice", ...LABELS])
      );
      const charts = unzipSync(scored, {
        filter: (f) => /^xl\/charts\/chart\d+\.xml$/.test(f.name),
      });
      const radar = Object.values(charts)
        .map((bytes) => strFromU8(bytes))
        .find((xml) => xml.includes("<c:radarChart"));
      expect(radar).toContain(`<c:max val="2"/>`);
      const plan = cells(pkg, SHEET_MARKERS.actionPlan);
      expect(plan.find((row) => row[0] === "Theme")).toEqual([
        "Theme",
        "To reach 'Growing'",
        "To reach 'Embedded'",
        "Notes",
      ]);
      expect(plan.flat().join("\n")).toContain(
        "Give the named lead time and a small budget for community benefit."
      );
      expect(checkWorkbook(scored)).toEqual([]);
    });
  });

  it("scores in the svmi that made it too (the same bank, known already)", async () => {
    const { io, out } = memoryIo({ "filled.xlsx": fill(template, answersFor(text, PICKS)) });
    expect(await runCli(["score", "filled.xlsx", "--json"], io)).toBe(0);
    expect(JSON.parse(out[0]).overall.future.label).toBe("Embedded");
  });
});

describe("svmi score --answers --bank", () => {
  it("scores an answers file for the bank, with the bank's level names", async () => {
    const text = bank("cli-answers");
    const answers = { framework: "cli-answers", answers: answersFor(text, PICKS) };
    const { run, out, err } = svmi({ "b.json": text, "a.json": JSON.stringify(answers) });
    expect(await run("score", "--answers", "a.json", "--bank", "b.json", "--json")).toBe(0);
    expect(err).toEqual([]);
    const json = JSON.parse(out[0]);
    expect(json.themes.map((t: any) => t.future.label)).toEqual([
      "Embedded",
      "Embedded",
      "Embedded",
    ]);
    expect(json.overall.present).toMatchObject({ level: 0, label: "Starting" });
  });

  it("refuses answers for another framework than the bank's (exit 2)", async () => {
    const answers = { framework: "public", answers: [] };
    const { run, err } = svmi({
      "b.json": bank("cli-answers-other"),
      "a.json": JSON.stringify(answers),
    });
    expect(await run("score", "--answers", "a.json", "--bank", "b.json")).toBe(2);
    expect(err).toEqual([
      'svmi: a.json has answers for "public", not for the bank\'s framework "cli-answers-other"',
    ]);
  });

  it("says to give the bank when the answers name a framework svmi does not have", async () => {
    const { run, err } = svmi({
      "a.json": JSON.stringify({ framework: "cli-not-loaded", answers: [] }),
    });
    expect(await run("score", "--answers", "a.json")).toBe(2);
    expect(err).toEqual([
      'svmi: a.json: the framework "cli-not-loaded" is not built in; give its question bank with --bank BANK.json',
    ]);
  });
});

describe("a bank with problems", () => {
  const broken = bank("cli-broken", (data) => {
    data.levels[2].label = "Starting";
    data.themes[1].questions[0].options[2].level = 1;
  });
  const problems = [
    "svmi: b.json: level labels must be unique: 'Starting' is the label of levels 0 and 2",
    "svmi: b.json: theme RC, question RC1: option levels 0, 1, 1 repeat level 1",
    "svmi: b.json is not a valid question bank (2 problems); nothing was written",
  ];

  it.each([
    ["questions", ["questions", "--bank", "b.json"]],
    ["template", ["template", "--bank", "b.json", "--out", "new.xlsx"]],
    ["score --answers", ["score", "--answers", "a.json", "--bank", "b.json"]],
    ["score a workbook", ["score", "in.xlsx", "--bank", "b.json"]],
  ])(
    "%s: every problem on stderr with its place, exit code 2, nothing written",
    async (_, args) => {
      const answers = JSON.stringify({ framework: "cli-broken", answers: [] });
      const workbook = new Uint8Array([1, 2, 3]);
      const { run, out, err, store } = svmi(
        { "b.json": broken, "a.json": answers },
        { "in.xlsx": workbook }
      );
      expect(await run(...args)).toBe(2);
      expect(err).toEqual(problems);
      expect(out).toEqual([]);
      expect([...store.keys()]).toEqual(["in.xlsx"]);
      expect(store.get("in.xlsx")).toBe(workbook);
    }
  );

  it("template: a bank whose id another bank in use has is refused, and nothing is written", async () => {
    const { run, err, store } = svmi({
      "a.json": bank("cli-twice"),
      "b.json": bank("cli-twice", (d) => (d.framework.name = "Other")),
    });
    expect(await run("questions", "--bank", "a.json")).toBe(0);
    expect(await run("template", "--bank", "b.json", "--out", "new.xlsx")).toBe(2);
    expect(err).toEqual([
      "svmi: b.json: a different framework with the id 'cli-twice' (Community benefit starter check, version 1) is already in use; give one of them an id of its own",
    ]);
    expect(store.size).toBe(0);
  });

  it.each([
    [
      ["questions", "--bank", "b.json", "--framework", "public"],
      "use --framework or --bank, not both",
    ],
    [
      ["template", "--bank", "b.json", "--framework", "public", "--out", "x.xlsx"],
      "use --framework or --bank, not both",
    ],
    [
      ["questions", "--bank", "missing.json"],
      "cannot read missing.json: ENOENT: no such file, open 'missing.json'",
    ],
  ])("refuses %j with exit code 2", async (args, message) => {
    const { run, err, store } = svmi({ "b.json": bank("cli-usage") });
    expect(await run(...args)).toBe(2);
    expect(err).toEqual([`svmi: ${message}`]);
    expect(store.size).toBe(0);
  });
});
