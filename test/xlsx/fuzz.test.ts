import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { strToU8, zipSync, type Zippable } from "fflate";
import { runCli, type CliIo } from "../../src/cli/commands";
import { nodeIo } from "../../src/cli/io";
import { scoreJson } from "../../src/core/scoring/scoreJson";
import { exampleAssessment, SURREY } from "../../src/core/examples/workedExamples";
import { getFramework } from "../../src/core/framework/registry";
import { WorkbookError } from "../../src/core/workbook/errors";
import {
  newAssessmentWorkbook,
  scoreAssessmentFile,
  filledAnswers,
} from "../../src/xlsx/workbookFile";
import { XlsxPackage } from "../../src/xlsx/package/xlsxPackage";
import { NotAWorkbookError } from "../../src/xlsx/package/zipFile";

/**
 * Damaged workbooks, made deterministically from a filled and a scored workbook: truncated, bytes
 * flipped, entries shuffled or removed, XML broken. Scoring each must end within 5 s, either with a
 * workbook that opens and scores again or with an Error that says what is wrong: never a crash
 * (TypeError, RangeError…), never a non-Error.
 */

const SEED = 0x5f3759df;
const MAX_MS = 5000;

/** mulberry32: a small seeded PRNG, so every run makes the same cases. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  return { next, int, pick };
}
type Rng = ReturnType<typeof prng>;

// ---- The valid workbooks the cases start from.

const framework = getFramework("public");

function filledWorkbook(): Uint8Array {
  const example = exampleAssessment(framework, SURREY);
  const answers = filledAnswers(example.answers);
  const details = { frameworkId: framework.id, organisation: "Surrey", date: "2024-05-01" };
  return newAssessmentWorkbook(framework, details, answers);
}

type Parts = [path: string, data: Uint8Array][];

const partsOf = (bytes: Uint8Array): Parts => {
  const pkg = XlsxPackage.open(bytes);
  return pkg.paths().map((path) => [path, pkg.bytes(path)!]);
};

/**
 * Zips parts in the order given (fflate keeps insertion order), dated at a fixed local time, so
 * the same parts always make the same bytes.
 */
function zipParts(parts: Parts): Uint8Array {
  const files: Zippable = {};
  for (const [path, data] of parts) files[path] = data;
  return zipSync(files, { mtime: new Date(2024, 4, 1, 12) });
}

// Re-zipped with a fixed date, so the byte-level mutations hit the same bytes on every run.
const filled = zipParts(partsOf(filledWorkbook()));
const BASES = [
  { name: "filled", bytes: filled },
  // Scored once: Results, radar chart (drawing, chart parts) and Action Plan to damage too.
  { name: "scored", bytes: zipParts(partsOf(scoreAssessmentFile(filled).bytes)) },
];

const decoder = new TextDecoder();

/** The parts with the text of one XML part (one holding `holding`, if given) changed. */
function editXml(
  parts: Parts,
  rng: Rng,
  edit: (xml: string) => string,
  holding?: RegExp
): [string, Uint8Array] {
  const xmlParts = parts.filter(
    ([path, data]) => /\.(xml|rels)$/.test(path) && (!holding || holding.test(decoder.decode(data)))
  );
  const [target, data] = rng.pick(xmlParts);
  const damaged = parts.map(([path, bytes]): [string, Uint8Array] =>
    path === target ? [path, strToU8(edit(decoder.decode(data)))] : [path, bytes]
  );
  return [target, zipParts(damaged)];
}

/** A random match of `pattern` (global) in `text`, or undefined when there is none. */
function randomMatch(text: string, pattern: RegExp, rng: Rng): RegExpMatchArray | undefined {
  const matches = [...text.matchAll(pattern)];
  return matches.length ? rng.pick(matches) : undefined;
}

// ---- The mutations.

interface Case {
  label: string;
  bytes: Uint8Array;
}

type Mutation = (bytes: Uint8Array, rng: Rng) => { how: string; bytes: Uint8Array };

const NUMBERS = ["", "0", "-1", "1048576", "99999999", "4294967296", "1e400", "NaN", "7.5"];

