import { options, optionsAndFiles } from "../../../src/cli/commands/options";
import { UsageError } from "../../../src/cli/usageError";

/** Strict parsing of a command's arguments: any mistake in them is a UsageError. */

const spec = { framework: { type: "string" }, json: { type: "boolean" } } as const;

describe("options", () => {
  it("gives the values of the options given, and nothing for those not given", () => {
    expect(options(["--framework", "public", "--json"], spec)).toEqual({
      framework: "public",
      json: true,
    });
    expect(options(["--framework=business"], spec)).toEqual({ framework: "business" });
    expect(options([], spec)).toEqual({});
  });

  it.each([
    [["--frame", "public"], "Unknown option '--frame'"],
    [["--framework"], "--framework"],
    [["extra.xlsx"], "extra.xlsx"],
    [["--json=yes"], "--json"],
  ])("turns the mistake in %j into a UsageError", (args, message) => {
    expect(() => options(args, spec)).toThrow(UsageError);
    expect(() => options(args, spec)).toThrow(message);
  });
});

describe("optionsAndFiles", () => {
  it("gives the positional arguments as well, wherever they are", () => {
    const { values, positionals } = optionsAndFiles(["a.xlsx", "--json", "b.xlsx"], spec);
    expect(values).toEqual({ json: true });
    expect(positionals).toEqual(["a.xlsx", "b.xlsx"]);
  });

  it("still refuses an unknown option", () => {
    expect(() => optionsAndFiles(["a.xlsx", "--jsn"], spec)).toThrow(UsageError);
  });
});
