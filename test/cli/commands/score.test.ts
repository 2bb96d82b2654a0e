import type { CliIo } from "../../../src/cli/commands/cliIo";
import { score } from "../../../src/cli/commands/score";
import { UsageError } from "../../../src/cli/usageError";
import { filledSurrey } from "../../helpers/workbooks";

/** svmi score: checks its arguments, then scores workbooks or an answers file. */

function memory(files: Record<string, Uint8Array | string> = {}) {
  const store = new Map(Object.entries(files));
  const out: string[] = [];
  const io = {
    out: (text: string) => out.push(text),
    err: () => undefined,
    makeDir: async () => undefined,
    readText: async (path: string) => String(store.get(path)),
    readBytes: async (path: string) => store.get(path) as Uint8Array,
    writeFileAtomic: async (path: string, bytes: Uint8Array) => {
      store.set(path, bytes);
    },
  } as Partial<CliIo> as CliIo;
  return { io, store, out };
}

describe("svmi score", () => {
  it("scores an answers file with --answers", async () => {
    const { io, out } = memory({ "a.json": '{"framework": "public", "answers": []}' });
    expect(await score.run(["--answers", "a.json", "--json"], io)).toBe(0);
    expect(JSON.parse(out[0]).framework.id).toBe("public");
  });

  it("scores the workbooks named, --out taken case-insensitively", async () => {
    const { io, store } = memory({ "a.xlsx": filledSurrey() });
    expect(await score.run(["a.xlsx", "--out", "B.XLSX"], io)).toBe(0);
    expect(store.has("B.XLSX")).toBe(true);
  });

  it.each([
    [["a.xlsx", "--answers", "a.json"], "give either --answers FILE.json or workbooks, not both"],
    [["a.xlsx", "--out-dir", "d", "--in-place"], "use only one of --out, --out-dir and --in-place"],
    [
      ["a.xlsx", "--out", "b.xlsx", "--out-dir", "d"],
      "use only one of --out, --out-dir and --in-place",
    ],
    [["a.xlsx", "--force"], "Unknown option '--force'"],
  ])("refuses %j before reading anything", async (args, message) => {
    const { io, store, out } = memory();
    await expect(score.run(args, io)).rejects.toThrow(UsageError);
    await expect(score.run(args, io)).rejects.toThrow(message);
    expect([store.size, out]).toEqual([0, []]);
  });

  it("lists both ways of calling it in svmi --help, and its options in its own help", () => {
    expect(score.summary.map((s) => s.usage)).toEqual([
      "svmi score IN.xlsx [more.xlsx ...] [--out OUT.xlsx | --out-dir DIR | --in-place] [--json]",
      "svmi score --answers FILE.json [--json]",
    ]);
    for (const option of [
      "--out OUT.xlsx",
      "--out-dir DIR",
      "--in-place",
      "--json",
      "--answers FILE",
    ])
      expect(score.help()).toContain(`\n  ${option} `);
  });
});
