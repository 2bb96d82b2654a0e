import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/*
 * src/core is pure: framework data, scoring and planning import nothing from Office.js, React or
 * Node. Two guards: its own imports, and its tsconfig, which must refuse host globals.
 */
const CORE = resolve(__dirname, "../../src/core");

function coreFiles(dir = CORE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? coreFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : []
  );
}

it("src/core imports only its own modules", () => {
  const outside = coreFiles().flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/(?:from|import|require\()\s*["']([^"']+)["']/g)]
      .map((match) => match[1])
      .filter((target) => !target.startsWith("."))
      .map((target) => `${file.slice(CORE.length + 1)} -> ${target}`)
  );
  expect(outside).toEqual([]);
});

it("src/core's tsconfig rejects Excel, DOM and Node globals", () => {
  const dir = mkdtempSync(join(tmpdir(), "svmi-purity-"));
  const probes: Record<string, string> = {
    "excel.ts": "export const run = () => Excel.run(async () => undefined);",
    "dom.ts": "export const title = () => document.title;",
    "node.ts": "export const args = () => process.argv;",
    "fs.ts": "export const read = () => require('fs');",
  };
  for (const [name, code] of Object.entries(probes)) writeFileSync(join(dir, name), code);
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      extends: join(CORE, "tsconfig.json"),
      include: Object.keys(probes).map((n) => join(dir, n)),
    })
  );
  let output = "";
  try {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", dir, "--noEmit"], {
      encoding: "utf8",
    });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout);
  }
  for (const name of Object.keys(probes)) expect(output).toContain(`${name}(`);
  expect(output).toContain("Cannot find name 'Excel'");
  expect(output).toContain("Cannot find name 'document'");
}, 60_000);
