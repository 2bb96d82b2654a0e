import { runCli } from "../../../src/cli/commands";
import { crosswalk } from "../../../src/cli/commands/crosswalk";
import { ESTIMATED } from "../../../src/core/crosswalk/estimateAdoption";
import { getFramework } from "../../../src/core/framework/registry";
import { newAssessmentWorkbook } from "../../../src/xlsx/workbookFile";
import { memoryIo } from "../../helpers/memoryIo";
import { DETAILS, filledSurrey, PUBLIC } from "../../helpers/workbooks";

/** svmi crosswalk FILE.xlsx: an estimated adoption profile from a public SVMI workbook. */

async function svmi(files: Record<string, Uint8Array>, ...argv: string[]) {
  const memory = memoryIo(files);
  const code = await runCli(["crosswalk", ...argv], memory.io);
  return { code, ...memory };
}

describe("svmi crosswalk", () => {
  it("prints one line per characteristic, each saying it is an estimate, and writes nothing", async () => {
    const { code, out, err, store } = await svmi({ "surrey.xlsx": filledSurrey() }, "surrey.xlsx");
    expect([code, err]).toEqual([0, []]);
    expect([...store.keys()]).toEqual(["surrey.xlsx"]);
    const lines = out[0].split("\n");
    expect(lines.slice(0, 2).join(" ")).toBe(
      `Social Value Model adoption of Surrey County Council, from the Present levels of its SVMI for the public sector assessment (${ESTIMATED}).`
    );
    const rows = lines.filter((l) => /^[A-Z]{2} {2}/.test(l));
    expect(rows).toHaveLength(8);
    for (const row of rows) expect(row.endsWith(ESTIMATED)).toBe(true);
    expect(rows[0]).toMatch(
      /^PC {2}Policy and culture +Setting strategy +Delivery +from SVMI A, J +/
    );
    expect(rows[2]).toMatch(/^WL .* Implementation +Strategic +from SVMI D, E, G +/);
  });

  it("prints the profile as JSON with --json, every characteristic labelled an estimate", async () => {
    const { code, out } = await svmi({ "s.xlsx": filledSurrey() }, "s.xlsx", "--json");
    expect(code).toBe(0);
    const json = JSON.parse(out[0]);
    expect(json).toMatchObject({
      file: "s.xlsx",
      framework: { id: "svm-adoption", version: "0.1" },
      source: { framework: { id: "public" }, organisation: "Surrey County Council" },
      label: ESTIMATED,
    });
    expect(json.characteristics).toHaveLength(8);
    expect(json.characteristics[3]).toEqual({
      id: "SC",
      name: "Supply chain engagement",
      group: "Implementation",
      level: 3,
      levelLabel: "Delivery",
      from: ["F"],
      label: ESTIMATED,
    });
  });

  it("leaves a characteristic without an estimate while a theme it comes from is unanswered", async () => {
    const blank = newAssessmentWorkbook(PUBLIC, DETAILS);
    const { code, out, err } = await svmi({ "b.xlsx": blank }, "b.xlsx", "--json");
    expect(code).toBe(0);
    expect(err).toEqual([]); // blank answers are not problems
    const levels = JSON.parse(out[0]).characteristics.map((c: { level: number | null }) => c.level);
    expect(levels).toEqual(Array(8).fill(null));
    const text = await svmi({ "b.xlsx": blank }, "b.xlsx");
    expect(text.out[0]).toContain("(none yet)");
  });

  it("refuses a workbook of another framework with one line naming the file", async () => {
    const business = newAssessmentWorkbook(getFramework("business"), {
      ...DETAILS,
      frameworkId: "business",
    });
    const { code, out, err } = await svmi({ "biz.xlsx": business }, "biz.xlsx");
    expect([code, out]).toEqual([1, []]);
    expect(err).toEqual([
      `svmi: biz.xlsx: the crosswalk reads a public-sector SVMI assessment; this one is of ${getFramework("business").name} (business)`,
    ]);
  });

  it("says why a file cannot be read", async () => {
    const { code, err } = await svmi({}, "missing.xlsx");
    expect([code, err]).toEqual([1, ["svmi: missing.xlsx does not exist"]]);
  });

  it.each([[[]], [["a.xlsx", "b.xlsx"]], [["a.xlsx", "--out", "x"]]])(
    "refuses %j as bad usage",
    async (argv) => {
      const { code, err } = await svmi({}, ...argv);
      expect(code).toBe(2);
      expect(err).toHaveLength(1);
    }
  );

  it("is listed in svmi --help and explains the rule in its own help", async () => {
    const memory = memoryIo();
    await runCli(["--help"], memory.io);
    expect(memory.out[0]).toContain("svmi crosswalk FILE.xlsx [--json]");
    expect(crosswalk.help()).toContain("the lowest level among the SVMI themes that cover it");
    expect(crosswalk.help()).toContain(ESTIMATED);
  });
});