const MUTATIONS: Record<string, { count: number; mutate: Mutation }> = {
  truncated: {
    count: 24,
    mutate: (bytes, rng) => {
      const at = rng.int(1, bytes.length - 1);
      return { how: `cut at ${at}`, bytes: bytes.slice(0, at) };
    },
  },
  "one byte flipped": {
    count: 30,
    mutate: (bytes, rng) => {
      const copy = bytes.slice();
      const at = rng.int(0, copy.length - 1);
      copy[at] ^= rng.int(1, 255);
      return { how: `byte ${at}`, bytes: copy };
    },
  },
  "bytes flipped here and there": {
    count: 16,
    mutate: (bytes, rng) => {
      const copy = bytes.slice();
      const flips = rng.int(2, 20);
      for (let i = 0; i < flips; i++) copy[rng.int(0, copy.length - 1)] ^= rng.int(1, 255);
      return { how: `${flips} bytes`, bytes: copy };
    },
  },
  "a burst of bytes overwritten": {
    count: 20,
    mutate: (bytes, rng) => {
      const copy = bytes.slice();
      const length = rng.int(2, 64);
      const at = rng.int(0, copy.length - length);
      for (let i = at; i < at + length; i++) copy[i] = rng.int(0, 255);
      return { how: `${length} bytes at ${at}`, bytes: copy };
    },
  },
  "XML part cut in the middle": {
    count: 16,
    mutate: (bytes, rng) => {
      let how = "";
      const [part, zipped] = editXml(partsOf(bytes), rng, (xml) => {
        const at = rng.int(0, xml.length - 1);
        how = `at ${at}`;
        return xml.slice(0, at);
      });
      return { how: `${part} ${how}`, bytes: zipped };
    },
  },
  "stray '<' in an XML part": {
    count: 16,
    mutate: (bytes, rng) => {
      let how = "";
      const [part, zipped] = editXml(partsOf(bytes), rng, (xml) => {
        const at = rng.int(0, xml.length);
        how = `at ${at}`;
        return `${xml.slice(0, at)}<${xml.slice(at)}`;
      });
      return { how: `${part} ${how}`, bytes: zipped };
    },
  },
  "closing tag duplicated": {
    count: 16,
    mutate: (bytes, rng) => {
      let how = "";
      const [part, zipped] = editXml(partsOf(bytes), rng, (xml) => {
        const match = randomMatch(xml, /<\/[^>]+>/g, rng);
        if (!match) return xml;
        const end = match.index! + match[0].length;
        how = `${match[0]} at ${match.index}`;
        return xml.slice(0, end) + match[0] + xml.slice(end);
      });
      return { how: `${part} ${how}`, bytes: zipped };
    },
  },
  "tag deleted": {
    count: 20,
    mutate: (bytes, rng) => {
      let how = "";
      const [part, zipped] = editXml(partsOf(bytes), rng, (xml) => {
        const match = randomMatch(xml, /<[^>]+>/g, rng);
        if (!match) return xml;
        how = `${match[0].slice(0, 40)} at ${match.index}`;
        return xml.slice(0, match.index) + xml.slice(match.index! + match[0].length);
      });
      return { how: `${part} ${how}`, bytes: zipped };
    },
  },
  "number in a tag changed": {
    count: 30,
    mutate: (bytes, rng) => {
      let how = "";
      const [part, zipped] = editXml(partsOf(bytes), rng, (xml) => {
        // Digits inside a start tag: row and cell references, table refs, ids, styles, counts.
        const match = randomMatch(xml, /<[\w:]+\s[^>]*?=\s*"[^"]*?\d+[^"]*"/g, rng);
        if (!match) return xml;
        const digits = randomMatch(match[0], /\d+/g, rng)!;
        const replacement = rng.pick(NUMBERS);
        const at = match.index! + digits.index!;
        how = `${digits[0]} -> '${replacement}' in ${match[0].slice(0, 50)}`;
        return xml.slice(0, at) + replacement + xml.slice(at + digits[0].length);
      });
      return { how: `${part} ${how}`, bytes: zipped };
    },
  },
  "cell reference moved far": {
    count: 30,
    mutate: (bytes, rng) => {
      let how = "";
      // Table and filter refs, dimensions, selections, row and cell references.
      const reference = /(\s(?:ref|sqref|r|topLeftCell|activeCell)=")([^"]*)"/g;
      const [part, zipped] = editXml(
        partsOf(bytes),
        rng,
        (xml) => {
          const match = randomMatch(xml, reference, rng)!;
          const replacement = `${match[1]}${rng.pick(REFERENCES)}"`;
          how = `${match[0].trim()} -> ${replacement.trim()} at ${match.index}`;
          return (
            xml.slice(0, match.index) + replacement + xml.slice(match.index! + match[0].length)
          );
        },
        new RegExp(reference.source)
      );
      return { how: `${part} ${how}`, bytes: zipped };
    },
  },
};

const REFERENCES = [
  "A1:XFD1048576",
  "A7:H",
  "A:H",
  "A7:XFD67",
  "XFD1048576",
  "A1048576",
  "ZZZ9",
  "A0",
  "A-1",
  "",
  "1048576",
  "$A$7:$H$99999",
];

/** The questionnaire table's ref changed: the 2-minute hang found by the fuzzing, and its kin. */
function tableRefCases(): Case[] {
  return ["A7:H", "A7:XFD1048576", "A7:H99999", "A7:XFD", "A1048575:H1048576", "H67:A7"].map(
    (ref) => {
      const pkg = XlsxPackage.open(filled);
      const path = "xl/tables/table1.xml";
      pkg.setText(path, pkg.text(path)!.replace(/ref="A7:H67"/g, `ref="${ref}"`));
      return { label: `table ref ${ref}`, bytes: pkg.toBytes() };
    }
  );
}

