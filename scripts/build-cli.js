// Bundles the svmi CLI and its npm dependencies into one file, bin/svmi.js (`npm run build:cli`,
// also run by `prepare`). One self-contained file outside dist/ survives webpack's output.clean,
// needs no node_modules at run time, and loads faster than a tree of tsc-emitted modules.
"use strict";

const fs = require("fs");
const path = require("path");
const esbuild = require("esbuild");

const root = path.join(__dirname, "..");
const outfile = path.join(root, "bin", "svmi.js");

async function main() {
  const { outputFiles } = await esbuild.build({
    entryPoints: [path.join(root, "src", "cli", "svmi.ts")],
    outfile,
    write: false,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // The entry's shebang stays the bundle's first line. Not minified: measured, it starts no
    // faster, and a user's stack trace then names the real functions.
    // fflate's Node entry loads worker_threads at start-up (~3 ms) for its async API; the CLI
    // calls only the synchronous functions, which are the same code in its plain-JS build.
    alias: { fflate: "fflate/browser" },
    legalComments: "none",
    logLevel: "warning",
  });
  // Written beside and renamed over, executable before it appears: two builds at once (parallel
  // tests) or a run during a build then see a whole file, never a half-written one. npx runs the
  // bin itself, through its shebang, so it needs the execute bit.
  const partial = `${outfile}.${process.pid}.tmp`;
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  fs.writeFileSync(partial, outputFiles[0].contents, { mode: 0o755 });
  fs.chmodSync(partial, 0o755); // the mode above is narrowed by the umask
  fs.renameSync(partial, outfile);
}

main().catch((error) => {
  // esbuild has already printed its own errors; anything else is shown here.
  if (!error.errors) console.error(error);
  process.exitCode = 1;
});
