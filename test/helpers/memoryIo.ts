import type { CliIo } from "../../src/cli/commands/cliIo";

/** Workbook files in memory for a CLI command, and what it printed and the folders it made. */
export function memoryIo(files: Record<string, Uint8Array> = {}) {
  const store = new Map(Object.entries(files));
  const out: string[] = [];
  const err: string[] = [];
  const dirs: string[] = [];
  const io = {
    out: (text: string) => out.push(text),
    err: (text: string) => err.push(text),
    exists: async (path: string) => store.has(path),
    readBytes: async (path: string) => {
      const bytes = store.get(path);
      if (!bytes) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return bytes;
    },
    writeFileAtomic: async (path: string, bytes: Uint8Array) => {
      store.set(path, bytes);
    },
    makeDir: async (path: string) => {
      dirs.push(path);
    },
  } as Partial<CliIo> as CliIo;
  return { io, store, out, err, dirs };
}
