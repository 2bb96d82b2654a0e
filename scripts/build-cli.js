// Bundles the svmi CLI and its npm dependencies into one file, bin/svmi-main.js (`npm run
// build:cli`, also run by `prepare`), beside its launcher bin/svmi.js (scripts/cli-launcher.js)
// and the V8 code cache the launcher starts from. Outside dist/, so webpack's output.clean
// cannot touch it; one self-contained file needs no node_modules at run time and loads faster
// than a tree of tsc-emitted modules.
"use strict";

const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const esbuild = require("esbuild");

const root = path.join(__dirname, "..");
const bin = path.join(root, "bin");
const outfile = path.join(bin, "svmi-main.js");
const launcher = path.join(bin, "svmi.js");

async function main() {
  const { outputFiles } = await esbuild.build({
    entryPoints: [path.join(root, "src", "cli", "main.ts")],
    outfile,
    write: false,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // Not minified: measured, it starts no faster, and a user's stack trace then names the real
    // functions.
    // fflate's Node entry loads worker_threads at start-up (~3 ms) for its async API; the CLI
    // calls only the synchronous functions, which are the same code in its plain-JS build.
    alias: { fflate: "fflate/browser" },
    // `svmi manifest` embeds the add-in's development manifest (manifest.xml) as a string.
    loader: { ".xml": "text" },
    legalComments: "none",
    logLevel: "warning",
  });
  // The launcher compiles the bundle as a function body, where a shebang line cannot stand.
  const bundle = outputFiles[0].text.replace(/^#!.*\n/, "");
  writeWhole(outfile, bundle, 0o644);
  // npx runs the bin itself, through its shebang, so the launcher needs the execute bit.
  writeWhole(launcher, fs.readFileSync(path.join(__dirname, "cli-launcher.js")), 0o755);
  // One run of the demo compiles what a command uses; the launcher saves it as V8's code cache.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "svmi-cache-"));
  try {
    fs.rmSync(path.join(bin, "svmi-main.cache"), { force: true });
    execFileSync(process.execPath, [launcher, "demo", "--out", scratch], { stdio: "ignore" });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Written beside and renamed over: two builds at once (parallel tests) or a run during a build
 * then see a whole file, never a half-written one.
 */
function writeWhole(file, contents, mode) {
  const partial = `${file}.${process.pid}.tmp`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(partial, contents, { mode });
  fs.chmodSync(partial, mode); // the mode above is narrowed by the umask
  fs.renameSync(partial, file);
}

main().catch((error) => {
  // esbuild has already printed its own errors; anything else is shown here.
  if (!error.errors) console.error(error);
  process.exitCode = 1;
});
