import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strFromU8, unzipSync } from "fflate";
import { HISTORY_TABLE } from "../../src/core/workbook/readers/historyTable";
import { SHEET_MARKERS } from "../../src/core/workbook/names";
import { withSnapshot } from "../../src/xlsx/historyFile";
import { XlsxPackage } from "../../src/xlsx/package/xlsxPackage";
import { readSnapshot } from "../../src/xlsx/readSnapshot";
import { scoreAssessmentFile } from "../../src/xlsx/workbookFile";
import { convertWithGnumeric } from "../../scripts/producers/gnumeric";
import { convertWithLibreOffice } from "../../scripts/producers/libreOffice";
import { answerInWorkbook } from "../helpers/answerCells";
import { expectExcelClean } from "../helpers/excelStrict";
import { cells, edit, filledSurrey, PUBLIC, type } from "../helpers/workbooks";

/*
 * Year on year through the .xlsx adapter (issue 14): a snapshot goes into the History table,
 * every re-score then draws the Progress sheet and puts the last cycle's Present on the radar;
 * answers changed since show as changes and in the promise check. Files stay clean by the
 * Excel strictness check, and LibreOffice and Gnumeric keep a snapshot intact.
 */

jest.setTimeout(120_000);

const scored = () => scoreAssessmentFile(filledSurrey()).bytes;
const snapshotted = (bytes = scored(), label = "2024-25") =>
  scoreAssessmentFile(withSnapshot(bytes, label, "2025-03-31").bytes);
const chartXmls = (bytes: Uint8Array) =>
  Object.entries(unzipSync(bytes))
    .filter(([path]) => /^xl\/charts\/chart\d+\.xml$/.test(path))
    .map(([, data]) => strFromU8(data));

describe("svmi snapshot, then score", () => {
  it("adds the History table, draws Progress, and overlays the last cycle on the radar", () => {
    const once = snapshotted();
    expectExcelClean(once.bytes, "snapshotted");
    const snapshot = readSnapshot(XlsxPackage.open(once.bytes)).snapshot;
    expect(snapshot.history?.body).toHaveLength(PUBLIC.questionCount + PUBLIC.themes.length + 1);
    expect(snapshot.markers.get(SHEET_MARKERS.progress)).toBe("Progress");
    expect(once.progress?.comparison.changes).toEqual([]);
    const charts = chartXmls(once.bytes);
    expect(charts.some((xml) => xml.includes("<c:lineChart>"))).toBe(true);
    const radar = charts.find((xml) => xml.includes("<c:radarChart>"))!;
    expect(radar.match(/<c:ser>/g)).toHaveLength(3);
    expect(radar).toContain("Present in 2024-25");
  });

  it("shows two changed answers and the promise check after a re-score", () => {
    const changed = answerInWorkbook(snapshotted().bytes, [
      { question: "E1", field: "present", level: 3 },
      { question: "A1", field: "present", level: 1 },
    ]);
    const again = scoreAssessmentFile(changed);
    expectExcelClean(again.bytes, "re-scored");
    const { comparison } = again.progress!;
    expect(comparison.changes).toEqual([
      { question: "A1", field: "present", from: 3, to: 1 },
      { question: "E1", field: "present", from: 2, to: 3 },
    ]);
    // Policy & Scope aimed for Leader and is now Follower.
    expect(comparison.promises.find((p) => p.theme === "A")).toEqual({
      theme: "A",
      promised: 3,
      now: 1,
      status: "not yet",
    });
    const progress = cells(XlsxPackage.open(again.bytes), SHEET_MARKERS.progress).flat();
    expect(progress).toContain("What changed since 2024-25 (2 answers)");
    expect(progress).toContain(
      "In 2024-25 you aimed for Leader in Policy & Scope; you are now Follower — not yet."
    );
    expect(progress).toContain("▼ down");
  });

  it("grows the Progress table and its line by a cycle per snapshot", () => {
    const twice = snapshotted(snapshotted().bytes, "2025-26");
    expectExcelClean(twice.bytes, "two snapshots");
    expect(twice.progress?.snapshots.map((s) => s.label)).toEqual(["2024-25", "2025-26"]);
    const line = chartXmls(twice.bytes).find((xml) => xml.includes("<c:lineChart>"))!;
    // Three points: the two cycles and now.
    expect(line).toContain('<c:ptCount val="3"/>');
    const header = cells(XlsxPackage.open(twice.bytes), SHEET_MARKERS.progress)[7];
    expect(header.slice(0, 4)).toEqual([
      "Theme",
      "Present 2024-25",
      "Present 2025-26",
      "Present Now",
    ]);
  });

  it("refuses a label the History holds, and replaces it when forced", () => {
    const once = snapshotted().bytes;
    expect(() => withSnapshot(once, "2024-25", "2025-04-01")).toThrow(
      /already holds a snapshot '2024-25'/
    );
    const replaced = withSnapshot(once, "2024-25", "2025-04-01", { force: true });
    expect(replaced.replaced).toBe(true);
    const read = scoreAssessmentFile(replaced.bytes);
    expect(read.progress?.snapshots.map((s) => [s.label, s.date])).toEqual([
      ["2024-25", "2025-04-01"],
    ]);
  });

  it("reports a History edited by hand on Results and draws no Progress from it", () => {
    const once = snapshotted().bytes;
    const edited = edit(once, (pkg) => {
      const grid = cells(pkg, SHEET_MARKERS.history);
      const row = grid.findIndex((r) => r[6] === "A1");
      type(pkg, SHEET_MARKERS.history, [[row, 9, "Innovator"]]);
    });
    const again = scoreAssessmentFile(edited);
    expect(again.progress).toBeUndefined();
    // Progress is not left as drawn before: it says why nothing is compared, and has no chart.
    const progress = cells(XlsxPackage.open(again.bytes), SHEET_MARKERS.progress).flat();
    expect(progress).toContain(
      "No snapshot in the SVMI History sheet can be compared with this assessment yet."
    );
    expect(chartXmls(again.bytes).some((xml) => xml.includes("<c:lineChart>"))).toBe(false);
    const results = cells(XlsxPackage.open(again.bytes), SHEET_MARKERS.results).flat();
    expect(
      results.some((c) => /snapshot '2024-25' was changed after it was taken/.test(String(c)))
    ).toBe(true);
  });
});

describe("other programs keep a snapshot intact", () => {
  const work = mkdtempSync(join(tmpdir(), "svmi-history-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("LibreOffice and Gnumeric re-saves still read the History snapshot as taken", () => {
    const input = join(work, "snapshotted.xlsx");
    writeFileSync(input, snapshotted().bytes);
    const [lo] = convertWithLibreOffice([input], join(work, "lo"));
    const gnumeric = join(work, "gnumeric.xlsx");
    convertWithGnumeric(input, gnumeric);
    for (const path of [lo.output!, gnumeric]) {
      const again = scoreAssessmentFile(new Uint8Array(readFileSync(path)));
      const labels = again.progress?.snapshots.map((s) => s.label);
      expect({ path, labels }).toEqual({ path, labels: ["2024-25"] });
      expect(again.progress?.comparison.changes).toEqual([]);
    }
  });

  it("finds the History table by its name", () => {
    const pkg = XlsxPackage.open(snapshotted().bytes);
    const tables = pkg.paths().filter((p) => p.startsWith("xl/tables/"));
    expect(tables.some((p) => pkg.text(p)!.includes(`name="${HISTORY_TABLE}"`))).toBe(true);
  });
});
