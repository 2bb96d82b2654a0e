import { join } from "node:path";
import type { CliIo } from "../../../src/cli/commands/cliIo";
import { demo, writeDemo } from "../../../src/cli/commands/demo";
import { UsageError } from "../../../src/cli/usageError";
import { SURREY } from "../../../src/core/examples/workedExamples";
import { scoreAssessmentFile } from "../../../src/xlsx/workbookFile";

/** svmi demo: the worked example (Surrey County Council) filled into a workbook and scored. */

function memory() {
  const files = new Map<string, Uint8Array>();
  const dirs: string[] = [];
  const out: string[] = [];
  const io = {
    out: (text: string) => out.push(text),
    makeDir: async (path: string) => {
      dirs.push(path);
    },
    writeFileAtomic: async (path: string, bytes: Uint8Array) => {
      files.set(path, bytes);
    },
  } as Partial<CliIo> as CliIo;
  return { io, files, dirs, out };
}

describe("writeDemo", () => {
  it("writes the filled and the scored workbook into the folder it makes", async () => {
    const { io, files, dirs } = memory();
    const written = await writeDemo("here", io);
    expect(dirs).toEqual(["here"]);
    expect([written.filled, written.scored]).toEqual([
      join("here", "surrey-example.xlsx"),
      join("here", "surrey-example-scored.xlsx"),
    ]);
    expect([...files.keys()]).toEqual([written.filled, written.scored]);
    expect(written.framework.id).toBe("public");
    expect(written.result.organisation).toBe("Surrey County Council");
    // The filled workbook scores to the result returned; the scored copy holds the same answers.
    const rescored = scoreAssessmentFile(files.get(written.scored)!).score.result;
    expect(scoreAssessmentFile(files.get(written.filled)!).score.result).toEqual(written.result);
    expect(rescored.overall).toEqual(written.result.overall);
  });
});

describe("svmi demo", () => {
  it("writes into svmi-demo unless told otherwise and prints one JSON line with --json", async () => {
    const { io, files, out } = memory();
    expect(await demo.run(["--json"], io)).toBe(0);
    expect([...files.keys()]).toEqual([
      join("svmi-demo", "surrey-example.xlsx"),
      join("svmi-demo", "surrey-example-scored.xlsx"),
    ]);
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0])).toMatchObject({ organisation: "Surrey County Council" });
  });

  it("names the source first and the workbooks written last", async () => {
    const { io, out } = memory();
    await demo.run(["--out", "d"], io);
    expect(out[0]).toBe(`Worked example: ${SURREY.source}\n`);
    expect(out[out.length - 1]).toContain(`  ${join("d", "surrey-example.xlsx")}  (the answers)`);
    expect(out[out.length - 1]).toContain(`  ${join("d", "surrey-example-scored.xlsx")}  (scored:`);
  });

  it("takes no file names", async () => {
    await expect(demo.run(["d"], memory().io)).rejects.toThrow(UsageError);
  });

  it("has help naming its options and default folder", () => {
    expect(demo.help()).toMatch(/^Usage: svmi demo \[--out DIR\] \[--json\]/);
    expect(demo.help()).toContain("(default: svmi-demo)");
  });
});
