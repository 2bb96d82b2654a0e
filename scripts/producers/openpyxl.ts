import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { expectSuccess, PROGRAMS, run } from "./programs";
import type { FillPlan } from "./workedExample";

/**
 * openpyxl (Debian's python3-openpyxl) as a producer: it loads the blank template, types the
 * answers into the questionnaire table, and saves. It also checks that a file opens at all.
 */

// Finds the table by name and the columns by their header texts (the table's first row), then
// writes each question's answers on the row holding its id.
const FILL_SCRIPT = `
import json, sys
import openpyxl
from openpyxl.utils.cell import range_boundaries

source, target, plan_path = sys.argv[1:4]
with open(plan_path, encoding="utf-8") as f:
    plan = json.load(f)
wb = openpyxl.load_workbook(source)
found = [(ws, ws.tables[plan["table"]]) for ws in wb.worksheets if plan["table"] in ws.tables]
if not found:
    sys.exit("no table named " + plan["table"])
ws, table = found[0]
first_col, header_row, last_col, last_row = range_boundaries(table.ref)
header = {ws.cell(header_row, c).value: c for c in range(first_col, last_col + 1)}
columns = {key: header[text] for key, text in plan["columns"].items()}
filled = 0
for row in range(header_row + 1, last_row + 1):
    answer = plan["answers"].get(str(ws.cell(row, columns["id"]).value))
    if answer:
        ws.cell(row, columns["present"]).value = answer["present"]
        ws.cell(row, columns["future"]).value = answer["future"]
        filled += 1
if filled != len(plan["answers"]):
    sys.exit("filled %d of %d questions" % (filled, len(plan["answers"])))
wb.save(target)
`;

/** Loads the blank template with openpyxl, fills in the plan's answers and saves as `output`. */
export function fillWithOpenpyxl(blank: string, output: string, plan: FillPlan): void {
  const work = mkdtempSync(join(tmpdir(), "svmi-openpyxl-"));
  try {
    const planPath = join(work, "plan.json");
    writeFileSync(planPath, JSON.stringify(plan));
    const result = run(PROGRAMS.openpyxl, ["-c", FILL_SCRIPT, blank, output, planPath], {
      timeoutMs: 120_000,
    });
    expectSuccess(PROGRAMS.openpyxl, "filling in the template", result);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/*
 * Opening: every warning openpyxl raises while loading is an error, except one kind: "… extension
 * is not supported and will be removed". That one says openpyxl itself cannot keep a part of the
 * file (x14 data validations, x14 conditional formats, …); it raises it for files saved by Excel
 * too, so it says nothing about whether the file is sound. The tolerated warnings are still
 * returned, for a test to look at.
 */
const OPEN_SCRIPT = `
import json, sys, warnings
import openpyxl

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    wb = openpyxl.load_workbook(sys.argv[1])
messages = [str(w.message) for w in caught]
print(json.dumps({
    "sheets": wb.sheetnames,
    "tolerated": [m for m in messages if m.endswith("extension is not supported and will be removed")],
    "warnings": [m for m in messages if not m.endswith("extension is not supported and will be removed")],
}))
`;

export interface OpenpyxlOpening {
  /** Empty when it opened; otherwise what went wrong (the traceback, or each warning). */
  problems: string[];
  sheets: string[];
  tolerated: string[];
}

export function openWithOpenpyxl(path: string): OpenpyxlOpening {
  const result = run(PROGRAMS.openpyxl, ["-c", OPEN_SCRIPT, path], { timeoutMs: 120_000 });
  if (result.status !== 0) {
    return {
      problems: [result.stderr.trim() || `exit ${result.status}`],
      sheets: [],
      tolerated: [],
    };
  }
  const report = JSON.parse(result.stdout) as {
    sheets: string[];
    tolerated: string[];
    warnings: string[];
  };
  return {
    problems: report.warnings.map((w) => `warning: ${w}`),
    sheets: report.sheets,
    tolerated: report.tolerated,
  };
}
