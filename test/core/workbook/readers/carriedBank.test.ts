import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bankText, readBank } from "../../../../src/core/framework/bank";
import { loadFramework } from "../../../../src/core/framework/loadFramework";
import { getFramework, isFrameworkId } from "../../../../src/core/framework/registry";
import type { FrameworkSpec } from "../../../../src/core/framework/spec";
import { useBank } from "../../../../src/core/framework/useBank";
import { listsSheet } from "../../../../src/core/workbook/layouts/lists";
import { WorkbookError } from "../../../../src/core/workbook/errors";
import {
  frameworkOf,
  recordFromListsSheet,
} from "../../../../src/core/workbook/readers/workbookRecord";

/*
 * A workbook made with a question bank carries it on its lists sheet, so it scores where the bank
 * file is not: the carried bank is put to use when its id is new, is the known framework when it
 * is the same, and is refused when a different framework has its id. The registry is global
 * state: every id here is this file's own.
 */

const EXAMPLE = readFileSync(
  join(__dirname, "../../../../docs/examples/bank-three-levels.json"),
  "utf8"
);

/** The example bank under another id (and, with `name`, changed). */
function exampleSpec(id: string, name?: string): FrameworkSpec {
  const read = readBank(EXAMPLE);
  if (!("spec" in read)) throw new Error(read.problems.join("\n"));
  return { ...read.spec, id, ...(name ? { name } : {}) };
}

/** The lists sheet's values for a framework that has not been registered. */
const listsOf = (spec: FrameworkSpec) => listsSheet(loadFramework(spec)).values;

describe("a workbook's carried bank", () => {
  it("is written on the lists sheet for a bank, and not for a built-in framework", () => {
    const values = listsOf(exampleSpec("carried-written"));
    expect(recordFromListsSheet(values)).toEqual({
      frameworkId: "carried-written",
      version: "1",
      bank: bankText(loadFramework(exampleSpec("carried-written"))),
    });
    expect(recordFromListsSheet(listsSheet(getFramework("public")).values)).not.toHaveProperty(
      "bank"
    );
  });

  it("is put to use when its id is not known yet: the workbook scores with its own levels", () => {
    expect(isFrameworkId("carried-new")).toBe(false);
    const framework = frameworkOf(recordFromListsSheet(listsOf(exampleSpec("carried-new"))));
    expect(framework.levels.map((l) => l.label)).toEqual(["Starting", "Growing", "Embedded"]);
    expect(getFramework("carried-new")).toBe(framework);
  });

  it("is the known framework when it is the same in every field", () => {
    const { framework } = useBank(exampleSpec("carried-same")) as { framework: unknown };
    expect(frameworkOf(recordFromListsSheet(listsOf(exampleSpec("carried-same"))))).toBe(framework);
  });

  it("is refused when a different framework already has its id", () => {
    useBank(exampleSpec("carried-clash"));
    const record = recordFromListsSheet(listsOf(exampleSpec("carried-clash", "Someone else's")));
    expect(() => frameworkOf(record)).toThrow(WorkbookError);
    expect(() => frameworkOf(record)).toThrow(
      "This workbook carries its own question bank 'carried-clash', but a different framework with the id 'carried-clash' (Community benefit starter check, version 1) is already in use"
    );
    expect(getFramework("carried-clash").name).toBe("Community benefit starter check");
  });

  it("is refused when it is damaged, or is not the framework the workbook records", () => {
    const values = listsOf(exampleSpec("carried-damaged"));
    const record = recordFromListsSheet(values);
    expect(() => frameworkOf({ ...record, bank: record.bank!.slice(0, -1) })).toThrow(
      /^The question bank this workbook carries \(on its lists sheet\) is damaged: the bank is not valid JSON/
    );
    expect(() => frameworkOf({ ...record, frameworkId: "carried-other" })).toThrow(
      "This workbook records the framework 'carried-other' but carries the question bank 'carried-damaged'."
    );
    expect(isFrameworkId("carried-damaged")).toBe(false);
  });

  it("scores with fewer than three themes, as a workbook made before banks needed three does", () => {
    // A bank file with two themes is refused (the radar would be a line); a workbook that already
    // carries one, such as one made from svmi's earlier two-theme example, is not stranded.
    const spec = exampleSpec("carried-two-themes");
    const twoThemes = { ...spec, themes: spec.themes.slice(0, 2) };
    const record = recordFromListsSheet(listsOf(twoThemes));
    expect(readBank(record.bank!)).toEqual({
      problems: ["a bank needs at least 3 themes, for the radar chart; this one has 2"],
    });
    expect(frameworkOf(record).themes.map((t) => t.id)).toEqual(["PL", "RC"]);
  });

  it("still has its version checked like any framework's", () => {
    const record = recordFromListsSheet(listsOf(exampleSpec("carried-version")));
    expect(() => frameworkOf({ ...record, version: "2" })).toThrow(
      "This assessment was made with Community benefit starter check version 2; this tool knows version 1."
    );
  });
});

describe("useBank", () => {
  it("registers a new bank, gives back the same framework for an identical one, refuses a different one", () => {
    const first = useBank(exampleSpec("use-bank"));
    expect(first).toEqual({ framework: getFramework("use-bank") });
    expect(useBank(exampleSpec("use-bank"))).toEqual(first);
    expect(useBank(exampleSpec("use-bank", "Changed"))).toEqual({
      problem:
        "a different framework with the id 'use-bank' (Community benefit starter check, version 1) is already in use; give one of them an id of its own",
    });
  });
});
