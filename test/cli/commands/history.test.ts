import { runCli } from "../../../src/cli/commands";
import { PUBLIC, filledSurrey } from "../../helpers/workbooks";
import { answerInWorkbook } from "../../helpers/answerCells";
import { memoryIo } from "../../helpers/memoryIo";
import { expectExcelClean } from "../../helpers/excelStrict";

/*
 * svmi snapshot, progress and diff (issue 14): the exact JSON shapes the issue defines, levels as
 * numbers (null where none), the refusal of a label already in the History, and a diff report a
 * committee can open (CSV that no spreadsheet runs as a formula).
 */

const LAST_YEAR = filledSurrey();
const THIS_YEAR = answerInWorkbook(LAST_YEAR, [
  { question: "E1", field: "present", level: 3 },
  { question: "A1", field: "present", level: 1 },
]);

async function run(args: string[], files: Record<string, Uint8Array>) {
  const memory = memoryIo(files);
  const code = await runCli(args, memory.io);
  return { ...memory, code };
}

describe("svmi snapshot", () => {
  it("adds the snapshot, scores the copy, and refuses the same label again", async () => {
    const first = await run(
      ["snapshot", "a.xlsx", "--label", "2024-25", "--date", "2025-03-31", "--out", "b.xlsx"],
      { "a.xlsx": LAST_YEAR }
    );
    expect(first.code).toBe(0);
    expect(first.out.join("")).toMatch(/Saved snapshot '2024-25' \(2025-03-31\): Present Mature/);
    const written = first.store.get("b.xlsx")!;
    expectExcelClean(written, "b.xlsx");
    const again = await run(["snapshot", "b.xlsx", "--label", "2024-25", "--in-place"], {
      "b.xlsx": written,
    });
    expect(again.code).toBe(1);
    expect(again.err.join("")).toMatch(/b\.xlsx: The History already holds a snapshot '2024-25'/);
    expect(again.store.get("b.xlsx")).toBe(written); // nothing written
    const forced = await run(
      ["snapshot", "b.xlsx", "--label", "2024-25", "--in-place", "--force"],
      {
        "b.xlsx": written,
      }
    );
    expect(forced.code).toBe(0);
    expect(forced.out.join("")).toMatch(/Replaced snapshot '2024-25'/);
  });

  it.each([
    [["snapshot", "a.xlsx"], /--label/],
    [
      ["snapshot", "a.xlsx", "--label", "x", "--out", "b.xlsx", "--in-place"],
      /either --out or --in-place/,
    ],
    [["snapshot", "a.xlsx", "b.xlsx", "--label", "x"], /one FILE/],
  ])("is a usage error: %j", async (args, message) => {
    const result = await run(args, { "a.xlsx": LAST_YEAR });
    expect(result.code).toBe(2);
    expect(result.err.join("")).toMatch(message);
  });

  it.each(["31/03/2025", "2025-02-30"])(
    "refuses the date %s as bad usage, writing nothing",
    async (date) => {
      const result = await run(["snapshot", "a.xlsx", "--label", "x", "--date", date], {
        "a.xlsx": LAST_YEAR,
      });
      expect(result.code).toBe(2);
      expect(result.err.join("")).toMatch(/--date is a calendar date written yyyy-mm-dd/);
      expect([...result.store.keys()]).toEqual(["a.xlsx"]);
    }
  );
});

