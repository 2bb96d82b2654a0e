import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeIo } from "../../src/cli/io";

/* Writes that never leave a partial file where the output should be. */

const dir = mkdtempSync(join(tmpdir(), "svmi-io-"));

describe("writeFileAtomic", () => {
  it("replaces a file whole and leaves no temporary file behind", async () => {
    const target = join(dir, "out.xlsx");
    writeFileSync(target, "old contents");
    await nodeIo.writeFileAtomic(target, new TextEncoder().encode("new contents"));
    expect(readFileSync(target, "utf8")).toBe("new contents");
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("leaves the old file untouched and cleans up when the write fails", async () => {
    const target = join(dir, "folder.xlsx");
    mkdirSync(target); // renaming a file over a folder fails
    await expect(nodeIo.writeFileAtomic(target, new Uint8Array([1, 2, 3]))).rejects.toThrow();
    expect(readdirSync(dir).filter((f) => f.endsWith(".svmi-tmp"))).toEqual([]);
  });

  it("a process killed while writing leaves the target as it was", async () => {
    const target = join(dir, "killed.xlsx");
    writeFileSync(target, "the input, intact");
    // A child writes 200 MB through writeFileAtomic and is killed part-way.
    const script = `
      require("tsx/cjs");
      const { nodeIo } = require(${JSON.stringify(join(__dirname, "../../src/cli/io.ts"))});
      process.stdout.write("start\\n");
      nodeIo.writeFileAtomic(${JSON.stringify(target)}, new Uint8Array(200 * 1024 * 1024).fill(7));
    `;
    const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 150));
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    expect(readFileSync(target, "utf8")).toBe("the input, intact");
  });
});
