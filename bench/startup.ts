/**
 * Start-up of the bundled CLI (bin/svmi.js), each run a whole new process as a user's command is:
 * median wall time of `node -e 0`, `svmi --help` and `svmi score` on one filled workbook, and the
 * score run's peak memory (goal: score at most 2x a bare `node -e 0`). Prints figures; asserts
 * nothing. Run with `npm run bench`, which bundles the CLI first.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const RUNS = 21;
const BIN = join(__dirname, "..", "bin", "svmi.js");
const dir = mkdtempSync(join(tmpdir(), "svmi-startup-"));

// Measured twice: in this environment as it is (how the 2.9x was measured), and without
// NODE_EXTRA_CA_CERTS, whose certificates every Node process parses as it starts (about 30 ms
// where this was first measured): a cost of the machine that shrinks svmi's share.
const { NODE_EXTRA_CA_CERTS: extraCerts, ...withoutCerts } = process.env;

function node(args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const run = spawnSync(process.execPath, args, { encoding: "utf8", env });
  if (run.status !== 0)
    throw new Error(`node ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return run.stderr;
}

/**
 * Median wall times of several commands, run in turns (a, b, c, a, b, c…) so that a slow spell of
 * this shared machine falls on all of them alike.
 */
function medians(commands: string[][], env: NodeJS.ProcessEnv): number[] {
  commands.forEach((args) => node(args, env)); // warms the file-system cache, as later runs find it
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) {
    commands.forEach((args, c) => {
      const start = process.hrtime.bigint();
      node(args, env);
      times[c].push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(RUNS / 2)]);
}

/** Peak resident memory of a run, reported by the process itself at exit (works on every OS). */
function peakRssMb(args: string[]): number {
  const report = join(dir, "report-rss.js");
  writeFileSync(
    report,
    `process.on("exit", () => process.stderr.write("maxRSS=" + process.resourceUsage().maxRSS + "\\n"));`
  );
  const kilobytes = Number(/maxRSS=(\d+)/.exec(node(["--require", report, ...args]))?.[1]);
  return kilobytes / 1024;
}

node([BIN, "demo", "--out", dir]);
const one = join(dir, "surrey-example.xlsx");
const score = [BIN, "score", one, "--out", join(dir, "scored.xlsx")];

console.log(
  `Node ${process.version}: start-up, median of ${RUNS} new processes each, run in turns`
);
const environments: [string, NodeJS.ProcessEnv][] = [["this environment", process.env]];
if (extraCerts) environments.push(["without NODE_EXTRA_CA_CERTS", withoutCerts]);
for (const [label, env] of environments) {
  const [bare, help, scored] = medians([["-e", "0"], [BIN, "--help"], score], env);
  console.log(`  ${label}:`);
  console.log(`    node -e 0            ${bare.toFixed(0)} ms`);
  console.log(
    `    svmi --help          ${help.toFixed(0)} ms (${(help / bare).toFixed(2)}x node -e 0)`
  );
  console.log(
    `    svmi score one.xlsx  ${scored.toFixed(0)} ms (${(scored / bare).toFixed(2)}x node -e 0; goal <= 2x)`
  );
}
console.log(`  svmi score peak RSS  ${peakRssMb(score).toFixed(0)} MB`);
rmSync(dir, { recursive: true, force: true });
