import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stampManifest } from "../../src/manifest/stampManifest";
import { validateManifest } from "../helpers/manifestSchema";

/*
 * The bundled CLI outlives the other builds: `npm run build` (webpack, which cleans dist/) used to
 * delete part of the tsc-built CLI, so `npx svmi demo` failed after it with "Cannot find module".
 */
const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "svmi.js");
const scratch = mkdtempSync(join(tmpdir(), "svmi-build-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the CLI file as npx does: the file itself on Linux and macOS (shebang and execute bit). */
function runBin(file: string, args: string[], cwd = ROOT) {
  const [command, pre] = process.platform === "win32" ? [process.execPath, [file]] : [file, []];
  return spawnSync(command, [...pre, ...args], { cwd, encoding: "utf8" });
}

function expectWorkbooks(dir: string) {
  for (const name of ["surrey-example.xlsx", "surrey-example-scored.xlsx"]) {
    const bytes = readFileSync(join(dir, name));
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK"); // a zip, as .xlsx files are
  }
}

describe("bin/svmi.js, the bundled CLI", () => {
  beforeAll(() => {
    execFileSync("npm", ["run", "build:cli"], { cwd: ROOT, stdio: "pipe" });
    execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "pipe" });
  }, 240_000);

  it("still writes the demo workbooks after npm run build", () => {
    const out = join(scratch, "demo");
    const run = runBin(BIN, ["demo", "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expectWorkbooks(out);
  });

  it("is a launcher and one bundle that need no node_modules, with or without the code cache", () => {
    if (process.platform !== "win32") expect(statSync(BIN).mode & 0o111).toBeTruthy();
    // A copy away from the checkout finds no node_modules, so every dependency must be inside it.
    const alone = join(scratch, "alone");
    mkdirSync(alone);
    for (const file of ["svmi.js", "svmi-main.js"])
      copyFileSync(join(ROOT, "bin", file), join(alone, file));
    // No cache yet: the first run compiles from source and leaves one for the next.
    const first = runBin(join(alone, "svmi.js"), ["demo", "--out", join(alone, "out")], alone);
    expect([first.status, first.stderr]).toEqual([0, ""]);
    expectWorkbooks(join(alone, "out"));
    expect(existsSync(join(alone, "svmi-main.cache"))).toBe(true);
    // A cache that does not fit (another Node, or a damaged file) is ignored, never fatal.
    writeFileSync(join(alone, "svmi-main.cache"), "not a V8 code cache");
    const again = runBin(join(alone, "svmi.js"), ["demo", "--out", join(alone, "out2")], alone);
    expect([again.status, again.stderr]).toEqual([0, ""]);
    expectWorkbooks(join(alone, "out2"));
  });

  it("stamps the add-in manifest away from the checkout: the template is inside the bundle", () => {
    const alone = join(scratch, "alone-manifest");
    mkdirSync(alone);
    for (const file of ["svmi.js", "svmi-main.js"])
      copyFileSync(join(ROOT, "bin", file), join(alone, file));
    const out = join(alone, "manifest.xml");
    const url = "https://example.org/svmi/";
    const run = runBin(join(alone, "svmi.js"), ["manifest", "--url", url, "--out", out], alone);
    expect([run.status, run.stderr, run.stdout]).toEqual([
      0,
      "",
      `Written: ${out} (every URL under ${url})\n`,
    ]);
    const written = readFileSync(out, "utf8");
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(written).toBe(
      stampManifest(readFileSync(join(ROOT, "manifest.xml"), "utf8"), { url, version })
    );
    expect(validateManifest(written).valid).toBe(true);
  });
});
