import { FrameworkError } from "../../../src/core/framework/loadFramework";
import {
  FRAMEWORK_IDS,
  frameworkChoices,
  getFramework,
  isFrameworkId,
  knownFrameworkIds,
  registerFramework,
} from "../../../src/core/framework/registry";
import { ladder, tinySpec } from "../../helpers/tinyFramework";

/**
 * The registry: the frameworks svmi knows by id (the three built-in ones first, then any registered
 * while it runs), loaded once, listed for choosers. It is global state: the ids here are this file's.
 */

const spec = (id: string) => ({
  ...tinySpec({ T: [ladder("Q1", 0, 4)], U: [ladder("Q2", 1, 3)] }),
  id,
});

describe("registerFramework", () => {
  it("loads the spec, and from then on the id is known and gives the same framework", () => {
    expect(isFrameworkId("registry-a")).toBe(false);
    const framework = registerFramework(spec("registry-a"), "Testers");
    expect(framework).toMatchObject({ id: "registry-a", questionCount: 2 });
    expect(isFrameworkId("registry-a")).toBe(true);
    expect(getFramework("registry-a")).toBe(framework);
  });

  it("refuses an id already known, built-in or registered, and keeps the first", () => {
    expect(() => registerFramework(spec("public"))).toThrow(
      "A framework with id 'public' is already known."
    );
    const first = registerFramework(spec("registry-b"));
    expect(() => registerFramework({ ...spec("registry-b"), name: "Another" })).toThrow(
      "A framework with id 'registry-b' is already known."
    );
    expect(getFramework("registry-b")).toBe(first);
    expect(getFramework("public").themes).toHaveLength(10);
  });

  it("refuses an invalid spec with a FrameworkError listing its problems, and does not keep it", () => {
    const invalid = { ...spec("registry-c"), version: "", themes: [] };
    expect(() => registerFramework(invalid)).toThrow(FrameworkError);
    expect(() => registerFramework(invalid)).toThrow(
      "Framework 'registry-c' is invalid:\n- the framework has no version\n- the framework has no themes"
    );
    expect(isFrameworkId("registry-c")).toBe(false);
  });
});

describe("frameworkChoices", () => {
  it("lists the built-in frameworks first, with their audience and theme count", () => {
    const [publicChoice, businessChoice, adoptionChoice] = frameworkChoices();
    expect(publicChoice).toEqual({
      id: "public",
      audience: "Public sector",
      name: getFramework("public").name,
      themeCount: 10,
    });
    expect(businessChoice).toMatchObject({ id: "business", audience: "Business", themeCount: 9 });
    expect(adoptionChoice).toEqual({
      id: "svm-adoption",
      audience: "Social Value Model adoption: central government and councils",
      name: "Social Value Model adoption",
      themeCount: 8,
      provenance: getFramework("svm-adoption").provenance,
    });
  });

  it("lists registered frameworks after them, in the order they came; the audience defaults to the name", () => {
    registerFramework(spec("registry-d"), "Auditors");
    registerFramework({ ...spec("registry-e"), name: "Named only" });
    const choices = frameworkChoices();
    expect(choices.map((c) => c.id)).toEqual(knownFrameworkIds());
    expect(choices.slice(0, 3).map((c) => c.id)).toEqual(FRAMEWORK_IDS);
    const ids = choices.map((c) => c.id);
    expect(ids.indexOf("registry-d")).toBeLessThan(ids.indexOf("registry-e"));
    expect(choices.find((c) => c.id === "registry-d")).toMatchObject({
      audience: "Auditors",
      themeCount: 2,
    });
    expect(choices.find((c) => c.id === "registry-e")?.audience).toBe("Named only");
  });
});

describe("getFramework", () => {
  it("loads a built-in framework once", () => {
    expect(getFramework("business")).toBe(getFramework("business"));
    expect(getFramework("business").id).toBe("business");
  });

  it("names every known framework when the id is unknown", () => {
    expect(() => getFramework("charity")).toThrow(
      `Unknown framework 'charity' (known: ${knownFrameworkIds().join(", ")}).`
    );
    expect(() => getFramework("charity")).toThrow(/\(known: public, business, svm-adoption/);
  });
});

describe("isFrameworkId", () => {
  it.each([["public"], ["business"], ["svm-adoption"]])("knows %s", (id) =>
    expect(isFrameworkId(id)).toBe(true)
  );

  it.each([["Public"], [" public"], [""], [undefined], [null], [1], [{ id: "public" }]])(
    "does not know %p",
    (value) => expect(isFrameworkId(value)).toBe(false)
  );
});
