import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, stat, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import type { CliIo } from "./commands";

/** The commands' view of the real terminal and file system. */
export const nodeIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readText: (path) => (path === "-" ? readStdin() : readFile(path, "utf8")),
  readBytes,
  writeFileAtomic,
  exists: (path) =>
    stat(path).then(
      () => true,
      () => false
    ),
  makeDir: async (path) => {
    await mkdir(path, { recursive: true });
  },
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Reads a file, refusing (before reading anything) one larger than `limit` bytes. */
async function readBytes(path: string, limit: number): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.isDirectory()) throw new Error("is a folder, not a file");
  if (info.size > limit) {
    throw new Error(
      `is ${(info.size / 2 ** 20).toFixed(0)} MB; files over ${limit / 2 ** 20} MB are refused`
    );
  }
  return new Uint8Array(await readFile(path));
}

/**
 * Writes beside the target under a temporary name, flushes, then renames over it: the target is
 * either the old file or the complete new one, never a partial file, even if the run is killed.
 */
async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${dirname(path)}/.${randomBytes(6).toString("hex")}.svmi-tmp`;
  // An --in-place run keeps the file's permissions.
  const mode = await stat(path).then(
    (info) => info.mode & 0o777,
    () => 0o644
  );
  const handle = await open(temporary, "wx", mode);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    await rename(temporary, path);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
