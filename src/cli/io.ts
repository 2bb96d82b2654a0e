import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { dirname } from "node:path";
import type { CliIo } from "./commands/cliIo";

/**
 * The commands' view of the real terminal and file system. The file calls are synchronous: a
 * command does one thing at a time, and sync calls spare each run the start of libuv's thread
 * pool (a few milliseconds of a single `svmi score`).
 */
export const nodeIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readText: async (path) => (path === "-" ? readStdin() : readFileSync(path, "utf8")),
  readBytes,
  writeFileAtomic,
  exists: async (path) => statSync(path, { throwIfNoEntry: false }) !== undefined,
  makeDir: async (path) => {
    mkdirSync(path, { recursive: true });
  },
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Reads a file, refusing (before reading anything) one larger than `limit` bytes. */
async function readBytes(path: string, limit: number): Promise<Uint8Array> {
  const info = statSync(path);
  if (info.isDirectory()) throw new Error("is a folder, not a file");
  if (info.size > limit) {
    throw new Error(
      `is ${(info.size / 2 ** 20).toFixed(0)} MB; files over ${limit / 2 ** 20} MB are refused`
    );
  }
  return new Uint8Array(readFileSync(path));
}

let temporaries = 0;

/**
 * Writes beside the target under a temporary name, flushes, then renames over it: the target is
 * either the old file or the complete new one, never a partial file, even if the run is killed.
 */
async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  // Unique enough with the pid, and "wx" refuses to reuse a name that exists.
  const temporary = `${dirname(path)}/.${process.pid}-${Date.now().toString(36)}-${temporaries++}.svmi-tmp`;
  // An --in-place run keeps the file's permissions.
  const mode = (statSync(path, { throwIfNoEntry: false })?.mode ?? 0o644) & 0o777;
  const fd = openSync(temporary, "wx", mode);
  try {
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    try {
      unlinkSync(temporary);
    } catch {
      // never created, or gone
    }
    throw error;
  }
}
