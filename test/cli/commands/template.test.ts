import { memoryIo } from "../../helpers/memoryIo";
import { template, writeTemplate } from "../../../src/cli/commands/template";
import { UsageError } from "../../../src/cli/usageError";
import { getFramework } from "../../../src/core/framework/registry";
import { emptyWorkbook } from "../../../src/xlsx/parts/workbookEdits";
import { scoreAssessmentFile } from "../../../src/xlsx/workbookFile";

/** svmi template: a blank assessment workbook, written new or added into a workbook the user has. */

const memory = memoryIo;
const detailsOf = (bytes: Uint8Array | undefined) => scoreAssessmentFile(bytes!).details;

describe("svmi template", () => {
  it("writes a new workbook with the framework and details given", async () => {
    const { io, store, out } = memory();
    const args = ["--framework", "business", "--out", "new.xlsx", "--organisation", "Acme"];
    expect(await template.run([...args, "--date", "2026-03-04"], io)).toBe(0);
    expect(out).toEqual(["Written: new.xlsx"]);
    expect(detailsOf(store.get("new.xlsx"))).toEqual({
      frameworkId: "business",
      organisation: "Acme",
      date: "2026-03-04",
    });
  });

  it("adds to the --into workbook, public by default, beside it as NAME-svmi.xlsx", async () => {
    const { io, store, out } = memory({ "books/Budget.XLSX": emptyWorkbook().toBytes() });
    expect(await template.run(["--into", "books/Budget.XLSX"], io)).toBe(0);
    expect(out).toEqual(["Written: books/Budget-svmi.xlsx"]);
    expect(detailsOf(store.get("books/Budget-svmi.xlsx")).frameworkId).toBe("public");
  });

  it("says on stderr why the --into workbook cannot take an assessment, and exits 1", async () => {
    const { io, out, err } = memory();
    expect(await template.run(["--into", "gone.xlsx"], io)).toBe(1);
    expect([out, err]).toEqual([[], ["svmi: gone.xlsx does not exist"]]);
  });

  it.each([
    [["--framework", "public", "--out", "new.xls"], "--out must name an .xlsx file"],
    [["--into", "a.xlsx", "--out", "b.xlsx", "--in-place"], "use --out or --in-place, not both"],
    [["--out", "new.xlsx"], "--framework must be one of: public, business"],
    [["--framework", "public", "new.xlsx"], "new.xlsx"],
  ])("refuses %j", async (args, message) => {
    const { io, store } = memory();
    await expect(template.run(args, io)).rejects.toThrow(UsageError);
    await expect(template.run(args, io)).rejects.toThrow(message);
    expect(store.size).toBe(0);
  });

  it("describes its options, the --into default among the frameworks", () => {
    expect(template.help()).toMatch(
      /^Usage: svmi template --framework public\|business\|svm-adoption --out/
    );
    expect(template.help()).toMatch(/public \([^)]*10 themes; the default with --into\)/);
  });
});

describe("writeTemplate", () => {
  const framework = getFramework("public");

  it("lets a blank template leave the organisation out, and dates it today", async () => {
    jest.useFakeTimers({ now: new Date("2026-11-22T12:00:00Z") });
    const { io, store } = memory();
    await writeTemplate(framework, {}, "blank.xlsx", false, io);
    jest.useRealTimers();
    expect(detailsOf(store.get("blank.xlsx"))).toEqual({
      frameworkId: "public",
      organisation: "",
      date: "2026-11-22",
    });
  });

  it("keeps an existing file unless forced; in place it writes over the --into workbook", async () => {
    const old = new Uint8Array([1]);
    const { io, store } = memory({ "a.xlsx": old, "b.xlsx": emptyWorkbook().toBytes() });
    await expect(writeTemplate(framework, {}, "a.xlsx", false, io)).rejects.toThrow(
      "a.xlsx already exists; choose another --out or add --force"
    );
    expect(store.get("a.xlsx")).toBe(old);
    await writeTemplate(framework, {}, "a.xlsx", true, io);
    expect(detailsOf(store.get("a.xlsx")).frameworkId).toBe("public");
    await writeTemplate(framework, {}, "b.xlsx", false, io, "b.xlsx");
    expect(detailsOf(store.get("b.xlsx")).frameworkId).toBe("public");
  });

  it.each([
    [
      "a date that is not one",
      { organisation: "Acme", date: "2026-13-45" },
      "Enter the assessment date as yyyy-mm-dd.",
    ],
    [
      "an organisation name too long",
      { organisation: "x".repeat(201) },
      "Keep the name under 200 characters.",
    ],
  ])("refuses %s", async (_, input, message) => {
    const { io, store } = memory();
    await expect(writeTemplate(framework, input, "x.xlsx", false, io)).rejects.toThrow(
      new UsageError(message)
    );
    expect(store.size).toBe(0);
  });
});

describe("writeTemplate's details (found in review)", () => {
  const framework = () => getFramework("public");
  it("keeps the facilitator when no organisation is given", async () => {
    const { io, store } = memory();
    await writeTemplate(framework(), { facilitator: "Sam" }, "a.xlsx", false, io);
    expect(detailsOf(store.get("a.xlsx")).facilitator).toBe("Sam");
  });
  it("says only what is wrong with a bad date when no organisation is given", async () => {
    const { io } = memory();
    await expect(
      writeTemplate(framework(), { date: "22/11/2026" }, "a.xlsx", false, io)
    ).rejects.toThrow(/^Enter the assessment date as yyyy-mm-dd\.$/);
  });
});
