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
    expect(FRAMEWORK_CHOICES).toBe("public|business|svm-adoption");
  });
});

describe("frameworkOption", () => {
  it.each(["public", "business", "svm-adoption"])("accepts %s", (id) => {
    expect(frameworkOption(id)).toBe(id);
  });

  it.each([[undefined], ["Public"], ["charity"], [""]])("refuses %p with the choices", (value) => {
    expect(() => frameworkOption(value)).toThrow(UsageError);
    expect(() => frameworkOption(value)).toThrow(
      "--framework must be one of: public, business, svm-adoption"
    );
  });
});

describe("describeFrameworks", () => {
  const publicName = getFramework("public").name;
  const businessName = getFramework("business").name;
  const adoptionName = getFramework("svm-adoption").name;

  it("describes one framework a line, commas between, the last after 'or', later lines indented", () => {
    expect(describeFrameworks("    ")).toBe(
      `public (${publicName}, 10 themes),\n    business (${businessName}, 9 themes)\n    or svm-adoption (${adoptionName}, 8 themes)`
    );
  });

  it("adds a note to the framework it is for", () => {
    expect(describeFrameworks("", { business: "the default" }).split("\n")).toEqual([
      `public (${publicName}, 10 themes),`,
      `business (${businessName}, 9 themes; the default)`,
      `or svm-adoption (${adoptionName}, 8 themes)`,
    ]);
  });
});