function makeCases(): Record<string, Case[]> {
  const rng = prng(SEED);
  const cases: Record<string, Case[]> = {};
  for (const [kind, { count, mutate }] of Object.entries(MUTATIONS)) {
    cases[kind] = Array.from({ length: count }, (_, i) => {
      const base = BASES[i % BASES.length];
      const { how, bytes } = mutate(base.bytes, rng);
      return { label: `${kind} #${i} (${base.name}: ${how})`, bytes };
    });
  }
  cases["table ref far past its data"] = tableRefCases();
  // Every entry of each base removed in turn.
  cases["entry removed"] = BASES.flatMap((base) => {
    const parts = partsOf(base.bytes);
    return parts.map(([path]) => ({
      label: `entry removed (${base.name}: ${path})`,
      bytes: zipParts(parts.filter(([p]) => p !== path)),
    }));
  });
  return cases;
}

const CASES = makeCases();

// ---- What each case must do.

type Outcome = { ok: true; output: Uint8Array } | { ok: false; error: Error };

/** Scores a damaged file; returns what it did, or why that is a bug. */
function tryScoring(bytes: Uint8Array): { outcome?: Outcome; bug?: string; ms: number } {
  const started = performance.now();
  let outcome: Outcome;
  try {
    outcome = { ok: true, output: scoreAssessmentFile(bytes).bytes };
  } catch (error) {
    const ms = performance.now() - started;
    if (!(error instanceof Error)) return { bug: `threw a non-Error: ${String(error)}`, ms };
    const expected =
      error instanceof NotAWorkbookError ||
      error instanceof WorkbookError ||
      error.constructor === Error;
    if (!expected) return { bug: `crashed: ${error.name}: ${error.message}`, ms };
    if (!error.message.trim()) return { bug: "threw an Error without a message", ms };
    return { outcome: { ok: false, error }, ms };
  }
  const ms = performance.now() - started;
  return { outcome, ms };
}

/**
 * Scoring is synchronous, so a hang cannot be timed from inside it, and Jest's timeout cannot stop
 * it. A watchdog thread is told which case is running; past HANG_MS it names the case on stderr and
 * ends the run, rather than let CI stall (before its fix, "table ref A7:H" ran for over 8 minutes).
 */
const HANG_MS = 30_000;
const WATCHDOG = `
const { parentPort, workerData } = require("node:worker_threads");
const { writeSync } = require("node:fs");
let running = null;
let since = 0;
parentPort.on("message", (label) => { running = label; since = Date.now(); });
setInterval(() => {
  if (running === null || Date.now() - since < workerData.hangMs) return;
  writeSync(2, "\\nsvmi fuzz: HUNG (over " + workerData.hangMs + " ms) scoring " + running + "\\n");
  process.kill(process.pid, "SIGKILL");
}, 250);
`;
let watchdog: Worker | undefined;
beforeAll(() => {
  watchdog = new Worker(WATCHDOG, { eval: true, workerData: { hangMs: HANG_MS } });
  watchdog.unref();
});
afterAll(() => watchdog?.terminate());

/** Runs `work` with the watchdog watching it under `label`. */
function watched<T>(label: string, work: () => T): T {
  watchdog?.postMessage(label);
  try {
    return work();
  } finally {
    watchdog?.postMessage(null);
  }
}

function bugIn(bytes: Uint8Array): string | undefined {
  const first = tryScoring(bytes);
  if (first.ms > MAX_MS) return `took ${first.ms.toFixed(0)} ms`;
  if (first.bug || !first.outcome?.ok) return first.bug;
  // Scored: the output must open and score again.
  try {
    XlsxPackage.open(first.outcome.output);
  } catch (error) {
    return `its output does not open: ${(error as Error).message}`;
  }
  const again = tryScoring(first.outcome.output);
  if (again.ms > MAX_MS) return `re-scoring took ${again.ms.toFixed(0)} ms`;
  if (again.bug) return `re-scoring its output: ${again.bug}`;
  if (!again.outcome?.ok) return `its output does not score: ${again.outcome?.error.message}`;
  return undefined;
}

const total = Object.values(CASES).reduce((n, c) => n + c.length, 0);

it("makes at least 200 cases, all different from the valid workbooks", () => {
  expect(total).toBeGreaterThanOrEqual(200);
  const same = (a: Uint8Array, b: Uint8Array) =>
    a.length === b.length && a.every((byte, i) => byte === b[i]);
  const all = Object.values(CASES).flat();
  // An edit may find nothing to change (a part without a closing tag); nearly all change something.
  const unchanged = all.filter((c) => BASES.some((base) => same(c.bytes, base.bytes)));
  expect(unchanged.length).toBeLessThan(all.length / 20);
});