describe("svmi progress --json", () => {
  it("gives snapshots, current, changes and promises in the issue's shape", async () => {
    const snapped = await run(
      ["snapshot", "a.xlsx", "--label", "2024-25", "--date", "2025-03-31", "--in-place"],
      { "a.xlsx": LAST_YEAR }
    );
    const changed = answerInWorkbook(snapped.store.get("a.xlsx")!, [
      { question: "A1", field: "present", level: 1 },
    ]);
    const result = await run(["progress", "a.xlsx", "--json"], { "a.xlsx": changed });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out.join(""));
    expect(Object.keys(json)).toEqual(["snapshots", "current", "changes", "promises"]);
    expect(json.snapshots).toHaveLength(1);
    expect(Object.keys(json.snapshots[0])).toEqual(["label", "date", "overall", "themes"]);
    expect(json.snapshots[0]).toMatchObject({
      label: "2024-25",
      date: "2025-03-31",
      overall: { present: 2, future: 3 },
    });
    expect(json.snapshots[0].themes).toHaveLength(PUBLIC.themes.length);
    expect(json.snapshots[0].themes[0]).toEqual({ id: "A", present: 3, future: 3 });
    expect(json.current.themes.find((t: { id: string }) => t.id === "A")).toEqual({
      id: "A",
      present: 1,
      future: 3,
    });
    expect(json.changes).toEqual([{ question: "A1", field: "present", from: 3, to: 1 }]);
    expect(json.promises[0]).toEqual({
      theme: "A",
      label: "2024-25",
      promised: 3,
      now: 1,
      status: "not yet",
    });
    expect(json.promises).toHaveLength(PUBLIC.themes.length);
  });

  it("says there is nothing to compare in a workbook with no History", async () => {
    const text = await run(["progress", "a.xlsx"], { "a.xlsx": LAST_YEAR });
    expect(text.out.join("")).toMatch(/No snapshot in the History yet/);
    const json = await run(["progress", "a.xlsx", "--json"], { "a.xlsx": LAST_YEAR });
    const parsed = JSON.parse(json.out.join(""));
    expect(parsed).toMatchObject({ snapshots: [], changes: [], promises: [] });
    expect(parsed.current.overall).toEqual({ present: 2, future: 3 });
  });
});

describe("svmi diff", () => {
  it("--json compares last year's workbook with this year's", async () => {
    const result = await run(["diff", "old.xlsx", "new.xlsx", "--json"], {
      "old.xlsx": LAST_YEAR,
      "new.xlsx": THIS_YEAR,
    });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out.join(""));
    expect(Object.keys(json)).toEqual(["themes", "overall", "changes", "promises"]);
    expect(json.themes.find((t: { id: string }) => t.id === "A")).toEqual({
      id: "A",
      present: { from: 3, to: 1 },
      future: { from: 3, to: 3 },
    });
    expect(json.overall).toEqual({
      present: { from: 2, to: 2 },
      future: { from: 3, to: 3 },
    });
    expect(json.changes).toEqual([
      { question: "A1", field: "present", from: 3, to: 1 },
      { question: "E1", field: "present", from: 2, to: 3 },
    ]);
    expect(json.promises.find((p: { theme: string }) => p.theme === "E")).toEqual({
      theme: "E",
      promised: 4,
      now: 2,
      status: "not yet",
    });
  });

  it("--format md is a report with the levels by name", async () => {
    const result = await run(["diff", "old.xlsx", "new.xlsx", "--format", "md"], {
      "old.xlsx": LAST_YEAR,
      "new.xlsx": THIS_YEAR,
    });
    const md = result.out.join("");
    expect(md).toMatch(/^# SVMI for the public sector: old\.xlsx against new\.xlsx/);
    expect(md).toContain("| A Policy & Scope | Leader | Follower | Leader | Leader | not yet |");
    expect(md).toContain("## Answers that changed (2)");
  });

  it("--format csv never lets a cell start as a formula", async () => {
    const result = await run(["diff", "=HYPERLINK(1).xlsx", "@cmd.xlsx", "--format", "csv"], {
      "=HYPERLINK(1).xlsx": LAST_YEAR,
      "@cmd.xlsx": THIS_YEAR,
    });
    expect(result.code).toBe(0);
    const lines = result.out.join("").split("\r\n");
    expect(lines[0]).toBe("Section,Item,Field,'=HYPERLINK(1).xlsx,'@cmd.xlsx,Status");
    const cells = lines.flatMap((l) => l.split(","));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(lines).toContain("Answer,A1,Present,Leader,Follower,");
  });

  it("refuses workbooks of two frameworks, naming the file", async () => {
    const { newAssessmentWorkbook } = await import("../../../src/xlsx/workbookFile");
    const { getFramework } = await import("../../../src/core/framework/registry");
    const business = newAssessmentWorkbook(
      getFramework("business"),
      { frameworkId: "business", organisation: "Co", date: "2026-01-01" },
      new Map()
    );
    const result = await run(["diff", "old.xlsx", "b.xlsx", "--json"], {
      "old.xlsx": LAST_YEAR,
      "b.xlsx": business,
    });
    expect(result.code).toBe(1);
    expect(result.err.join("")).toMatch(
      /b\.xlsx: it answers .*only assessments of one framework compare/
    );
  });
});
