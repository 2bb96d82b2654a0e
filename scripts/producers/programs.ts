import { spawnSync } from "child_process";

/**
 * The spreadsheet programs the corpus is made and checked with, and the Debian package that
 * brings each (scripts/test-all.sh installs them). A missing one is an error naming the package,
 * never a silent skip: a corpus without its producers checks nothing.
 */

export interface Program {
  command: string;
  /** Arguments that succeed only when the program (and, for Python, openpyxl) works. */
  probe: string[];
  debianPackage: string;
  what: string;
}

export const PROGRAMS = {
  libreOffice: {
    command: "soffice",
    probe: ["--version"],
    debianPackage: "libreoffice-calc-nogui",
    what: "LibreOffice (soffice)",
  },
  gnumeric: {
    command: "ssconvert",
    probe: ["--version"],
    debianPackage: "gnumeric",
    what: "Gnumeric (ssconvert)",
  },
  // Debian's python3-openpyxl installs for the system Python only, so call it by its path: the
  // python3 first on PATH may be another installation (pyenv) without openpyxl. Elsewhere
  // (Windows, macOS) set SVMI_PYTHON to a Python that has openpyxl (pip install openpyxl).
  openpyxl: {
    command: process.env.SVMI_PYTHON ?? "/usr/bin/python3",
    probe: ["-c", "import openpyxl"],
    debianPackage: "python3-openpyxl",
    what: "openpyxl (for /usr/bin/python3)",
  },
} as const satisfies Record<string, Program>;

const found = new Set<Program>();

/** The program's command, or an error saying which Debian package to install. */
export function requireProgram(program: Program): string {
  if (found.has(program)) return program.command;
  const probe = spawnSync(program.command, program.probe, { stdio: "pipe", timeout: 60_000 });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `${program.what} is needed for the producer corpus but is not installed or does not run ` +
        `(${probe.error?.message ?? probe.stderr.toString().trim()}). ` +
        `Debian/Ubuntu: apt-get install ${program.debianPackage}`
    );
  }
  found.add(program);
  return program.command;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to completion (killed after the timeout); never throws for a bad exit. */
export function run(
  program: Program,
  args: readonly string[],
  options: { timeoutMs: number; env?: NodeJS.ProcessEnv }
): RunResult {
  const result = spawnSync(requireProgram(program), args, {
    encoding: "utf8",
    env: options.env ?? process.env,
    timeout: options.timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  const timedOut = result.error ? ` (${result.error.message})` : "";
  return {
    status: result.status,
    stdout: result.stdout ?? "",
    stderr: `${result.stderr ?? ""}${timedOut}`,
  };
}

/** Throws with the program's own output when it failed. */
export function expectSuccess(program: Program, what: string, result: RunResult): void {
  if (result.status === 0) return;
  throw new Error(
    `${program.what} failed ${what} (exit ${result.status}):\n${result.stderr}${result.stdout}`
  );
}