describe.each(Object.keys(CASES))("%s", (kind) => {
  it("never crashes or hangs: a workbook that scores again, or an Error saying why", () => {
    const bugs = CASES[kind].flatMap((c) => {
      const bug = watched(c.label, () => bugIn(c.bytes));
      return bug ? [`${c.label}: ${bug}`] : [];
    });
    expect(bugs).toEqual([]);
  });
});

describe("shuffled zip entries", () => {
  const rng = prng(SEED ^ 0xa5a5);
  const shuffled = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };

  it.each(BASES.map((b) => [b.name, b] as const))(
    "%s: any entry order scores exactly as the original",
    (_, base) => {
      const expected = scoreAssessmentFile(base.bytes);
      const parts = partsOf(base.bytes);
      for (let i = 0; i < 10; i++) {
        let order = shuffled(parts);
        if (order.every(([path], k) => path === parts[k][0])) order = [...parts].reverse();
        const scored = scoreAssessmentFile(zipParts(order));
        expect(scoreJson(scored.score.result)).toEqual(scoreJson(expected.score.result));
        expect(scored.score.problems).toEqual(expected.score.problems);
        expect(scored.details).toEqual(expected.details);
        // Same parts in the output, the same sheets in the same order.
        const out = XlsxPackage.open(scored.bytes);
        expect(out.paths().sort()).toEqual(XlsxPackage.open(expected.bytes).paths().sort());
        expect(out.sheets().map((s) => s.name)).toEqual(
          XlsxPackage.open(expected.bytes)
            .sheets()
            .map((s) => s.name)
        );
      }
    }
  );
});

describe("damaged files through svmi score", () => {
  let dir = "";
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "svmi-fuzz-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports each failure in one line naming its file, and leaves no partial or temp output", async () => {
    // 20 cases spread over every kind of damage: 15 that fail and 5 that still score.
    const all = Object.values(CASES).flat();
    const chosen: { bytes: Uint8Array; outcome: Outcome }[] = [];
    const wanted = { failed: 15, scored: 5 };
    for (let i = 0; i < all.length && chosen.length < 20; i++) {
      const candidate = all[(i * 97) % all.length]; // 97 is prime to the count: a spread order
      const outcome = watched(candidate.label, () => tryScoring(candidate.bytes)).outcome!;
      const kind = outcome.ok ? "scored" : "failed";
      if (wanted[kind] === 0) continue;
      wanted[kind] -= 1;
      chosen.push({ bytes: candidate.bytes, outcome });
    }
    expect(chosen).toHaveLength(20);
    const expected = chosen.map((c) => c.outcome);
    const inputs = chosen.map((c, i) => {
      const path = join(dir, `damaged-${String(i).padStart(2, "0")}.xlsx`);
      writeFileSync(path, c.bytes);
      return path;
    });

    const outDir = join(dir, "out");
    const err: string[] = [];
    const io: CliIo = { ...nodeIo, out: () => undefined, err: (t) => err.push(t) };
    watchdog?.postMessage("svmi score with 20 damaged files");
    const code = await runCli(["score", ...inputs, "--out-dir", outDir], io);
    watchdog?.postMessage(null);

    const failed = expected.filter((o) => !o.ok).length;
    expect(code).toBe(failed ? 1 : 0);
    expect(err.at(-1)).toBe(
      `svmi: scored ${inputs.length - failed} of ${inputs.length} workbooks${failed ? `; ${failed} failed` : ""}`
    );
    inputs.forEach((path, i) => {
      const about = err.filter(
        (l) => l.startsWith(`svmi: ${path} `) || l.startsWith(`svmi: ${path}:`)
      );
      const outcome = expected[i];
      if (outcome.ok) {
        // Scored (damage the reader tolerates): only answer problems, each with its cell.
        expect(about.every((l) => l.startsWith(`svmi: ${path}: `))).toBe(true);
      } else {
        expect(about).toHaveLength(1);
        expect(about[0]).toContain(outcome.error.message);
      }
    });
    const scoredOutputs = inputs
      .filter((_, i) => expected[i].ok)
      .map((path) => path.replace(/^.*\/(.*)\.xlsx$/, "$1-scored.xlsx"));
    expect(readdirSync(outDir).sort()).toEqual(scoredOutputs.sort());
    for (const name of scoredOutputs) {
      expect(() => XlsxPackage.open(readFileSync(join(outDir, name)))).not.toThrow();
    }
    // Nothing beside the inputs either: no temp files, no default outputs.
    expect(readdirSync(dir).filter((f) => !/^damaged-\d\d\.xlsx$/.test(f) && f !== "out")).toEqual(
      []
    );
  }, 30_000);
});
