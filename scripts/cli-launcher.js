#!/usr/bin/env node
// svmi's command: runs the bundled CLI (svmi-main.js, beside this file) from V8's code cache.
//
// A single `svmi score` is short enough that compiling the bundle's functions is a good part of
// it. So the build runs the CLI once and saves the compiled code (svmi-main.cache); later runs
// start from it. V8 checks the cache against the source, its version and flags: a cache that
// does not fit (another Node version) is ignored, and a fresh one is written at exit.
// Written by scripts/build-cli.js; this file is the source of bin/svmi.js.
"use strict";

const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { createRequire, wrap } = require("module");

const main = path.join(__dirname, "svmi-main.js");
const cachePath = path.join(__dirname, "svmi-main.cache");
const source = fs.readFileSync(main, "utf8");
let cachedData;
try {
  cachedData = fs.readFileSync(cachePath);
} catch {
  cachedData = undefined; // none yet: this run compiles from source, and saves the result
}
const script = new vm.Script(wrap(source), { filename: main, cachedData });
if (cachedData === undefined || script.cachedDataRejected || process.env.SVMI_WRITE_CODE_CACHE) {
  // At exit the functions this run used are compiled too, so the cache holds them.
  process.once("exit", () => {
    try {
      const partial = `${cachePath}.${process.pid}.tmp`;
      fs.writeFileSync(partial, script.createCachedData());
      fs.renameSync(partial, cachePath);
    } catch {
      // A read-only install keeps working, just without the cache.
    }
  });
}
const module_ = { exports: {} };
script.runInThisContext()(module_.exports, createRequire(main), module_, main, __dirname);
