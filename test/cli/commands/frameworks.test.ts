import {
  describeFrameworks,
  FRAMEWORK_CHOICES,
  frameworkOption,
} from "../../../src/cli/commands/frameworks";
import { UsageError } from "../../../src/cli/usageError";
import { getFramework } from "../../../src/core/framework/registry";

/** The built-in frameworks as the commands name them: usage lines, --framework, help text. */

describe("FRAMEWORK_CHOICES", () => {
  it("lists the built-in ids for usage lines", () => {
    expect(FRAMEWORK_CHOICES).toBe("public|business");
  });
});

describe("frameworkOption", () => {
  it.each(["public", "business"])("accepts %s", (id) => {
    expect(frameworkOption(id)).toBe(id);
  });

  it.each([[undefined], ["Public"], ["charity"], [""]])("refuses %p with the choices", (value) => {
    expect(() => frameworkOption(value)).toThrow(UsageError);
    expect(() => frameworkOption(value)).toThrow("--framework must be one of: public, business");
  });
});

describe("describeFrameworks", () => {
  const publicName = getFramework("public").name;
  const businessName = getFramework("business").name;

  it("describes one framework a line, the last after 'or', later lines indented", () => {
    expect(describeFrameworks("    ")).toBe(
      `public (${publicName}, 10 themes)\n    or business (${businessName}, 9 themes)`
    );
  });

  it("adds a note to the framework it is for", () => {
    expect(describeFrameworks("", { business: "the default" }).split("\n")).toEqual([
      `public (${publicName}, 10 themes)`,
      `or business (${businessName}, 9 themes; the default)`,
    ]);
  });
});
