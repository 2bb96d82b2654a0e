#!/usr/bin/env node
import { runCli } from "./commands";
import { nodeIo } from "./io";

/** Entry point: runs a command against the real terminal and file system. */
runCli(process.argv.slice(2), nodeIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`svmi: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
);
