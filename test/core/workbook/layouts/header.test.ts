import { exampleAssessment, SURREY } from "../../../../src/core/examples/workedExamples";
import { getFramework } from "../../../../src/core/framework/registry";
import { scoreAssessment } from "../../../../src/core/scoring/scoreAssessment";
import type { AssessmentDetails } from "../../../../src/core/workbook/details";
import {
  HEADER_STYLES,
  headerRows,
  OVERALL_LEVEL_CELLS,
  PROVENANCE_ROW,
  provenanceRow,
  provenanceStyles,
} from "../../../../src/core/workbook/layouts/header";
import { medalFramework } from "../../../helpers/medalFramework";

/*
 * The five header rows the Results and Action Plan sheets share: the title, the organisation,
 * the overall Present and Future levels with their means, and the framework and assessment date.
 */

const framework = getFramework("public");
const surrey = scoreAssessment(framework, exampleAssessment(framework, SURREY));
const details: AssessmentDetails = {
  frameworkId: "public",
  organisation: "Surrey CC (workshop)",
  date: "2025-03-31",
};

describe("headerRows", () => {
  it("writes the title, the organisation, both overall levels and the framework", () => {
    expect(headerRows("SVMI results", details, surrey)).toEqual([
      ["SVMI results"],
      ["Organisation", "Surrey CC (workshop)"],
      // Surrey's published result: present mean 2.4 (Mature), future 3.2 (Leader).
      ["Present Performance", "Mature", "mean 2.4"],
      ["Future Target", "Leader", "mean 3.2"],
      ["Framework", `${framework.name}, version ${framework.version}`, "assessed 2025-03-31"],
    ]);
  });

  it("falls back to the scored organisation when the details have none", () => {
    const rows = headerRows("T", { ...details, organisation: "" }, surrey);
    expect(rows[1]).toEqual(["Organisation", "Surrey County Council"]);
  });

  it("says 'Provisional' while a theme is unanswered, with the mean of the themes scored so far", () => {
    const medal = medalFramework();
    // People fully answered (present Silver), Planning not answered at all.
    const result = scoreAssessment(medal, {
      answers: [
        { question: "Pe-1", present: "Done in some teams", future: "Done everywhere" },
        { question: "Pe-2", present: "Done everywhere", future: "Done everywhere" },
      ],
    });
    const rows = headerRows("T", details, result);
    expect(rows[2]).toEqual([
      "Present Performance",
      "Provisional",
      "mean 1.0 of the 1 theme scored so far; final once both are",
    ]);
    expect(rows[3]).toEqual([
      "Future Target",
      "Provisional",
      "mean 2.0 of the 1 theme scored so far; final once both are",
    ]);

    const blank = scoreAssessment(medal, { answers: [] });
    expect(headerRows("T", details, blank)[2]).toEqual([
      "Present Performance",
      "Provisional",
      "no theme scored yet",
    ]);
  });

  it("says how many of the public framework's ten themes are scored so far", () => {
    // Surrey with theme J's answers left out: nine themes scored.
    const example = exampleAssessment(framework, SURREY);
    const partial = scoreAssessment(framework, {
      ...example,
      answers: example.answers.filter((a) => !a.question.startsWith("J")),
    });
    const [, label, detail] = headerRows("T", details, partial)[2];
    expect(label).toBe("Provisional");
    expect(detail).toMatch(/^mean \d\.\d of the 9 themes scored so far; final once all 10 are$/);
  });
});

describe("OVERALL_LEVEL_CELLS and HEADER_STYLES", () => {
  it("point at the two overall level cells, which are styled", () => {
    const rows = headerRows("T", details, surrey);
    const { row, column, rows: count } = OVERALL_LEVEL_CELLS;
    const levels = rows.slice(row, row + count).map((r) => r[column]);
    expect(levels).toEqual([surrey.overall.present.label, surrey.overall.future.label]);
    expect(HEADER_STYLES.some((s) => s.row === row && s.column === column && s.style.bold)).toBe(
      true
    );
  });
});

describe("provenanceRow and provenanceStyles", () => {
  it("say where a framework that is not official comes from, in the row under the header", () => {
    const adoption = getFramework("svm-adoption");
    expect(provenanceRow(adoption)).toEqual(["Source", adoption.provenance]);
    expect(PROVENANCE_ROW).toBe(headerRows("T", details, surrey).length);
    // Wrapped in one cell, not merged, so Excel grows the row to show all of it.
    expect(provenanceStyles(adoption)).toContainEqual(
      expect.objectContaining({
        row: PROVENANCE_ROW,
        column: 1,
        rows: 1,
        columns: 1,
        style: expect.objectContaining({ wrap: true }),
      })
    );
  });

  it("leave the row blank and unstyled for the SVMI, which has no provenance", () => {
    expect(framework.provenance).toBeUndefined();
    expect(provenanceRow(framework)).toEqual([]);
    expect(provenanceStyles(framework)).toEqual([]);
  });
});
