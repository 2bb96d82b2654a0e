import { existsSync, mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { basename, dirname, extname, join, resolve } from "path";
import { pathToFileURL } from "url";
import { expectSuccess, PROGRAMS, run } from "./programs";

/**
 * Converts workbooks with LibreOffice Calc, headless. All files go through one soffice run: it
 * takes seconds to start, a fraction of that per file.
 *
 * Each run has a profile of its own (-env:UserInstallation, and HOME for anything else it
 * writes): a second soffice on a profile already in use hands its files to the first and exits
 * having converted nothing, which is how parallel test runs would clash.
 */
export interface Conversion {
  input: string;
  /** The converted file, or undefined when LibreOffice wrote none (or an empty one). */
  output: string | undefined;
  /** What soffice printed for the whole run. */
  log: string;
}

export function convertWithLibreOffice(
  inputs: readonly string[],
  outDir: string,
  format: "xlsx" | "csv" = "xlsx"
): Conversion[] {
  if (inputs.length === 0) return [];
  // soffice would write over an input that sits in outDir with the same extension.
  const clash = inputs.find((input) => resolve(dirname(input)) === resolve(outDir));
  if (clash && extname(clash) === `.${format}`) {
    throw new Error(`convertWithLibreOffice: ${clash} would be overwritten; use another outDir`);
  }
  const profile = mkdtempSync(join(tmpdir(), "svmi-lo-profile-"));
  try {
    const result = run(
      PROGRAMS.libreOffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--nologo",
        "--convert-to",
        // Name the filter: "xlsx" alone picks it too, but the name says which of Calc's writers.
        format === "xlsx" ? "xlsx:Calc MS Excel 2007 XML" : "csv",
        "--outdir",
        outDir,
        ...inputs,
      ],
      { timeoutMs: 60_000 + 20_000 * inputs.length, env: { ...process.env, HOME: profile } }
    );
    expectSuccess(PROGRAMS.libreOffice, `converting ${inputs.map((i) => basename(i))}`, result);
    const log = `${result.stderr}${result.stdout}`;
    return inputs.map((input) => {
      const output = join(outDir, `${basename(input, extname(input))}.${format}`);
      // soffice exits 0 even when it could not load a file; only the missing output tells.
      const wrote = existsSync(output) && statSync(output).size > 0;
      return { input, output: wrote ? output : undefined, log };
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
